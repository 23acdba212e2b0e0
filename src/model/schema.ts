/**
 * The plan format as zod schemas: the one definition that validation, the JSON Schemas
 * (`plan schema`) and the TypeScript types all come from.
 */
import { z } from "zod";
import { LANGUAGES } from "./text.js";

const nonEmpty = z.string().trim().min(1);

/** A text: a string, or a map by language with at least one entry. */
export const TextSchema = z.union([
  nonEmpty,
  z.strictObject({ en: nonEmpty.optional(), es: nonEmpty.optional() }).refine(
    (text) => text.en !== undefined || text.es !== undefined,
    { message: "a text needs at least one language (en or es)" },
  ),
]).meta({ description: "A plain string, or a map by language: {en: ..., es: ...}" });

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "a country is an ISO 3166-1 alpha-2 code such as MX");
/** A year (2019) or a quarter (2019-Q3); YAML reads a bare year as a number. */
export const TimepointSchema = z
  .union([z.number().int().min(1900).max(2200), z.string().regex(/^\d{4}(-Q[1-4])?$/, "a year such as 2019 or a quarter such as 2019-Q3")])
  .transform((value) => String(value));
/** One id or a list of ids; a facilitator writing `lead: MX` means `[MX]`. */
const idList = z.union([id, z.array(id)]).transform((value) => (Array.isArray(value) ? value : [value]));

export const PRIORITIES = ["high", "medium", "low"] as const;
export const ROLES = [
  "prosecutor", "immigration-director", "immigration-police", "investigator",
  "coalition-liaison", "observer", "civil-society", "other",
] as const;
export const SEVERITY_SETTINGS = ["off", "info", "warning", "error"] as const;

export const MeasureSchema = z.strictObject({
  text: TextSchema,
  baseline: TextSchema.optional(),
  target: TextSchema.optional(),
  verification: TextSchema.optional(),
});

export const ActionSchema = z.strictObject({
  id,
  title: TextSchema,
  description: TextSchema.optional(),
  lead: idList.optional(),
  partners: idList.default([]),
  timeframe: z.strictObject({ start: TimepointSchema, end: TimepointSchema }),
  priority: z.enum(PRIORITIES).default("medium"),
  protocol: idList.default([]),
  indicators: z.array(MeasureSchema).default([]),
  outputs: z.array(TextSchema).optional(),
  related: idList.optional(),
  notes: TextSchema.optional(),
});

export const ObjectiveSchema = z.strictObject({
  id,
  title: TextSchema,
  description: TextSchema.optional(),
  actions: z.array(ActionSchema).default([]),
});

export const GroupSchema = z.strictObject({
  group: id,
  theme: id,
  facilitator: z.strictObject({ name: nonEmpty, organization: id.optional() }).optional(),
  rapporteur: z.strictObject({ name: nonEmpty, country: countryCode.optional() }).optional(),
  participants: z.array(z.strictObject({ country: countryCode, role: z.enum(ROLES), name: nonEmpty.optional() })).default([]),
  objectives: z.array(ObjectiveSchema).default([]),
});

export const ThemeSchema = z.strictObject({
  id,
  number: z.number().int().positive(),
  title: TextSchema,
  summary: TextSchema.optional(),
});

const narrativeEntry = z.union([
  nonEmpty,
  z.strictObject({ en: nonEmpty.optional(), es: nonEmpty.optional() }),
]);

export const PlanManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a plan id is lowercase unaccented letters (a-z), digits and hyphens"),
  title: TextSchema,
  network: TextSchema.optional(),
  draft: z.number().int().positive(),
  status: z.enum(["draft", "final"]),
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a date is YYYY-MM-DD"),
  period: z.strictObject({ start: z.number().int().min(1900).max(2200), end: z.number().int().min(1900).max(2200) }),
  languages: z.array(z.enum(LANGUAGES)).min(1).default(["en"]),
  countries: z.array(countryCode).optional(),
  organizations: z.array(z.strictObject({ id, name: TextSchema })).default([]),
  themes: z.array(ThemeSchema).min(1),
  groups: z.union([nonEmpty, z.array(nonEmpty)]).transform((v) => (Array.isArray(v) ? v : [v])).default(["groups/*.{yaml,yml,md}"]),
  narrative: z.array(narrativeEntry).default([]),
  indicators: nonEmpty.optional(),
  rules: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).default({}),
});

export const IndicatorFileSchema = z.strictObject({
  indicators: z.array(z.strictObject({
    id,
    article: z.number().int().positive(),
    type: z.enum(["legal", "institutional", "operational", "data"]).optional(),
    statement: TextSchema,
  })),
});

export type Measure = z.output<typeof MeasureSchema>;
export type Action = z.output<typeof ActionSchema>;
export type Objective = z.output<typeof ObjectiveSchema>;
export type WorkingGroup = z.output<typeof GroupSchema>;
export type Theme = z.output<typeof ThemeSchema>;
export type PlanManifest = z.output<typeof PlanManifestSchema>;
export type NarrativeEntry = z.output<typeof narrativeEntry>;
export type Priority = (typeof PRIORITIES)[number];
export type Role = (typeof ROLES)[number];
