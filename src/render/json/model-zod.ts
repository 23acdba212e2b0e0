/**
 * The JSON draft's shape as zod schemas, mirroring src/model/plan-model.ts: the JSON Schema
 * (`plan schema --kind model`) is generated from them, and tests check the JSON draft against them.
 */
import { z } from "zod";
import { LANGUAGES } from "../../model/text.js";
import { TIMEPOINT_PATTERN } from "../../model/fields.js";
import { MeasureSchema, PRIORITIES, ROLES, TextSchema } from "../../model/schema.js";

const timepoint = z.string().regex(TIMEPOINT_PATTERN).meta({ description: "A year (2019) or a quarter (2019-Q3)" });
const lang = z.enum(LANGUAGES);

const SourceRefSchema = z.strictObject({
  group: z.string(),
  file: z.string().meta({ description: "Relative to the plan directory, forward slashes" }),
  line: z.number().int().positive(),
}).meta({ description: "Where a merged item came from" });

const ActionModelSchema = z.strictObject({
  id: z.string().meta({ description: "The stable id the group gave it" }),
  number: z.string().meta({ description: "theme.objective.action, derived from the order, e.g. 1.2.3" }),
  themeId: z.string(),
  objectiveId: z.string(),
  title: TextSchema,
  description: TextSchema.optional(),
  lead: z.array(z.string()).meta({ description: "Country codes, ALL (every plan country) or organisation ids" }),
  partners: z.array(z.string()),
  timeframe: z.strictObject({ start: timepoint, end: timepoint }),
  priority: z.enum(PRIORITIES),
  protocol: z.array(z.string()).meta({ description: "Protocol compliance indicator ids" }),
  indicators: z.array(MeasureSchema),
  outputs: z.array(TextSchema),
  related: z.array(z.string()),
  notes: TextSchema.optional(),
  source: SourceRefSchema,
});

const ObjectiveModelSchema = z.strictObject({
  id: z.string(),
  number: z.string().meta({ description: "theme.objective, e.g. 1.2" }),
  title: TextSchema,
  description: TextSchema.optional(),
  actions: z.array(ActionModelSchema),
  source: SourceRefSchema,
});

const ThemeModelSchema = z.strictObject({
  id: z.string(),
  number: z.number().int().positive(),
  title: TextSchema,
  summary: TextSchema.optional(),
  groups: z.array(z.string()).meta({ description: "The groups that cover the theme, in file order" }),
  objectives: z.array(ObjectiveModelSchema),
});

const GroupModelSchema = z.strictObject({
  id: z.string(),
  themeId: z.string(),
  facilitator: z.strictObject({ name: TextSchema, organization: z.string().optional() }).optional(),
  rapporteur: z.strictObject({ name: TextSchema, country: z.string().optional() }).optional(),
  participants: z.array(z.strictObject({ country: z.string(), role: z.enum(ROLES), name: z.string().optional() })),
  file: z.string(),
});

const byLang = (value: z.ZodString) => z.strictObject({ en: value.optional(), es: value.optional() });

const ReferenceSchema = z.strictObject({
  instrument: z.strictObject({ title: TextSchema, short: TextSchema }),
  articles: z.array(z.strictObject({ number: z.number().int(), chapter: z.string(), title: TextSchema, summary: TextSchema.optional() })),
  indicators: z.array(z.strictObject({ id: z.string(), article: z.number().int(), type: z.string().optional(), statement: TextSchema, source: z.string() })),
  countries: z.array(z.strictObject({ code: z.string(), name: TextSchema })),
  organizations: z.array(z.strictObject({ id: z.string(), acronym: TextSchema.optional(), name: TextSchema })),
});

const AnnexesSchema = z.strictObject({
  duplicates: z.array(z.strictObject({ first: z.string(), second: z.string(), similarity: z.number().min(0).max(1) }))
    .meta({ description: "Likely duplicate actions of different groups: `second` reads like `first`" }),
  coverage: z.array(z.strictObject({ indicator: z.string(), article: z.number().int(), actions: z.array(z.string()) }))
    .meta({ description: "For each indicator the plan uses, the actions that serve it, in plan order" }),
  uncoveredArticles: z.array(z.number().int()).meta({ description: "Articles that have compliance indicators, and that no action serves" }),
  uncoveredIndicators: z.array(z.string()).meta({ description: "Compliance indicators that no action serves, in id order" }),
  responsibilities: z.array(z.strictObject({
    party: z.string(), kind: z.enum(["country", "organization"]), leads: z.array(z.string()), partners: z.array(z.string()),
  })).meta({ description: "Per country (ALL expanded) and organisation: the actions it leads, and those it is a partner in" }),
  timeline: z.array(z.strictObject({
    action: z.string(),
    years: z.array(z.strictObject({ year: z.number().int(), quarters: z.array(z.number().int().min(1).max(4)) })),
  })).meta({ description: "Every action with the years and quarters its timeframe covers" }),
});

export const PlanModelSchema = z.strictObject({
  id: z.string(),
  title: TextSchema,
  network: TextSchema.optional(),
  draft: z.number().int().positive(),
  status: z.enum(["draft", "final"]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  languages: z.array(lang).meta({ description: "The plan's languages; the first is the primary one" }),
  countries: z.array(z.string()).meta({ description: "The countries taking part, in plan order" }),
  themes: z.array(ThemeModelSchema).meta({ description: "In number order" }),
  groups: z.array(GroupModelSchema),
  narrative: z.array(z.strictObject({ markdown: byLang(z.string()), files: byLang(z.string()) })),
  reference: ReferenceSchema,
  annexes: AnnexesSchema,
});
