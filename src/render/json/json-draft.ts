import type { PlanModel } from "../../model/plan-model.js";

/**
 * The JSON draft: the merged model, 2-space indent, trailing newline. Keys follow the model's
 * declaration order, which the merge always builds the same way.
 */
export function renderJsonDraft(model: PlanModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
