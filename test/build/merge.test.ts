import { renameSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allActions } from "../../src/merge/themes.js";
import { actionIdsIn, mergeDir, SHIPPED, shippedCopy } from "./helpers.js";

describe("merging the shipped plan", async () => {
  const { merge } = await mergeDir(SHIPPED);
  const model = merge.value!;
  const actions = allActions(model.themes);

  it("puts the themes in number order, each with its group's objectives and actions in file order", async () => {
    expect(model.themes.map((theme) => `${theme.number} ${theme.id}`)).toEqual([
      "1 intelligence", "2 field-operations", "3 detention-alternatives", "4 migration-solutions", "5 prevention-assistance",
    ]);
    expect(actions.map((action) => action.id)).toEqual(await actionIdsIn(SHIPPED));
  });

  it("numbers each action theme.objective.action and keeps its stable id", () => {
    const numbered = Object.fromEntries(actions.map((action) => [action.id, action.number]));
    expect(numbered).toMatchObject({ "INT-1.1": "1.1.1", "INT-1.4": "1.1.4", "INT-3.1": "1.3.1", "FLD-3.1": "2.3.1", "PRV-3.3": "5.3.3" });
    expect(model.themes[0]!.objectives.map((objective) => objective.number)).toEqual(["1.1", "1.2", "1.3"]);
  });

  it("remembers where each action came from, relative to the plan directory", () => {
    const first = actions[0]!;
    expect(first.source).toEqual({ group: "intelligence", file: "groups/1-intelligence.yaml", line: 32 });
    expect(actions.find((action) => action.id === "FLD-3.1")!.source).toEqual({ group: "field-operations", file: "groups/2-field-operations.md", line: 193 });
  });

  it("finds exactly one likely duplicate: the two national focal points", () => {
    expect(model.annexes.duplicates.map((pair) => [pair.first, pair.second])).toEqual([["INT-3.1", "FLD-3.1"]]);
    expect(merge.diagnostics).toHaveLength(1);
    const [warning] = merge.diagnostics;
    expect(warning).toMatchObject({ code: "likely-duplicate", severity: "warning", line: 193 });
    expect(warning!.file).toMatch(/groups\/2-field-operations\.md$/);
    expect(warning!.related?.[0]).toMatchObject({ line: 304, message: "INT-3.1 is here" });
  });

  it("pairs only actions of different groups: two alike in one group are that group's own business", async () => {
    // INT-3.2 given INT-3.1's title: the two read alike, but both are the intelligence group's.
    const sameTitle = (text: string) => text.replace(
      "en: Put in place a secure regional communication channel between the focal points\n          es: Poner en marcha un canal regional de comunicación segura entre los puntos focales",
      "en: Designate a national focal point on migrant smuggling in each member country\n          es: Designar un punto focal nacional sobre tráfico ilícito de migrantes en cada país miembro",
    );
    const edited = shippedCopy({ "groups/1-intelligence.yaml": sameTitle });
    const { merge: again } = await mergeDir(edited);
    expect(again.value!.annexes.duplicates.map((pair) => [pair.first, pair.second])).toEqual([["INT-3.1", "FLD-3.1"], ["INT-3.2", "FLD-3.1"]]);
    expect(again.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^action FLD-3\.1 \(group field-operations\) looks like INT-3\.1 \(group intelligence\)/),
      expect.stringMatching(/^action FLD-3\.1 \(group field-operations\) looks like INT-3\.2 \(group intelligence\)/),
    ]);
  });

  it("lists, for each Protocol indicator, the actions that serve it, and the indicators and articles none serves", () => {
    const som101 = model.annexes.coverage.find((row) => row.indicator === "SOM-10.1");
    expect(som101).toEqual({ indicator: "SOM-10.1", article: 10, actions: ["INT-1.2", "INT-1.3", "INT-3.1", "INT-3.2", "FLD-3.1"] });
    // Articles 2 to 4, 20 and 22 to 25 (purpose, definitions, scope, final clauses) have no indicator an action could serve.
    expect(model.annexes.uncoveredArticles).toEqual([7, 12]);
    expect(model.annexes.uncoveredIndicators).toEqual(["SOM-7.1", "SOM-8.2", "SOM-8.3", "SOM-11.3", "SOM-12.1", "SOM-12.2"]);
    expect(model.reference.indicators.filter((indicator) => model.annexes.uncoveredIndicators.includes(indicator.id)).map((indicator) => indicator.article)).toEqual([7, 8, 8, 11, 12, 12]);
  });

  it("expands ALL to every plan country in the responsibilities, and does not list a lead again as partner", () => {
    const mexico = model.annexes.responsibilities.find((row) => row.party === "MX")!;
    expect(mexico.kind).toBe("country");
    expect(mexico.leads).toContain("INT-3.1");
    expect(mexico.leads).toContain("INT-1.1");
    expect(mexico.partners).not.toContain("INT-1.1");
    expect(model.annexes.responsibilities.filter((row) => row.kind === "country").map((row) => row.party)).toEqual(model.countries);
    expect(model.annexes.responsibilities.find((row) => row.party === "IOM")!.leads).toContain("INT-1.1");
  });

  it("puts every action on the timeline with the quarters it covers", () => {
    const entry = model.annexes.timeline.find((row) => row.action === "INT-1.3")!;
    expect(entry.years).toEqual([{ year: 2019, quarters: [3, 4] }, { year: 2020, quarters: [1, 2, 3, 4] }, { year: 2021, quarters: [1, 2, 3, 4] }]);
    expect(model.annexes.timeline.map((row) => row.action)).toEqual(actions.map((action) => action.id));
  });

  it("keeps the narrative sections in plan order, by language", () => {
    expect(model.narrative.map((section) => section.files)).toEqual([
      { en: "narrative/en/01-background.md", es: "narrative/es/01-antecedentes.md" },
      { en: "narrative/en/02-objectives.md", es: "narrative/es/02-objetivos.md" },
      { en: "narrative/en/03-methodology.md", es: "narrative/es/03-metodologia.md" },
    ]);
  });
});

describe("merge order", () => {
  it("follows theme numbers, not the order plan.yaml lists the themes in", async () => {
    const dir = shippedCopy({ "plan.yaml": (text) => text.replace("number: 1\n", "number: 9\n") });
    const { merge } = await mergeDir(dir);
    const themes = merge.value!.themes;
    expect(themes.map((theme) => theme.id)).toEqual(["field-operations", "detention-alternatives", "migration-solutions", "prevention-assistance", "intelligence"]);
    expect(allActions(themes).find((action) => action.id === "INT-1.1")!.number).toBe("9.1.1");
  });

  it("lists the working groups in the themes' order, whatever their files are called", async () => {
    const dir = shippedCopy();
    renameSync(path.join(dir, "groups/1-intelligence.yaml"), path.join(dir, "groups/z-intelligence.yaml"));
    const { merge } = await mergeDir(dir);
    expect(merge.value!.groups.map((group) => [group.themeId, group.file])).toEqual([
      ["intelligence", "groups/z-intelligence.yaml"],
      ["field-operations", "groups/2-field-operations.md"],
      ["detention-alternatives", "groups/3-detention-alternatives.yaml"],
      ["migration-solutions", "groups/4-migration-solutions.yaml"],
      ["prevention-assistance", "groups/5-prevention-assistance.md"],
    ]);
  });
});
