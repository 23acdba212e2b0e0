/**
 * The plan's zod schemas (model/schema.ts) read without zod, for speed: loading zod costs start-up
 * time and its parse builds much more than its output. Each reading gives exactly what the schema's
 * safeParse would give on success (the same values, with the same key order), or undefined
 * ("give up") where zod would fail or where this reading is not sure. Giving up costs only speed:
 * the caller then parses with zod, which also says what is wrong. The schemas below mirror
 * schema.ts line by line, with the same lists and patterns (model/fields.ts);
 * test/core/fast-schema.test.ts holds the two side by side.
 */
import type { z } from "zod";
import {
  COUNTRY_PATTERN, DATE_PATTERN, DEFAULT_GROUP_PATTERN, DEFAULT_LANGUAGE, DEFAULT_PRIORITY, ID_PATTERN, INDICATOR_TYPES,
  PLAN_ID_PATTERN, PLAN_STATUSES, PROTOCOL_ARTICLES, PRIORITIES, ROLES, SEVERITY_SETTINGS, TIMEPOINT_PATTERN, timepointInYears, YEARS,
} from "../model/fields.js";
import type { Action, IndicatorFileSchema, PlanManifest, WorkingGroup } from "../model/schema.js";
import { LANGUAGES } from "../model/text.js";
import {
  integer, listOf, matching, nonEmpty, oneOf, oneOrList, optional, recordOf, strictObject, withDefault, type FastReader,
} from "./fast-schema-parts.js";

const languageMap = strictObject({ en: optional(nonEmpty), es: optional(nonEmpty) });

/** TextSchema: a string, or a map by language with at least one entry. */
const text: FastReader = (value, share) => {
  if (typeof value === "string") return nonEmpty(value);
  const map = languageMap(value, share) as { en?: string; es?: string } | undefined;
  return map && (map.en !== undefined || map.es !== undefined) ? map : undefined;
};

const id = matching(ID_PATTERN);
const countryCode = matching(COUNTRY_PATTERN);
const year = integer(YEARS.min, YEARS.max);
const quarter: FastReader = (value) => (typeof value === "string" && TIMEPOINT_PATTERN.test(value) && timepointInYears(value) ? value : undefined);
/** TimepointSchema: a year or a quarter, as a string. */
const timepoint: FastReader = (value, share) => (typeof value === "number" ? (year(value, share) === undefined ? undefined : String(value)) : quarter(value, share));
const idList = oneOrList(id);
const emptyList = () => [];

const measure = strictObject({
  text,
  baseline: optional(text),
  target: optional(text),
  verification: optional(text),
});

const action = strictObject({
  id,
  title: text,
  description: optional(text),
  lead: optional(idList),
  partners: withDefault(idList, emptyList),
  timeframe: strictObject({ start: timepoint, end: timepoint }),
  priority: withDefault(oneOf(PRIORITIES), () => DEFAULT_PRIORITY),
  protocol: withDefault(idList, emptyList),
  indicators: withDefault(listOf(measure), emptyList),
  outputs: optional(listOf(text)),
  related: optional(idList),
  notes: optional(text),
});

const objective = strictObject({
  id,
  title: text,
  description: optional(text),
  actions: withDefault(listOf(action), emptyList),
});

const group = strictObject({
  group: id,
  theme: id,
  facilitator: optional(strictObject({ name: text, organization: optional(id) })),
  rapporteur: optional(strictObject({ name: text, country: optional(countryCode) })),
  participants: withDefault(listOf(strictObject({ country: countryCode, role: oneOf(ROLES), name: optional(nonEmpty) })), emptyList),
  objectives: withDefault(listOf(objective), emptyList),
});

const theme = strictObject({
  id,
  number: integer(1),
  title: text,
  summary: optional(text),
});

/** narrativeEntry: unlike a text, a map by language may be empty. */
const narrativeEntry: FastReader = (value, share) => (typeof value === "string" ? nonEmpty(value) : languageMap(value, share));

const manifest = strictObject({
  id: matching(PLAN_ID_PATTERN),
  title: text,
  network: optional(text),
  draft: integer(1),
  status: oneOf(PLAN_STATUSES),
  date: matching(DATE_PATTERN),
  period: strictObject({ start: year, end: year }),
  languages: withDefault(listOf(oneOf(LANGUAGES), 1), () => [DEFAULT_LANGUAGE]),
  countries: optional(listOf(countryCode)),
  organizations: withDefault(listOf(strictObject({ id, name: text })), emptyList),
  themes: listOf(theme, 1),
  groups: withDefault(oneOrList(nonEmpty, 1), () => [DEFAULT_GROUP_PATTERN]),
  narrative: withDefault(listOf(narrativeEntry), emptyList),
  indicators: optional(nonEmpty),
  rules: withDefault(recordOf(oneOf(SEVERITY_SETTINGS)), () => ({})),
});

const indicatorFile = strictObject({
  indicators: listOf(strictObject({
    id,
    article: integer(1, PROTOCOL_ARTICLES),
    type: optional(oneOf(INDICATOR_TYPES)),
    statement: text,
  })),
});

const READERS = { manifest, group, indicators: indicatorFile, action };

/** The schema a file or value is read with: PlanManifestSchema, GroupSchema, IndicatorFileSchema or ActionSchema. */
export type FastSchemaKind = keyof typeof READERS;

export interface FastSchemaOutput {
  manifest: PlanManifest;
  group: WorkingGroup;
  indicators: z.output<typeof IndicatorFileSchema>;
  action: Action;
}

/**
 * What the zod schema of `kind` gives for `value` (its safeParse's data), without zod; or
 * undefined when zod would fail, or may: then parse with zod, for its output and its issues.
 * `share`: `value` is plain parsed data, and the output holds those of its parts that are already
 * zod's output rather than copies of them (fast-schema-parts.ts); neither may then be changed.
 */
export function parseFastSchema<K extends FastSchemaKind>(kind: K, value: unknown, share = false): FastSchemaOutput[K] | undefined {
  return READERS[kind](value, share) as FastSchemaOutput[K] | undefined;
}
