/**
 * The plan format as zod schemas: the one definition that validation, the JSON Schemas
 * (`plan schema`) and the TypeScript types all come from.
 */
import { z } from "zod";
import {
  COUNTRY_PATTERN, DATE_PATTERN, DEFAULT_GROUP_PATTERN, PROTOCOL_ARTICLES, DEFAULT_LANGUAGE, DEFAULT_PRIORITY, ID_PATTERN, INDICATOR_TYPES,
  PLAN_ID_PATTERN, PLAN_STATUSES, PRIORITIES, ROLES, SEVERITY_SETTINGS, TIMEPOINT_PATTERN, timepointInYears, YEARS,
} from "./fields.js";
import { LANGUAGES } from "./text.js";

export { PRIORITIES, ROLES, SEVERITY_SETTINGS };

const nonEmpty = z.string().trim().min(1);

/** A text: a string, or a map by language with at least one entry. */
export const TextSchema = z.union([
  nonEmpty,
  z.strictObject({ en: nonEmpty.optional(), es: nonEmpty.optional() }).refine(
    (text) => text.en !== undefined || text.es !== undefined,
    { message: "a text needs at least one language (en or es)" },
  ),
]).meta({ description: "A plain string, or a map by language: {en: ..., es: ...}" });

const id = z.string().regex(ID_PATTERN, "an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit");
const countryCode = z.string().regex(COUNTRY_PATTERN, "a country is an ISO 3166-1 alpha-2 code such as MX");
const year = z.number().int().min(YEARS.min).max(YEARS.max);
/** A year (2019) or a quarter (2019-Q3); YAML reads a bare year as a number. */
export const TimepointSchema = z
  .union([
    year,
    z.string().regex(TIMEPOINT_PATTERN, "a year (YYYY) or a quarter (YYYY-Q1 to YYYY-Q4)").refine(timepointInYears, `its year must be from ${YEARS.min} to ${YEARS.max}`),
  ])
  .transform((value) => String(value));
/** One id or a list of ids; a facilitator writing `lead: MX` means `[MX]`. */
const idList = z.union([id, z.array(id)]).transform((value) => (Array.isArray(value) ? value : [value]));

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
  priority: z.enum(PRIORITIES).default(DEFAULT_PRIORITY),
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
  // A person's name, or a role or delegation in each language ({en: Delegation of Honduras, es: Delegación de Honduras}).
  facilitator: z.strictObject({ name: TextSchema, organization: id.optional() }).optional(),
  rapporteur: z.strictObject({ name: TextSchema, country: countryCode.optional() }).optional(),
  participants: z.array(z.strictObject({ country: countryCode, role: z.enum(ROLES), name: nonEmpty.optional() })).default([]),
  objectives: z.array(ObjectiveSchema).default([]),
});

export const ThemeSchema = z.strictObject({
  id,
  number: z.number().int().min(1),
  title: TextSchema,
  summary: TextSchema.optional(),
});

const narrativeEntry = z.union([
  nonEmpty,
  z.strictObject({ en: nonEmpty.optional(), es: nonEmpty.optional() }),
]);

/** An organisation a plan adds to the built-in ones, as plan.yaml's `organizations` lists it. */
export const OrganizationSchema = z.strictObject({ id, name: TextSchema });

export const PlanManifestSchema = z.strictObject({
  id: z.string().regex(PLAN_ID_PATTERN, "a plan id is lowercase unaccented letters (a-z), digits and hyphens"),
  title: TextSchema,
  network: TextSchema.optional(),
  draft: z.number().int().min(1),
  status: z.enum(PLAN_STATUSES),
  date: z.string().regex(DATE_PATTERN, "a date is YYYY-MM-DD"),
  period: z.strictObject({ start: year, end: year }),
  languages: z.array(z.enum(LANGUAGES)).min(1).default([DEFAULT_LANGUAGE]),
  countries: z.array(countryCode).optional(),
  organizations: z.array(OrganizationSchema).default([]),
  themes: z.array(ThemeSchema).min(1),
  groups: z.union([nonEmpty, z.array(nonEmpty).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])).default([DEFAULT_GROUP_PATTERN]),
  narrative: z.array(narrativeEntry).default([]),
  indicators: nonEmpty.optional(),
  rules: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).default({}),
});

export const IndicatorFileSchema = z.strictObject({
  indicators: z.array(z.strictObject({
    id,
    article: z.number().int().min(1).max(PROTOCOL_ARTICLES),
    type: z.enum(INDICATOR_TYPES).optional(),
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
