import { z } from "zod";
import { PlanModelSchema } from "./model-zod.js";

/** The JSON Schema (2020-12) of the JSON draft, `<plan id>.json`, for tools that read it. */
export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanModelSchema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: "rcm-plan merged plan",
    description: "The JSON draft `plan build` writes as <plan id>.json: the groups merged into one plan, with its annexes.",
    ...schema,
  };
}
