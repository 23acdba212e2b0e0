/**
 * The zod-free reading of the plan's schemas (src/validate/fast-schema.ts) against zod: for every
 * plan file we have, for hand-picked corners, and for edited copies of valid values, the fast
 * reading either gives up (undefined: the caller asks zod) or gives exactly zod's output, the same
 * values with the same key order at every level; and it gives up whenever zod fails.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ActionSchema, GroupSchema, IndicatorFileSchema, PlanManifestSchema } from "../../src/model/schema.js";
import { parseSource } from "../../src/parse/parse-source.js";
import { parseFastSchema, type FastSchemaKind } from "../../src/validate/fast-schema.js";
import { writeSyntheticPlan } from "../../bench/generate.mjs";
import { filesUnder } from "../helpers/files.js";
import { editedValue } from "./fast-schema-arbitraries.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCHEMAS: Record<FastSchemaKind, z.ZodType> = {
  manifest: PlanManifestSchema,
  group: GroupSchema,
  indicators: IndicatorFileSchema,
  action: ActionSchema,
};
const KINDS = Object.keys(SCHEMAS) as FastSchemaKind[];

type Outcome = "fast" | "bail" | "invalid";

/** Each object's keys in order, by place: two values with the same list have the same key order everywhere. */
function keyOrders(value: unknown, at = "", lines: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => keyOrders(item, `${at}.${index}`, lines));
  else if (value !== null && typeof value === "object") {
    lines.push(`${at}: ${Object.keys(value).join(", ")}`);
    for (const [key, item] of Object.entries(value)) keyOrders(item, `${at}.${key}`, lines);
  }
  return lines;
}

/**
 * The law, and which way it went: zod fails and the fast reading gives up; or zod succeeds and the
 * fast one gives up or gives zod's output. A parser's value (`parsed`) is read sharing its parts too,
 * as the CLI reads it, and must give the same.
 */
function compare(kind: FastSchemaKind, value: unknown, parsed = false): Outcome {
  const fast = parseFastSchema(kind, value);
  if (parsed) expect(parseFastSchema(kind, value, true)).toStrictEqual(fast);
  const reference = SCHEMAS[kind].safeParse(value);
  if (!reference.success) {
    expect(fast, "zod fails, so the fast reading must give up").toBeUndefined();
    return "invalid";
  }
  if (fast === undefined) return "bail";
  expect(fast).toStrictEqual(reference.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference.data));
  expect(keyOrders(fast)).toEqual(keyOrders(reference.data));
  if (parsed) expect(keyOrders(parseFastSchema(kind, value, true))).toEqual(keyOrders(reference.data));
  return "fast";
}

const PLAN_FILE = /\.(ya?ml|md)$/;
const SHIPPED = path.join(ROOT, "plans/rcm-smuggling");
/** Plan files, not the drafts a build leaves in plans/ (the README's first command writes them). */
const FILES = ["data", "plans", "templates", "test"].flatMap((dir) => filesUnder(path.join(ROOT, dir), PLAN_FILE)).filter((file) => !file.includes(`${path.sep}drafts${path.sep}`));
/** A small plan made as the bench makes M and L (bench/out is not in a clean clone). */
function benchLikePlan(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "rcm-fast-schema-")), "plan");
  expect(writeSyntheticPlan(dir, "t", { actions: 240, groups: 4 })).toBe(true);
  return dir;
}

async function valueOf(file: string): Promise<unknown> {
  return (await parseSource(path.relative(ROOT, file), readFileSync(file, "utf8"))).value;
}

/** A plan's manifest and group values, as the CLI reads them. */
async function planValues(dir: string): Promise<{ manifest: unknown; groups: unknown[] }> {
  const groups = await Promise.all(filesUnder(path.join(dir, "groups"), PLAN_FILE).map(valueOf));
  return { manifest: await valueOf(path.join(dir, "plan.yaml")), groups };
}

/** The actions of a group value, checked or not. */
function actionsOf(group: unknown): unknown[] {
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
  const field = (value: unknown, key: string) => (value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined);
  return list(field(group, "objectives")).flatMap((objective) => list(field(objective, "actions")));
}

/** The law for a value read as every kind, and for its actions read as actions. */
function checkEveryKind(value: unknown): void {
  for (const kind of KINDS) compare(kind, value, true);
  for (const action of actionsOf(value)) compare("action", action, true);
}

describe("the fast schema reading on the files we have", () => {
  it("finds the files", () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it.each(FILES.map((file) => path.relative(ROOT, file)))("%s: gives up or reads it as zod does, as any kind", async (file) => {
    checkEveryKind(await valueOf(path.join(ROOT, file)));
  });

  it("reads the shipped plan without giving up (the speed contract)", async () => {
    const { manifest, groups } = await planValues(SHIPPED);
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(compare("manifest", manifest, true)).toBe("fast");
    for (const group of groups) expect(compare("group", group, true)).toBe("fast");
  });

  it("reads a plan made as the bench makes its plans without giving up (the speed contract)", async () => {
    const { manifest, groups } = await planValues(benchLikePlan());
    expect(groups.length).toBe(4);
    expect(compare("manifest", manifest, true)).toBe("fast");
    for (const group of groups) expect(compare("group", group, true)).toBe("fast");
  });

  it("shares a parser's texts and lists where they already are zod's output, and copies them otherwise", async () => {
    const { groups } = await planValues(benchLikePlan());
    const [raw] = actionsOf(groups[0]) as Record<string, unknown>[];
    const [shared] = actionsOf(parseFastSchema("group", groups[0], true)) as Record<string, unknown>[];
    const [copied] = actionsOf(parseFastSchema("group", groups[0])) as Record<string, unknown>[];
    expect(shared!.title).toBe(raw!.title);
    expect(shared!.indicators).toBe(raw!.indicators);
    expect(copied!.title).not.toBe(raw!.title);
    expect(copied!.title).toStrictEqual(shared!.title);
  });
});

const ACTION = { id: "A-1", title: "Do it", timeframe: { start: 2024, end: "2025-Q2" } };
const GROUP = { group: "g", theme: "t", objectives: [{ id: "O-1", title: "Aim", actions: [ACTION] }] };
const MANIFEST = { id: "p", title: "Plan", draft: 1, status: "draft", date: "2024-01-31", period: { start: 2024, end: 2026 }, themes: [{ id: "t", number: 1, title: "Theme" }] };
const FULL_MANIFEST = {
  ...MANIFEST, network: { es: "Red", en: "Network" }, languages: ["es", "en"], countries: ["MX"], organizations: [{ id: "IOM", name: "IOM" }],
  groups: ["groups/*.yaml"], narrative: ["a.md", { en: "b.md" }], indicators: "indicators.yaml", rules: { "missing-protocol": "off" },
};
const INDICATORS = { indicators: [{ id: "X-1", article: 3, type: "legal", statement: { es: "b", en: "a" } }, { id: "Y", article: 10, statement: " s " }] };

/** Data as a parser gives it: objects and lists whose only keys are enumerable strings (and indices). */
function isParsedData(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return false;
  const keys = Reflect.ownKeys(value).filter((key) => !(Array.isArray(value) && key === "length"));
  return keys.every((key) => typeof key === "string" && Object.prototype.propertyIsEnumerable.call(value, key)) && Object.values(value).every(isParsedData);
}

const withAction = (fields: Record<string, unknown>) => ({ ...ACTION, ...fields });
const noPrototype = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);
class Thing {}

/** Hand-picked corners: [name, kind, value, what must happen]; a "fast" one is also compared with zod. */
const CORNERS: [string, FastSchemaKind, unknown, Outcome][] = [
  ["defaults added in shape order", "action", { timeframe: ACTION.timeframe, title: "t", id: "A" }, "fast"],
  ["a year as a number becomes a string", "action", withAction({ timeframe: { end: 2200, start: 1900 } }), "fast"],
  ["years out of range", "action", withAction({ timeframe: { start: 1899, end: 2024 } }), "invalid"],
  ["a year that is not whole", "action", withAction({ timeframe: { start: 2024.5, end: 2025 } }), "invalid"],
  ["a quarter with spaces (the regex does not trim)", "action", withAction({ timeframe: { start: " 2024-Q1", end: 2025 } }), "invalid"],
  ["one id for a list", "action", withAction({ lead: "MX", partners: "IOM", protocol: "SOM-1", related: "A-2" }), "fast"],
  ["an id with a space (an id is not trimmed)", "action", withAction({ lead: ["MX "] }), "invalid"],
  ["texts as {es, en}, padded", "action", withAction({ title: { es: " b ", en: "a\n" }, notes: { es: "x" } }), "fast"],
  ["an empty text map", "action", withAction({ title: {} }), "invalid"],
  ["a text map with an empty language", "action", withAction({ title: { en: "x", es: "  " } }), "invalid"],
  ["a text in another language", "action", withAction({ title: { fr: "x" } }), "invalid"],
  ["a whitespace-only title", "action", withAction({ title: "\u00a0\ufeff\u3000" }), "invalid"],
  ["measures in input order, keys out of order", "action", withAction({ indicators: [{ verification: "v", text: "t" }] }), "fast"],
  ["a priority", "action", withAction({ priority: "low" }), "fast"],
  ["an unknown priority", "action", withAction({ priority: "urgent" }), "invalid"],
  ["an unknown key", "action", withAction({ extra: 1 }), "invalid"],
  ["a key given as undefined (zod keeps it; the fast reading gives up)", "action", withAction({ notes: undefined }), "bail"],
  ["a required key given as undefined", "action", withAction({ id: undefined }), "invalid"],
  ["a prototype-less object", "action", noPrototype(withAction({})), "fast"],
  ["a class instance (zod takes it; the fast reading gives up)", "action", Object.assign(new Thing(), withAction({})), "bail"],
  ["a list with a hole", "action", withAction({ partners: [, "MX"] }), "invalid"],
  ["a group with its defaults", "group", { theme: "t", group: "g" }, "fast"],
  ["a group's people, padded", "group", { ...GROUP, facilitator: { name: " Ana " }, participants: [{ role: "observer", country: "MX", name: "\tB" }] }, "fast"],
  ["a participant from a lowercase country", "group", { ...GROUP, participants: [{ role: "observer", country: "mx" }] }, "invalid"],
  ["a manifest with its defaults", "manifest", MANIFEST, "fast"],
  ["a manifest with every key", "manifest", FULL_MANIFEST, "fast"],
  ["one group pattern, padded", "manifest", { ...MANIFEST, groups: " g/*.md " }, "fast"],
  ["group patterns, one empty", "manifest", { ...MANIFEST, groups: ["g/*.md", " "] }, "invalid"],
  ["no languages", "manifest", { ...MANIFEST, languages: [] }, "invalid"],
  ["no themes", "manifest", { ...MANIFEST, themes: [] }, "invalid"],
  ["narrative entries, one an empty map", "manifest", { ...MANIFEST, narrative: [{}, { es: "b.md", en: "a.md" }, " c.md "] }, "fast"],
  ["rules in input order, numeric keys first", "manifest", { ...MANIFEST, rules: { b: "off", a: "error", 10: "info", constructor: "warning" } }, "fast"],
  ["prototype-less rules", "manifest", { ...MANIFEST, rules: noPrototype({ a: "off" }) }, "fast"],
  ["a rule with an own __proto__ key (zod drops it)", "manifest", { ...MANIFEST, rules: JSON.parse('{"__proto__": "off"}') }, "bail"],
  ["rules as a Map (not a plain object to zod's record)", "manifest", { ...MANIFEST, rules: new Map([["a", "off"]]) }, "invalid"],
  ["rules as a class instance", "manifest", { ...MANIFEST, rules: Object.assign(new Thing(), { a: "off" }) }, "invalid"],
  ["a narrative entry as a Map (zod reads it as an object with no keys)", "manifest", { ...MANIFEST, narrative: [new Map()] }, "bail"],
  ["a rule that is not enumerable (zod skips it)", "manifest", { ...MANIFEST, rules: Object.defineProperty({ a: "off" }, "b", { value: "off" }) }, "bail"],
  ["a rule with a symbol key", "manifest", { ...MANIFEST, rules: { [Symbol("s")]: "off" } }, "invalid"],
  ["an unsafe draft number", "manifest", { ...MANIFEST, draft: 2 ** 53 }, "invalid"],
  ["a draft of -0", "manifest", { ...MANIFEST, draft: -0 }, "invalid"],
  ["a date in month 13", "manifest", { ...MANIFEST, date: "2024-13-01" }, "invalid"],
  ["an indicator file", "indicators", INDICATORS, "fast"],
  ["an indicator of an unknown type", "indicators", { indicators: [{ ...INDICATORS.indicators[1], type: "other" }] }, "invalid"],
];

describe("the fast schema reading on hand-picked corners", () => {
  it.each(CORNERS)("%s", (_name, kind, value, outcome) => {
    expect(compare(kind, value)).toBe(outcome);
  });

  it("builds zod's output, not the input's shape", () => {
    expect(parseFastSchema("action", withAction({ title: { es: " b ", en: "a" }, lead: "MX" }))).toStrictEqual({
      id: "A-1", title: { en: "a", es: "b" }, lead: ["MX"], partners: [], timeframe: { start: "2024", end: "2025-Q2" },
      priority: "medium", protocol: [], indicators: [],
    });
  });

  it("gives each default a copy of its own, as zod does", () => {
    const [first, second] = [parseFastSchema("manifest", MANIFEST)!, parseFastSchema("manifest", MANIFEST)!];
    for (const key of ["languages", "organizations", "groups", "narrative", "rules"] as const) expect(first[key]).not.toBe(second[key]);
    const [one, other] = [parseFastSchema("action", ACTION)!, parseFastSchema("action", ACTION)!];
    for (const key of ["partners", "protocol", "indicators"] as const) expect(one[key]).not.toBe(other[key]);
  });
});

describe("the fast schema reading on edited values", () => {
  /** Runs the law on edited copies of `bases` and counts the outcomes. */
  function outcomesOf(kind: FastSchemaKind, bases: unknown[], numRuns: number): Record<Outcome, number> {
    const outcomes = { fast: 0, bail: 0, invalid: 0 };
    fc.assert(fc.property(editedValue(bases), (value) => void outcomes[compare(kind, value, isParsedData(value))]++), { numRuns });
    return outcomes;
  }
  const shipped = planValues(SHIPPED);
  const golden = planValues(path.join(ROOT, "test/golden/core-clean/input"));

  it("gives up or agrees with zod on edited group files", async () => {
    const bases = [GROUP, ...(await shipped).groups, ...(await golden).groups];
    const outcomes = outcomesOf("group", bases, 1500);
    expect(outcomes.fast).toBeGreaterThan(300);
    expect(outcomes.invalid).toBeGreaterThan(500);
  });

  it("gives up or agrees with zod on edited actions", async () => {
    const bases = [ACTION, ...(await shipped).groups.flatMap(actionsOf)];
    const outcomes = outcomesOf("action", bases, 3000);
    expect(outcomes.fast).toBeGreaterThan(700);
    expect(outcomes.invalid).toBeGreaterThan(1000);
  });

  it("gives up or agrees with zod on edited manifests", async () => {
    const bases = [MANIFEST, FULL_MANIFEST, (await shipped).manifest, (await golden).manifest];
    const outcomes = outcomesOf("manifest", bases, 3000);
    expect(outcomes.fast).toBeGreaterThan(400);
    expect(outcomes.invalid).toBeGreaterThan(1200);
  });

  it("gives up or agrees with zod on edited indicator files", () => {
    const outcomes = outcomesOf("indicators", [INDICATORS], 2000);
    expect(outcomes.fast).toBeGreaterThan(300);
    expect(outcomes.invalid).toBeGreaterThan(800);
  });
});

describe("the fast schema reading's imports", () => {
  it("loads neither zod nor the zod schemas", () => {
    const sources = ["src/model/fields.ts", ...filesUnder(path.join(ROOT, "src/validate"), /^fast-schema.*\.ts$/).map((file) => path.relative(ROOT, file))];
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const file of sources) {
      const imports = readFileSync(path.join(ROOT, file), "utf8").match(/^import [^;]*;/gm) ?? [];
      for (const line of imports) if (/"zod"|schema\.js"/.test(line)) expect(line, file).toMatch(/^import type /);
    }
  });
});
