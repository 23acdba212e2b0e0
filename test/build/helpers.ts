import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadPlanSources } from "../../src/io/load-plan.js";
import { loadBuiltInReference } from "../../src/io/reference.js";
import { mergePlan } from "../../src/merge/merge-plan.js";
import { validatePlan } from "../../src/validate/validate-plan.js";
import { copyToTemp, REPO } from "../helpers/run.js";

export const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

/** A temporary copy of the shipped plan; `edit` may change its files first. */
export function shippedCopy(edit: Record<string, (text: string) => string> = {}): string {
  const dir = copyToTemp(SHIPPED);
  for (const [file, change] of Object.entries(edit)) {
    const target = path.join(dir, file);
    writeFileSync(target, change(readFileSync(target, "utf8")));
  }
  return dir;
}

/** Validates and merges a plan directory, as `plan build` does before rendering. */
export async function mergeDir(dir: string) {
  const sources = await loadPlanSources(dir, dir);
  const validation = await validatePlan(sources, loadBuiltInReference());
  return { validation, merge: mergePlan(validation.workspace, sources, dir) };
}

/** Every action id written in the group files (YAML and Markdown), read by the parsers alone. */
export async function actionIdsIn(dir: string): Promise<string[]> {
  const sources = await loadPlanSources(dir, dir);
  type Raw = { objectives?: { actions?: { id?: string }[] }[] };
  return sources.groups.flatMap((doc) => ((doc.value as Raw).objectives ?? []).flatMap((o) => (o.actions ?? []).map((a) => a.id!)));
}
