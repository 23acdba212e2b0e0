/**
 * File names as macOS saves them: "misión" decomposed (NFD), an "o" and a combining accent, where
 * a Linux CI runner and a Windows clone hold it composed (NFC). Which group comes first numbers its
 * actions, and a baseline names files: neither may depend on how the disk spells the name.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareWithBaseline, type KeyedDiagnostic } from "../../src/diagnostics/baseline.js";
import { expandGlobs, groupPatternOf } from "../../src/io/glob.js";

const COMPOSED = "1-misi\u00f3n.yaml";
const DECOMPOSED = "1-misio\u0301n.yaml";

function planWith(names: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "rcm-names-"));
  mkdirSync(path.join(root, "groups"));
  for (const name of names) writeFileSync(path.join(root, "groups", name), "group: g\n");
  return root;
}

describe("group file names spelled decomposed", () => {
  it("sort where their composed spelling does, keeping the name the disk gives", () => {
    for (const spelling of [COMPOSED, DECOMPOSED]) {
      const root = planWith([spelling, "1-misiz.yaml"]);
      // "z" (U+007A) before "ó" (U+00F3): decomposed, "o" (U+006F) would have come first.
      expect(expandGlobs(root, ["groups/*.yaml"]).files).toEqual(["groups/1-misiz.yaml", `groups/${spelling}`]);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("are found by a pattern that names them composed, as plan.yaml is typed", () => {
    const root = planWith([DECOMPOSED]);
    expect(expandGlobs(root, [`groups/${COMPOSED}`]).files).toEqual([`groups/${DECOMPOSED}`]);
    expect(expandGlobs(root, ["groups/1-misi\u00f3*.yaml"]).files).toEqual([`groups/${DECOMPOSED}`]);
    expect(groupPatternOf(path.join(root, "groups", DECOMPOSED), root, [`groups/${COMPOSED}`])).toBe(`groups/${COMPOSED}`);
    rmSync(root, { recursive: true, force: true });
  });
});

describe("a baseline written where file names were decomposed", () => {
  it("knows the same problems in the composed clone", () => {
    const problem = (file: string): KeyedDiagnostic => ({
      diagnostic: { code: "missing-lead", severity: "warning", message: "m", file, line: 1, column: 1 },
      key: { code: "missing-lead", file, path: "objectives[X-O1].actions[X-1.1].lead" },
    });
    const baseline = { version: 1 as const, problems: [{ ...problem(`groups/${DECOMPOSED}`).key, count: 1 }] };
    expect(compareWithBaseline([problem(`groups/${COMPOSED}`)], baseline)).toEqual({ fresh: [], known: 1, knownByPosition: 0, listedErrors: 0, fixed: [] });
  });
});
