/**
 * Likely duplicates in small plans whose similarity can be worked out by hand. The README promises
 * a pair from a similarity of 0.5 on. Titles alone (no description), in one language, make the
 * similarity the Dice of the title stems: "Smuggling routes" and "Smuggling networks" share one stem
 * of two each, 2·1/(2+2) = 0.5.
 */
import { describe, expect, it } from "vitest";
import { planDir, planYaml } from "../helpers/plans.js";
import { mergeDir } from "./helpers.js";

const THEMES = ["{id: intelligence, number: 1, title: Intelligence}", "{id: field-operations, number: 2, title: Field operations}"];

/** A group file of `theme` whose one objective has an action of each title, ids PREFIX-1.1, PREFIX-1.2, … */
function group(name: string, theme: string, prefix: string, titles: string[]): string {
  const actions = titles.map((title, i) => `      - id: ${prefix}-1.${i + 1}
        title: ${title}
        lead: [MX]
        timeframe: {start: 2024, end: 2025}
        protocol: [SOM-6.1]
`);
  return `group: ${name}
theme: ${theme}
facilitator: {name: Ana Núñez, organization: IOM}
rapporteur: {name: Carlos Peña, country: SV}
objectives:
  - id: ${prefix}-O1
    title: Objective
    actions:
${actions.join("")}`;
}

async function pairsOf(first: string[], second: string[], languages = "[en]") {
  const dir = planDir({
    "plan.yaml": planYaml({ languages, themes: THEMES }),
    "groups/intelligence.yaml": group("intelligence", "intelligence", "INT", first),
    "groups/field.yaml": group("field-operations", "field-operations", "FLD", second),
  });
  const { validation, merge } = await mergeDir(dir);
  expect(validation.diagnostics.filter((d) => d.code !== "missing-translation")).toEqual([]);
  return { pairs: merge.value!.annexes.duplicates, messages: merge.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message} ${d.code}`) };
}

describe("likely duplicates", () => {
  it("reports a pair whose similarity is exactly the threshold, 0.5", async () => {
    expect(await pairsOf(["Smuggling routes"], ["Smuggling networks"])).toEqual({
      pairs: [{ first: "INT-1.1", second: "FLD-1.1", similarity: 0.5 }],
      messages: ["groups/field.yaml:9:13 action FLD-1.1 (group field-operations) looks like INT-1.1 (group intelligence), similarity 0.50 likely-duplicate"],
    });
  });

  it("does not report one just below the threshold", async () => {
    // One stem shared, of two and of three: 2·1/(2+3) = 0.4.
    expect(await pairsOf(["Smuggling routes"], ["Smuggling networks finance"])).toEqual({ pairs: [], messages: [] });
  });

  it("reads a title written once as the primary language's only: it is not compared with Spanish", async () => {
    const spanish = "{en: Smuggling routes, es: Rutas del tráfico ilícito}";
    expect((await pairsOf(["Smuggling routes"], [spanish], "[en, es]")).pairs).toEqual([{ first: "INT-1.1", second: "FLD-1.1", similarity: 1 }]);
  });
});

describe("likely duplicates of an id used twice", () => {
  // INT-1.1 is written in a third group too (a duplicate-id error, which --force still builds).
  async function withCopiedId() {
    const themes = [...THEMES, "{id: detention, number: 3, title: Detention}"];
    const dir = planDir({
      "plan.yaml": planYaml({ languages: "[en]", themes }),
      "groups/intelligence.yaml": group("intelligence", "intelligence", "INT", ["Smuggling routes"]),
      "groups/field.yaml": group("field-operations", "field-operations", "FLD", ["Smuggling networks"]),
      "groups/detention.yaml": group("detention", "detention", "INT", ["Smuggling routes"]).replace("id: INT-O1", "id: DET-O1"),
    });
    const { validation, merge } = await mergeDir(dir);
    const said = (d: { file: string; line: number; message: string; code: string }) => `${d.file}:${d.line} ${d.message} ${d.code}`;
    return { errors: validation.diagnostics.map(said), pairs: merge.value!.annexes.duplicates, warnings: merge.diagnostics.map(said) };
  }

  it("says the pair once, with the action of the id in plan order, and not the id's two actions as a pair", async () => {
    const { errors, pairs, warnings } = await withCopiedId();
    expect(errors).toEqual(["groups/intelligence.yaml:9 action id 'INT-1.1' is already used in group 'detention' duplicate-id"]);
    expect(pairs).toEqual([{ first: "INT-1.1", second: "FLD-1.1", similarity: 0.5 }]);
    expect(warnings).toEqual(["groups/field.yaml:9 action FLD-1.1 (group field-operations) looks like INT-1.1 (group intelligence), similarity 0.50 likely-duplicate"]);
  });
});

describe("likely duplicates whose ids and group names have thousands of characters (valid ids)", () => {
  it("quote them clipped", async () => {
    const long = (start: string) => `${start}${"x".repeat(20_000)}`;
    const dir = planDir({
      "plan.yaml": planYaml({ themes: THEMES }),
      "groups/intelligence.yaml": group(long("intelligence"), "intelligence", long("INT"), ["Smuggling routes"]),
      "groups/field.yaml": group(long("field"), "field-operations", long("FLD"), ["Smuggling networks"]),
    });
    const { merge } = await mergeDir(dir);
    const shown = (start: string) => `${start}${"x".repeat(99 - start.length)}…`;
    expect(merge.diagnostics.map((d) => [d.code, d.message, d.related?.map((place) => place.message)])).toEqual([
      ["likely-duplicate", `action ${shown("FLD")} (group ${shown("field")}) looks like ${shown("INT")} (group ${shown("intelligence")}), similarity 0.50`, [`${shown("INT")} is here`]],
    ]);
  });
});
