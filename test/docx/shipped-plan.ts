import path from "node:path";
import { loadPlanSources } from "../../src/io/load-plan.js";
import { loadBuiltInReference } from "../../src/io/reference.js";
import { mergePlan } from "../../src/merge/merge-plan.js";
import type { PlanModel } from "../../src/model/plan-model.js";
import { REPO } from "../helpers/run.js";

export const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

/** The merged model of the shipped plan, as `plan build` makes it. */
export async function shippedModel(): Promise<PlanModel> {
  return planModel(SHIPPED);
}

/** The merged model of the plan in `dir`, as `plan build` makes it. */
export async function planModel(dir: string): Promise<PlanModel> {
  const { validatePlan } = await import("../../src/validate/validate-plan.js");
  const sources = await loadPlanSources(dir, REPO);
  const { workspace } = await validatePlan(sources, loadBuiltInReference());
  const model = mergePlan(workspace, sources, REPO).value;
  if (!model) throw new Error(`the plan in ${dir} did not merge`);
  return model;
}
