/**
 * Damaged files as people and editors make them: lines deleted or duplicated, indentation shifted,
 * stray bytes pasted in, a file cut short. Whatever the damage, checking the plan must not crash
 * (a crash would show as `internal-error`) and every position it reports must be a place inside
 * the file, so that an editor can jump to it; and where the check lets the damage through, the
 * build must write whole drafts that Word can open.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { loadPlanSources } from "../../src/io/load-plan.js";
import { loadBuiltInReference } from "../../src/io/reference.js";
import type { ReferenceData } from "../../src/model/reference.js";
import { readPart } from "../../src/render/docx/package.js";
import { validatePlan } from "../../src/validate/validate-plan.js";
import { filesUnder } from "../helpers/files.js";
import { runPlan } from "../helpers/run.js";
import { notWellFormed } from "../helpers/xml.js";
import { FUZZ_SCALE, SHIPPED, shippedGroupsInBothForms } from "./shipped-groups.js";
const NEWLINE = 0x0a;

/** A file a mutation starts from: where it goes in the plan, and its bytes. */
interface Base {
  relative: string;
  bytes: Uint8Array;
}

/** What gets pasted into a text: markup of XML, HTML and Markdown, characters no XML holds, Spanish punctuation, invisible ones. */
const PASTED = [" A & B", " <b>x</b>", "&", "A & B", "<b>", "</w:t>", "]]>", "<!--", "\u0001", "\u000B", "\uFFFE", "\u200B", "\u00A0", "¿Año?", "¡Sí!", "ñ", "|", "\\|", "`", "**", "[x](#y)", "[^1]", "\t", "\r", "#", "- ", ": ", "{", "'", "\n<<<<<<< HEAD\n", "\n=======\n", "\n>>>>>>> main\n"];

type Mutation =
  | { kind: "delete-lines"; at: number; count: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "shift-indent"; at: number; by: number }
  | { kind: "insert-bytes"; at: number; bytes: Uint8Array }
  | { kind: "insert-text"; at: number; text: string }
  | { kind: "truncate"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-lines" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("shift-indent" as const), at: fc.nat(), by: fc.integer({ min: -6, max: 6 }).filter((n) => n !== 0) }),
  fc.record({ kind: fc.constant("insert-bytes" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert-text" as const), at: fc.nat(), text: fc.constantFrom(...PASTED) }),
);
/** Mostly pastes, which usually leave a plan that still builds: the drafts then carry what was pasted. */
const slip: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("insert-text" as const), at: fc.nat(), text: fc.constantFrom(...PASTED) }), weight: 3 },
  { arbitrary: mutation, weight: 1 },
);

/** The file's lines, each with its line break, so that joining them gives the bytes back. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === NEWLINE) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const lines = splitLines(bytes);
  const line = lines.length === 0 ? 0 : change.at % lines.length;
  switch (change.kind) {
    case "delete-lines":
      return Buffer.concat([...lines.slice(0, line), ...lines.slice(line + change.count)]);
    case "duplicate-line":
      return Buffer.concat([...lines.slice(0, line + 1), ...lines.slice(line)]);
    case "shift-indent": {
      const text = Buffer.from(lines[line] ?? []);
      const indent = text.length - Buffer.from(text.toString("latin1").trimStart(), "latin1").length;
      const shifted = change.by > 0 ? Buffer.concat([Buffer.alloc(change.by, " "), text]) : text.subarray(Math.min(indent, -change.by));
      return Buffer.concat([...lines.slice(0, line), shifted, ...lines.slice(line + 1)]);
    }
    case "insert-bytes": {
      const at = change.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
    }
    case "insert-text": {
      // Pasted at the end of a line's text, whole, as an editor pastes: in a YAML value, a table's last cell, a paragraph.
      const text = Buffer.from(lines[line] ?? []);
      const end = text.length - (text.at(-1) === NEWLINE ? 1 : 0) - (text.at(-2) === 0x0d ? 1 : 0);
      const pasted = Buffer.concat([text.subarray(0, end), Buffer.from(change.text, "utf8"), text.subarray(end)]);
      return Buffer.concat([...lines.slice(0, line), pasted, ...lines.slice(line + 1)]);
    }
    case "truncate":
      return bytes.subarray(0, change.at % (bytes.length + 1));
  }
}

/** 1 + the number of line feeds: the last line an editor shows, even when it is empty. */
function lineCount(bytes: Uint8Array): number {
  return bytes.reduce((count, byte) => count + (byte === NEWLINE ? 1 : 0), 1);
}

/**
 * The temporary plan: the shipped plan.yaml and narrative, and `groups` (one group in the property
 * runs, so that each run parses one group file; its links to other groups' actions are then errors).
 */
function planWith(dir: string, manifest: Uint8Array, ...groups: Base[]): Map<string, Uint8Array> {
  rmSync(path.join(dir, "groups"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "groups"));
  const written = new Map([["plan.yaml", manifest], ...groups.map((group) => [group.relative, group.bytes] as const)]);
  for (const [relative, bytes] of written) writeFileSync(path.join(dir, relative), bytes);
  return written;
}

/** The problems `plan validate` would report on the plan in `dir`. */
async function check(dir: string): Promise<Diagnostic[]> {
  const sources = await loadPlanSources(dir, dir);
  return (await validatePlan(sources, reference)).diagnostics;
}

/** Every place a diagnostic names (its range, its related places) lies inside the file it names. */
function expectPlacesInside(diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, Uint8Array>): void {
  const places = diagnostics.flatMap((d) => [
    { file: d.file, line: d.line, column: d.column, what: `${d.code} (${d.message})` },
    { file: d.file, line: d.endLine, column: d.endColumn, what: `${d.code} end` },
    ...(d.related ?? []).map((r) => ({ ...r, what: `${d.code} related` })),
  ]);
  for (const place of places) {
    const bytes = files.get(place.file);
    expect(bytes, `${place.what} names a file that was not checked: ${place.file}`).toBeDefined();
    expect(place.line, `${place.what} at ${place.file}:${place.line}`).toBeGreaterThanOrEqual(1);
    expect(place.line, `${place.what} at ${place.file}:${place.line}`).toBeLessThanOrEqual(lineCount(bytes!));
    expect(place.column, `${place.what} at ${place.file}:${place.line}:${place.column}`).toBeGreaterThanOrEqual(1);
  }
}

let dir: string;
let reference: ReferenceData;
let manifest: Base;
let yamlGroups: Base[];
let markdownGroups: Base[];
let narratives: Base[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-mutations-"));
  reference = loadBuiltInReference();
  cpSync(path.join(SHIPPED, "narrative"), path.join(dir, "narrative"), { recursive: true });
  manifest = { relative: "plan.yaml", bytes: readFileSync(path.join(SHIPPED, "plan.yaml")) };
  const groups = await shippedGroupsInBothForms();
  const base = (name: string, form: "yaml" | "md", text: string): Base => ({ relative: `groups/${name}.${form}`, bytes: Buffer.from(text, "utf8") });
  yamlGroups = groups.map((group) => base(group.name, "yaml", group.yaml));
  markdownGroups = groups.map((group) => base(group.name, "md", group.md));
  narratives = filesUnder(path.join(dir, "narrative"), /\.md$/).map((file) => ({ relative: path.relative(dir, file).split(path.sep).join("/"), bytes: readFileSync(file) }));
});

/** The bases by their path, so that a counterexample prints as a name and not as 20 KB of bytes. */
function byName(bases: Base[]): { names: fc.Arbitrary<string>; get: (name: string) => Base } {
  return { names: fc.constantFrom(...bases.map((base) => base.relative)), get: (name) => bases.find((base) => base.relative === name)! };
}

/** One damaged file in an otherwise intact plan: never a crash, always places inside the files. */
async function damagedPlanHolds(target: Base, changes: Mutation[], group: Base): Promise<void> {
  const damaged = { ...target, bytes: changes.reduce(mutate, target.bytes) };
  const files = target.relative === "plan.yaml" ? planWith(dir, damaged.bytes, group) : planWith(dir, manifest.bytes, damaged);
  const diagnostics = await check(dir);
  expect(diagnostics.filter((d) => d.code === "internal-error")).toEqual([]);
  expectPlacesInside(diagnostics, files);
}

/**
 * The whole plan (plan.yaml, `groups`, the narrative) with `target` damaged by `changes`, written to
 * `dir`: the files as written, by their path. The narrative files are written each time, so that
 * the damage of one run never stays for the next.
 */
function damagedPlan(target: Base, changes: Mutation[], groups: Base[]): Map<string, Uint8Array> {
  const damaged = changes.reduce(mutate, target.bytes);
  const files = planWith(dir, target === manifest ? damaged : manifest.bytes, ...groups.map((group) => (group === target ? { ...group, bytes: damaged } : group)));
  for (const narrative of narratives) {
    const bytes = narrative === target ? damaged : narrative.bytes;
    writeFileSync(path.join(dir, narrative.relative), bytes);
    files.set(narrative.relative, bytes);
  }
  return files;
}

describe("damaged files never crash the check and every position is inside the file", () => {
  it("the undamaged files, in YAML and in Markdown, make a plan without errors", async () => {
    for (const groups of [yamlGroups, markdownGroups]) {
      planWith(dir, manifest.bytes, ...groups);
      expect((await check(dir)).filter((d) => d.severity === "error")).toEqual([]);
    }
  });

  it("YAML group files and plan.yaml", async () => {
    const targets = byName([...yamlGroups, manifest]);
    await fc.assert(
      fc.asyncProperty(targets.names, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (name, changes) => damagedPlanHolds(targets.get(name), changes, yamlGroups[0]!)),
      { numRuns: 150 * FUZZ_SCALE },
    );
  });

  it("Markdown group files", async () => {
    const targets = byName(markdownGroups);
    await fc.assert(
      fc.asyncProperty(targets.names, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (name, changes) => damagedPlanHolds(targets.get(name), changes, targets.get(name))),
      { numRuns: 60 * FUZZ_SCALE },
    );
  });

  it("narrative files, in English and Spanish", async () => {
    const targets = byName(narratives);
    await fc.assert(
      fc.asyncProperty(targets.names, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (name, changes) => {
        const files = damagedPlan(targets.get(name), changes, yamlGroups);
        const diagnostics = await check(dir);
        expect(diagnostics.filter((d) => d.code === "internal-error")).toEqual([]);
        expectPlacesInside(diagnostics, files);
      }),
      { numRuns: 60 * FUZZ_SCALE },
    );
  });
});

describe("a damaged plan the check lets through", () => {
  it("builds whole drafts, each Word draft well-formed XML; one it stops writes nothing", async () => {
    const bases = [...yamlGroups, ...markdownGroups, ...narratives, manifest];
    const targets = byName(bases);
    let built = 0;
    await fc.assert(
      fc.asyncProperty(targets.names, fc.array(slip, { minLength: 1, maxLength: 2 }), async (name, changes) => {
        const target = targets.get(name);
        // The plan in the target's form: a Markdown group among the Markdown groups, anything else among the YAML ones.
        damagedPlan(target, changes, markdownGroups.includes(target) ? markdownGroups : yamlGroups);
        const out = path.join(dir, "out");
        rmSync(out, { recursive: true, force: true });
        const build = await runPlan(["build", ".", "--out", "out", "--format", "md,docx"], dir);
        expect(build.stderr).not.toMatch(/internal error|internal-error|    at /);
        expect([0, 1], build.stderr).toContain(build.exitCode);
        if (build.exitCode === 1) {
          expect(existsSync(out), "a build stopped by errors leaves no drafts folder").toBe(false);
          return;
        }
        built++;
        const drafts = readdirSync(out).sort();
        expect(drafts.filter((draft) => draft.endsWith(".docx"))).toHaveLength(2);
        expect(drafts.filter((draft) => draft.endsWith(".md"))).toHaveLength(2);
        for (const draft of drafts.filter((file) => file.endsWith(".docx"))) {
          const docx = new Uint8Array(readFileSync(path.join(out, draft)));
          for (const part of ["word/document.xml", "word/footnotes.xml"]) expect(notWellFormed(readPart(docx, part) ?? "<missing/"), `${draft} ${part}`).toBeUndefined();
        }
      }),
      { numRuns: 30 * FUZZ_SCALE },
    );
    // Many slips leave a plan that still builds (a paste, a line of text lost): the property is not vacuous.
    expect(built).toBeGreaterThan(0);
  });
});
