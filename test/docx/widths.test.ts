import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { readPart } from "../../src/render/docx/package.js";
import { linesOf } from "../../src/render/docx/pages.js";
import { breakablePieces, fitColumns, minimumWidth, textWidth, wordWidth } from "../../src/render/docx/widths.js";
import { runPlan } from "../helpers/run.js";
import { planModel, shippedModel } from "./shipped-plan.js";

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

  it("count a non-breaking hyphen (a file's name, Word's <w:noBreakHyphen/>) as wide as a hyphen, and never break at it", () => {
    const file = "groups/3\u2011detention\u2011alternatives.yaml";
    expect(unbreakable(file)).toEqual([file]);
    for (const bold of [false, true]) expect(textWidth(file, 18, bold)).toBe(textWidth("groups/3-detention-alternatives.yaml", 18, bold));
    expect(minimumWidth([file], 18)).toBe(wordWidth(file, 18) + 200);
    expect(linesOf(file, minimumWidth([file], 18) - 200, 18)).toBe(1);
  });

  it("of a column is that of its widest unbreakable piece, whatever the text (Spanish, dashes, odd spaces)", () => {
    const alphabet = ["a", "W", "m", "i", "—", "@", "-", "/", "1", " ", "\u00a0", "\n", "ñ", "É", "¿", "\u3000", "x"];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 300; round++) {
      const texts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
      const widest = Math.max(0, ...texts.flatMap(unbreakable).map((word) => wordWidth(word, 18)));
      expect(minimumWidth(texts, 18), JSON.stringify(texts)).toBe(widest === 0 ? 0 : widest + 200);
    }
  });
});

describe("lines of a paragraph", () => {
  /** Words and their pieces laid one after another, a line as full as it goes: what linesOf does, read word by word. */
  function referenceLines(text: string, width: number, size: number, bold: boolean): number {
    const space = textWidth(" ", size, bold);
    let lines = 0;
    for (const paragraph of text.split("\n")) {
      lines++;
      let x = 0;
      for (const word of paragraph.split(/[^\S\u00a0]+/).filter((w) => w !== "")) {
        breakablePieces(word).forEach((piece, i) => {
          const gap = i === 0 && x > 0 ? space : 0;
          const pieceWidth = textWidth(piece, size, bold);
          if (x > 0 && x + gap + pieceWidth > width) {
            lines++;
            x = pieceWidth;
          } else x += gap + pieceWidth;
          for (; x > width; x -= width) lines++;
        });
      }
    }
    return lines;
  }

  it("are counted alike, character by character for ASCII and word by word for the rest", () => {
    const alphabet = ["a", "W", "m", "i", "-", "/", "1", " ", " ", "\t", "\n", "x", "Q", ".", "-a", "/b", "ñ", "—", "\u00a0"];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: Math.floor(random() * 120) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const width = 300 + Math.floor(random() * 4000);
      for (const bold of [false, true]) expect(linesOf(text, width, 18, bold), JSON.stringify([text, width, bold])).toBe(referenceLines(text, width, 18, bold));
    }
    expect(linesOf("Coordinate financial investigations of smuggling networks", 1500, 18)).toBe(5);
  });
});

/** The pieces a line may not break inside: words, and their breakable pieces. */
/** The pieces a line may not break inside: words split at white space, but not at a no-break space, which joins them. */
function unbreakable(text: string): string[] {
  return text.split(/[^\S\u00a0]+/).flatMap(breakablePieces).filter((word) => word !== "");
}

describe("fitted columns", () => {
  it("widen a column to its longest word, taking the width from the widest column, the total kept", () => {
    const widths = fitColumns([600, 6000, 2760], [["Theme", "Working group", "What"], ["1", "x", "y"]]);
    expect(widths[0]).toBe(minimumWidth(["Theme"], 18));
    expect(widths[1]).toBe(6000 - (widths[0]! - 600));
    expect(widths[2]).toBe(2760);
  });

  it("are found for a big plan's table too: 10,000 rows, some 250,000 words in one column", () => {
    const title = "Coordinate financial investigations of smuggling networks for women travelling alone on the coasts of Guatemala and at the airports of Belize";
    const rows = Array.from({ length: 10_000 }, (_, i) => [`${i % 50}.${i % 7}.${i}`, `G01-${i} ${title}`, "DO, UNODC", "PA, BZ, SV", "2021-Q3 – 2022-Q2", "medium", "SOM-16.4, SOM-9.2"]);
    const widths = fitColumns([1100, 4000, 1300, 1700, 1300, 800, 1160], rows);
    expect(widths[0]).toBe(Math.max(1100, minimumWidth(["49.3.9999"], 18)));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11_360);
  });

  it("leave the widths as they were when the words cannot all fit", () => {
    expect(fitColumns([500, 500], [["Indicadores", "Indicadores"]])).toEqual([500, 500]);
  });

  it("take from a column whose longest word breaks anyway, down to its other words, before another column's word breaks", () => {
    const long = "Hipopotomonstrosesquipedaliofobiaextremas";
    const file = "groups/3\u2011detention\u2011alternatives.yaml";
    const widths = fitColumns([2500, 2000, 1400], [["Relator(a)", "Archivo", "Acciones"], [`${long} de Guatemala`, file, "11"]]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(5900);
    expect(widths[1]).toBe(minimumWidth([file], 18));
    expect(widths[0]).toBeGreaterThanOrEqual(minimumWidth(["Relator(a) de Guatemala"], 18));
  });

  it("give no more from a column whose word breaks anyway where that spares no other's: a coverage matrix's `Theme 1` printed on four lines", () => {
    const themes = Array.from({ length: 10 }, (_, i) => `Theme ${i + 1}`);
    const counts = ["10", "8", "5", "14", "14", "9", "6", "2", "4", "10"];
    const widths = fitColumns([4212, ...themes.map(() => 468), 468], [["Article", ...themes, "Total"], ["1. Relation with the United Nations Convention against Transnational Organized Crime", ...counts, "82"]]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(4212 + 11 * 468);
    expect(Math.min(...widths.slice(1))).toBe(468);
    expect(linesOf("Theme 1", widths[1]! - 140, 18, true)).toBe(3);
  });

  it("never take width from the columns fixed from an index on, which hold no words (the timeline's quarters)", () => {
    const url = "https://www.example.org/RegionalMinimumStandardsForHoldingCentres";
    const quarters = Array.from({ length: 28 }, () => 300);
    const widths = fitColumns([700, 2000, ...quarters], [["N.", "Action"], ["1.1.1", `Adopt ${url}`]], 18, 2);
    expect(widths.slice(2)).toEqual(quarters);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(700 + 2000 + 28 * 300);
    // Without them fixed, the quarters had given the title their width, six of them all of it.
    expect(fitColumns([700, 2000, ...quarters], [["N.", "Action"], ["1.1.1", `Adopt ${url}`]]).slice(2).filter((width) => width === 0).length).toBeGreaterThan(0);
  });

  it("keep every other column's words whole when one holds a word too long for the table", () => {
    const long = "Hipopotomonstrosesquipedaliofobiaextremas";
    const widths = fitColumns([600, 2200, 1700, 1600, 1800, 800], [["Tema", "Grupo de trabajo", "Facilitador(a)", "Relator(a)", "Archivo", "Acciones"], ["2", "Operaciones de campo", "Ana María Núñez", `${long} de Guatemala`, "groups/6-guatemala.md", "3"]]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8700);
    expect(widths[5]).toBeGreaterThanOrEqual(minimumWidth(["Acciones"], 18));
    expect(widths[3]).toBeGreaterThan(1600);
    expect(widths[3]).toBeLessThan(minimumWidth([long], 18));
  });
});

/** Each table's column widths, and each cell that spans one column: its grid column and its text, a line break a newline, a non-breaking hyphen U+2011. */
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
          const text = [...tc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:(br|noBreakHyphen)\/>/g)].map((m) => m[1] ?? (m[2] === "br" ? "\n" : "\u2011")).join("");
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

  it("give the responsibilities' names room: a country on one line, an organisation on three at most, each header on one line", () => {
    for (const lang of ["en", "es"] as const) {
      const [countries, organizations] = tables(xml[lang]).filter(({ cells }) => ["Leads", "Como responsable"].includes(cells[1]!.text));
      const lines = (table: typeof countries, column: number) => table!.cells.filter((c) => c.column === column).slice(1).map((c) => linesOf(c.text, table!.widths[column]! - 140, 18));
      expect(Math.max(...lines(countries, 0)), lang).toBe(1);
      expect(Math.max(...lines(organizations, 0)), lang).toBeLessThanOrEqual(3);
      for (const table of [countries, organizations]) expect(table!.cells.slice(0, 3).map((c) => linesOf(c.text, table!.widths[c.column]! - 140, 18, true)), lang).toEqual([1, 1, 1]);
    }
  });

  it("head a coverage matrix of ten themes `Themes` over their numbers, every word whole, both rows repeated on each page; five keep `Theme N`", async () => {
    const model = await shippedModel();
    const [first] = model.themes;
    for (let number = 6; number <= 10; number++) model.themes.push({ ...first!, id: `theme-${number}`, number, objectives: [] });
    for (const lang of ["en", "es"] as const) {
      const document = readPart(await renderDocx(model, lang), "word/document.xml")!;
      const article = lang === "en" ? "Article" : "Artículo";
      const index = tables(document).findIndex(({ cells }) => cells[0]?.text === article);
      const coverage = tables(document)[index]!;
      const narrow = coverage.cells.filter(({ column, text }) => minimumWidth([text], 18) > coverage.widths[column]!).map(({ text }) => text);
      expect(narrow, lang).toEqual([]);
      const rows = [...[...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)][index]![0].matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) => row);
      expect(rows[0], lang).toMatch(new RegExp(`<w:gridSpan w:val="10"/>.*>${lang === "en" ? "Themes" : "Temas"}</w:t>`));
      expect(coverage.cells.filter(({ column }) => column >= 1 && column <= 10).slice(0, 10).map(({ text }) => text), lang).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
      expect(rows.slice(0, 3).map((row) => row.includes("<w:tblHeader/>")), lang).toEqual([true, true, false]);
      const shipped = tables(xml[lang]).find(({ cells }) => cells[0]?.text === article)!;
      expect(shipped.cells.slice(1, 3).map(({ text }) => text), lang).toEqual(lang === "en" ? ["Theme 1", "Theme 2"] : ["Tema 1", "Tema 2"]);
    }
  });

  it("give Annex E's file column each group file's name whole, or its folder over the rest where it is wider, every header on one line", async () => {
    const model = await shippedModel();
    for (const lang of ["en", "es"] as const) {
      const sources = tables(xml[lang]).find(({ cells }) => cells.some(({ text }) => text === "File" || text === "Archivo"))!;
      const width = sources.widths[4]!;
      const files = sources.cells.filter(({ column }) => column === 4).slice(1).map(({ text }) => text);
      expect(files.map((file) => file.replaceAll("\u2011", "-").replace("/\n", "/")), lang).toEqual(model.groups.map((group) => group.file));
      // Each line whole: a name broke at its hyphen, `groups/1-` over `intelligence.yaml`.
      expect(files.filter((file) => linesOf(file, width - 140, 18) > file.split("\n").length), lang).toEqual([]);
      expect(files.filter((file) => file.includes("\n") && minimumWidth([file.replace("\n", "")], 18) <= width), lang).toEqual([]);
      // A column as wide as the whole names had left the working groups' names a word a line, `Grupo de trabajo` on two.
      expect(width, lang).toBeLessThan(Math.max(...files.map((file) => minimumWidth([file.replace("\n", "")], 18))));
      expect(sources.cells.slice(0, 6).map(({ column, text }) => linesOf(text, sources.widths[column]! - 140, 18, true)), lang).toEqual([1, 1, 1, 1, 1, 1]);
    }
  });

  it("give Annex E's short file names, such as the bench's `groups/01-group.yaml`, room to print whole, a little more than the column's share", async () => {
    const model = await shippedModel();
    model.groups.forEach((group, i) => (group.file = `groups/${String(i + 1).padStart(2, "0")}-group.${i % 2 === 0 ? "yaml" : "md"}`));
    const sources = tables(readPart(await renderDocx(model, "en"), "word/document.xml")!).find(({ cells }) => cells.some(({ text }) => text === "File"))!;
    const files = sources.cells.filter(({ column }) => column === 4).slice(1).map(({ text }) => text.replaceAll("\u2011", "-"));
    expect(files).toEqual(model.groups.map((group) => group.file));
    expect(sources.widths[4]).toBe(minimumWidth(["groups/01\u2011group.yaml"], 18));
  });

  it("break only a word too long for the page: a rapporteur's 41-letter word leaves Annex E's headers whole", async () => {
    const model = await shippedModel();
    const long = "Hipopotomonstrosesquipedaliofobiaextremas";
    model.groups[1]!.rapporteur = { name: { en: `${long} of Guatemala`, es: `${long} de Guatemala` }, country: "GT" };
    const sources = tables(readPart(await renderDocx(model, "es"), "word/document.xml")!).find(({ cells }) => cells.some(({ text }) => text === "Relator(a)"))!;
    const narrow = sources.cells.filter(({ column, text }) => minimumWidth([text], 18) > sources.widths[column]!).map(({ text }) => text);
    expect(narrow).toEqual([`${long} de Guatemala`]);
    // Its column gives more, so that no file's name breaks beside it, but after its folder.
    const files = sources.cells.filter(({ column }) => column === 4).slice(1);
    expect(files.filter(({ text }) => linesOf(text, sources.widths[4]! - 140, 18) > text.split("\n").length)).toEqual([]);
  });
});

describe("Annex E of a plan from plan init", () => {
  it("shares its text columns so the table is as short as it may be: it prints on Annex D's page, not on a page of its own", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "rcm-init-"));
    expect((await runPlan(["init", "plan"], cwd, { SOURCE_DATE_EPOCH: "1767225600" })).exitCode).toBe(0);
    const model = await planModel(path.join(cwd, "plan"));
    for (const [lang, annexes] of [["en", ["Annex D: Likely duplicates", "Annex E: Sources"]], ["es", ["Anexo D: Posibles duplicados", "Anexo E: Fuentes"]]] as const) {
      const xml = readPart(await renderDocx(model, lang), "word/document.xml")!;
      // The contents give each annex's page, as LibreOffice prints it.
      const pages = annexes.map((title) => new RegExp(`<w:t xml:space="default">${title}</w:t><w:tab/><w:t xml:space="default">(\\d+)</w:t>`).exec(xml)?.[1]);
      expect(pages[0], lang).toMatch(/^\d+$/);
      expect(pages[1], lang).toBe(pages[0]);
      // The working groups, named for their themes, in a column wider than `To be confirmed (IOM)`'s.
      const sources = tables(xml).find(({ cells }) => cells.some(({ text }) => text === "File" || text === "Archivo"))!;
      expect(sources.widths[1], lang).toBeGreaterThan(sources.widths[2]!);
      expect(sources.cells.slice(0, 6).map(({ column, text }) => linesOf(text, sources.widths[column]! - 140, 18, true)), lang).toEqual([1, 1, 1, 1, 1, 1]);
    }
  });
});
