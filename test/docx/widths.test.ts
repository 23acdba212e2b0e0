import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { readPart } from "../../src/render/docx/package.js";
import { fitColumns, minimumWidth, unbreakable, wordWidth } from "../../src/render/docx/widths.js";
import { shippedModel } from "./shipped-plan.js";

/** Advance widths in thousandths of an em in Liberation Sans Bold, which has Arial Bold's metrics. */
const ARIAL_BOLD: Record<string, number> = {
  Theme: 3223, Prioridad: 4390, Indicadores: 5613, Acciones: 4446, "SOM-10.4": 4557, "INT-1.1": 3334, "alternatives.yaml": 8116, Organización: 6334,
};

describe("word widths", () => {
  it("are never less than Arial Bold's, at 9 pt", () => {
    for (const [word, thousandths] of Object.entries(ARIAL_BOLD)) expect(wordWidth(word, 18), word).toBeGreaterThanOrEqual((thousandths * 180) / 1000);
  });

  it("break at spaces, and after a hyphen or slash before a letter, never inside an id", () => {
    expect(unbreakable("SOM-10.4 INT-1.1\n1.1.1")).toEqual(["SOM-10.4", "INT-1.1", "1.1.1"]);
    expect(unbreakable("groups/3-detention-alternatives.yaml")).toEqual(["groups/3-", "detention-", "alternatives.yaml"]);
    expect(minimumWidth(["", " "], 18)).toBe(0);
  });
});

describe("fitted columns", () => {
  it("widen a column to its longest word, taking the width from the widest column, the total kept", () => {
    const widths = fitColumns([600, 6000, 2760], [["Theme", "Working group", "What"], ["1", "x", "y"]]);
    expect(widths[0]).toBe(minimumWidth(["Theme"], 18));
    expect(widths[1]).toBe(6000 - (widths[0]! - 600));
    expect(widths[2]).toBe(2760);
  });

  it("leave the widths as they were when the words cannot all fit", () => {
    expect(fitColumns([500, 500], [["Indicadores", "Indicadores"]])).toEqual([500, 500]);
  });
});

/** Each table's column widths, and each cell that spans one column: its grid column and its text, a line break a newline. */
function tables(xml: string): { widths: number[]; cells: { column: number; text: string }[] }[] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) => {
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const cells: { column: number; text: string }[] = [];
    for (const [row] of table.matchAll(/<w:tr>.*?<\/w:tr>/gs)) {
      let column = 0;
      for (const [tc] of row.matchAll(/<w:tc>.*?<\/w:tc>/gs)) {
        const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1);
        // Tight cells (the Gantt chart's quarters) are sized by the period, not by their words.
        if (span === 1 && !tc.includes("<w:tcMar>")) {
          const text = [...tc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? "\n").join("");
          cells.push({ column, text });
        }
        column += span;
      }
    }
    return { widths, cells };
  });
}

describe("the tables of the shipped plan's Word drafts", () => {
  let xml: Record<"en" | "es", string>;
  beforeAll(async () => {
    const model = await shippedModel();
    xml = { en: readPart(await renderDocx(model, "en"), "word/document.xml")!, es: readPart(await renderDocx(model, "es"), "word/document.xml")! };
  });

  it("have no column narrower than a word of its header or cells, in English and Spanish", () => {
    for (const lang of ["en", "es"] as const) {
      const narrow = tables(xml[lang]).flatMap(({ widths, cells }) =>
        cells.filter(({ column, text }) => minimumWidth([text], 18) > widths[column]!).map(({ text }) => `${lang}: ${text}`));
      expect(narrow).toEqual([]);
    }
  });
});
