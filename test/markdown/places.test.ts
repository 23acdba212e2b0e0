/**
 * A Markdown group's places (which line and column a data path was read from) are by default found
 * by reading the body again when first asked (markdown-group.ts); plan build keeps them from the
 * first reading. Both must give every path the same range, key and value, or the diagnostics of
 * plan validate would point elsewhere than the drafts' source lines.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DataPath, ParsedDocument } from "../../src/parse/document.js";
import { parseSource } from "../../src/parse/parse-source.js";
import { writeSyntheticPlan } from "../../bench/generate.mjs";
import { filesUnder } from "../helpers/files.js";
import { REPO } from "../helpers/run.js";

/** Markdown groups as `plan convert` writes them, from the bench's generator. */
function convertedGroups(): string[] {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "rcm-places-")), "plan");
  writeSyntheticPlan(dir, "p", { actions: 60, groups: 4 });
  return filesUnder(path.join(dir, "groups"), /\.md$/);
}

const FILES = [
  ...filesUnder(path.join(REPO, "plans/rcm-smuggling/groups"), /\.md$/),
  ...filesUnder(path.join(REPO, "test/golden"), /groups\/.*\.md$/),
  ...convertedGroups(),
];

/** Every data path of `value`, and a few that lead nowhere below each (the nearest ancestor answers). */
function pathsOf(value: unknown, prefix: DataPath = []): DataPath[] {
  const own = [prefix, [...prefix, "no-such-key"], [...prefix, 99]];
  if (value === null || typeof value !== "object") return own;
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function places(doc: ParsedDocument, paths: DataPath[]) {
  return paths.map((at) => [at.join("."), doc.locate(at, "value"), doc.locate(at, "key")]);
}

describe("the places of a Markdown group", () => {
  it("are found in the files we have", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES.map((file) => [path.basename(file), file]))("%s: are the same read again when asked as kept from the first reading", async (name, file) => {
    const text = readFileSync(file, "utf8");
    const kept = await parseSource(name, text, { keepPlaces: true });
    const paths = pathsOf(kept.value);
    expect(paths.length).toBeGreaterThan(10);
    // Asked in another order than the paths are read, from a document that has not read them yet.
    const later = await parseSource(name, text);
    expect(places(later, [...paths].reverse()).reverse()).toEqual(places(kept, paths));
    expect(later.value).toEqual(kept.value);
    expect(later.diagnostics).toEqual(kept.diagnostics);
  });
});
