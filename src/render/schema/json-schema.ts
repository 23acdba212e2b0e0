/**
 * JSON Schemas (draft 2020-12) of the plan's files, generated from the same zod schemas that
 * `plan validate` checks with, so that an editor with YAML support completes and checks a file as
 * it is typed and agrees with the command.
 */
import { z } from "zod";
import { GroupSchema, PlanManifestSchema, TextSchema } from "../../model/schema.js";
import { forEditors, type EditorData } from "./editors.js";

export type { EditorData } from "./editors.js";

export const SCHEMA_KINDS = ["plan", "group"] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const ABOUT: Record<SchemaKind, { schema: z.ZodType; title: string; description: string }> = {
  plan: {
    schema: PlanManifestSchema,
    title: "rcm-plan plan.yaml",
    description: "The manifest of a regional work plan: its identity, period, languages, themes and files.",
  },
  group: {
    schema: GroupSchema,
    title: "rcm-plan working-group matrix",
    description: "One working group's matrix: its theme, people, objectives and actions.",
  },
};

/** The text map's "at least one language" is a zod refinement, which JSON Schema cannot take over as such. */
const TEXT_MAP = (TextSchema as unknown as { _zod: { def: { options: z.ZodType[] } } })._zod.def.options[1];

/**
 * The JSON Schema of one kind of file, describing what a person may write (the schemas' input
 * side), with what an editor shows and completes (forEditors) from the built-in `data`.
 */
export function jsonSchemaOf(kind: SchemaKind, data: EditorData): Record<string, unknown> {
  const { schema, title, description } = ABOUT[kind];
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", override: keepChecks }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return forEditors({ $schema, $id: `urn:rcm-plan:schema:${kind}`, title, description, ...rest }, kind, data);
}

/** 2-space JSON with a final newline; key order is the schemas' own, so the bytes are stable. */
export function formatJsonSchema(schema: Record<string, unknown>): string {
  return JSON.stringify(schema, null, 2) + "\n";
}

/**
 * Carries over the checks zod does in code: a trimmed non-empty string must hold a non-space
 * character, and a text map needs at least one language.
 */
function keepChecks(context: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (context.zodSchema as { _zod: { def: { type: string; checks?: { _zod: { def: { check: string } } }[] } } })._zod.def;
  const checks = (def.checks ?? []).map((check) => check._zod.def.check);
  if (def.type === "string" && checks.includes("overwrite") && checks.includes("min_length") && context.jsonSchema.pattern === undefined) {
    context.jsonSchema.pattern = "\\S";
  }
  if (context.zodSchema === TEXT_MAP) context.jsonSchema.minProperties = 1;
}
