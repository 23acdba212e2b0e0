/**
 * groupTexts lists the texts a person reads in a group file, with the data path each one has in
 * the file: the missing-translation rule reports at those paths and the drafts' fallbacks name them.
 */
import { describe, expect, it } from "vitest";
import { GroupSchema } from "../../src/model/schema.js";
import { groupTexts } from "../../src/model/texts.js";
import { hasLanguage } from "../../src/model/text.js";

const group = GroupSchema.parse({
  group: "intel",
  theme: "intelligence",
  objectives: [
    { id: "O1", title: { en: "Share data", es: "Compartir datos" }, actions: [] },
    {
      id: "O2",
      title: "Train officers",
      description: { es: "Formación conjunta" },
      actions: [
        {
          id: "A1",
          title: { en: "Joint course", es: "Curso conjunto" },
          timeframe: { start: 2025, end: 2026 },
          indicators: [
            { text: "Officers trained", target: { en: "200", es: "200" } },
            { text: { es: "Guías publicadas" }, baseline: "None", verification: "Report" },
          ],
          outputs: ["Course manual", { en: "Roster", es: "Lista" }],
          notes: "Ask IOM",
        },
      ],
    },
  ],
});

describe("groupTexts", () => {
  it("lists every text in file order with its data path", () => {
    expect(groupTexts(group).map(({ path }) => path.join("."))).toEqual([
      "objectives.0.title",
      "objectives.1.title",
      "objectives.1.description",
      "objectives.1.actions.0.title",
      "objectives.1.actions.0.indicators.0.text",
      "objectives.1.actions.0.indicators.0.target",
      "objectives.1.actions.0.indicators.1.text",
      "objectives.1.actions.0.indicators.1.baseline",
      "objectives.1.actions.0.indicators.1.verification",
      "objectives.1.actions.0.outputs.0",
      "objectives.1.actions.0.outputs.1",
      "objectives.1.actions.0.notes",
    ]);
  });

  it("keeps only the texts the filter picks, each with its own text", () => {
    const noSpanish = groupTexts(group, (text) => !hasLanguage(text, "es", "en"));
    expect(noSpanish.map(({ path, text }) => [path.join("."), text])).toEqual([
      ["objectives.1.title", "Train officers"],
      ["objectives.1.actions.0.indicators.0.text", "Officers trained"],
      ["objectives.1.actions.0.indicators.1.baseline", "None"],
      ["objectives.1.actions.0.indicators.1.verification", "Report"],
      ["objectives.1.actions.0.outputs.0", "Course manual"],
      ["objectives.1.actions.0.notes", "Ask IOM"],
    ]);
  });
});

describe("hasLanguage", () => {
  it("takes a text of no words (a figure, a percentage, years) as written in every language, and a text of words in its own alone", () => {
    for (const text of [{ es: "0" }, { en: "100 %" }, "2027–2029", { es: "≥ 8" }]) {
      expect(hasLanguage(text, "en", "es"), JSON.stringify(text)).toBe(true);
      expect(hasLanguage(text, "es", "en"), JSON.stringify(text)).toBe(true);
    }
    // A decimal comma, a thousands point or a date's order is written otherwise in the other language.
    for (const [text, lang] of [[{ es: "8 países" }, "en"], [{ en: "Q3" }, "es"], ["ninguno", "en"], [{}, "en"], [{ en: "" }, "es"], [{ es: "2,5 %" }, "en"], [{ es: "1.000" }, "en"], [{ es: "12/03/2027" }, "en"]] as const) {
      expect(hasLanguage(text, lang, "es"), JSON.stringify(text)).toBe(false);
    }
  });
});
