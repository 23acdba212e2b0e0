// The Word draft is written as XML strings rather than through docx's objects: the body, and the
// package's small parts around it. These tests hold the hand-written XML to what docx writes for the
// same content, byte for byte, check its escaping and that it is well formed, and check the
// compressed package around it.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  AlignmentType, Bookmark, BorderStyle, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, NoBreakHyphen, PageBreak, PageNumber, PageOrientation, Packer,
  Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableOfContents, TableRow, TextRun, WidthType, type FileChild, type ISectionOptions,
} from "docx";
import { inflateSync, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanModel } from "../../src/model/plan-model.js";
import type { Lang } from "../../src/model/text.js";
import { contentsLength, contentsPageOf, tableOfContents } from "../../src/render/docx/contents.js";
import { crc32, crc32Combine } from "../../src/parse/crc32.js";
import { DeflatingSink, StringSink } from "../../src/render/docx/deflated-xml.js";
import { DEFAULT_STYLE_PARTS } from "../../src/render/docx/default-style-parts.js";
import { draftPackage, renderDocx } from "../../src/render/docx/index.js";
import { Hyperlinks, inlineRuns, plainInline } from "../../src/render/docx/inline.js";
import { writeNarrative } from "../../src/render/docx/narrative.js";
import { DRAFT_LANGUAGE, partText, readPart, withLanguage, type StyleParts, zipPackage } from "../../src/render/docx/package.js";
import { PAGE_LABELS } from "../../src/render/docx/page-labels.js";
import { PAGE } from "../../src/render/docx/pages.js";
import { DOCUMENT_HEAD } from "../../src/render/docx/parts.js";
import { defaultStyleParts, documentParts, referenceStyleParts, referenceStyles } from "../../src/render/docx/reference-doc.js";
import { DEFAULT_STYLES, NUMBERING } from "../../src/render/docx/styles.js";
import { DocxWriter, HEADER_FOOTER } from "../../src/render/docx/writer.js";
import { cell } from "../../src/render/docx/tables.js";
import {
  bookmarked, escapeXml, footnoteReference, hyperlink, LINE_BREAK, noBreakHyphens, PAGE_BREAK, paragraph, table, tableCell, tableRow, textRun,
} from "../../src/render/docx/xml.js";
import { zipParts, type ZipPart } from "../../src/render/docx/zip.js";
import { makeView, type DraftView } from "../../src/render/views/context.js";
import { REPO } from "../helpers/run.js";
import { notWellFormed } from "../helpers/xml.js";
import { shippedModel } from "./shipped-plan.js";

const SPANISH = "¿Dónde está el niño? ¡Año de acción! — «Protección» & <límites> \"citas\" 'apóstrofo'";

/**
 * What docx writes in the body for `children` in one section, without the section's properties,
 * or for whole sections, with theirs.
 */
function docxBody(content: FileChild[] | ISectionOptions[]): string {
  const numbering = { config: [{ reference: "bullets", levels: [{ level: 0, format: "bullet" as const, text: "•" }] }] };
  const whole = content.length > 0 && "children" in content[0]! && "properties" in content[0]!;
  const sections = whole ? (content as ISectionOptions[]) : [{ children: content as FileChild[] }];
  const xml = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string> } }).compiler.compile(new Document({ numbering, sections })).get("word/document.xml")!;
  return xml.slice(xml.indexOf("<w:body>") + "<w:body>".length, whole ? xml.lastIndexOf("</w:body>") : xml.lastIndexOf("<w:sectPr>"));
}

/** docx names hyperlink relationships at random; the draft numbers them. */
const sameLinkIds = (xml: string) => xml.replace(/r:id="rId[^"]*"/g, 'r:id="rId"');

describe("hand-written WordprocessingML", () => {
  it("escapes the five special characters and drops control characters, as docx does", () => {
    expect(escapeXml(`a & b < c > d " e ' f \u0001\u001F g`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f  g");
    // Nor can XML hold U+FFFE or U+FFFF: a Word file with one does not open.
    expect(escapeXml("a\uFFFEb\uFFFFc")).toBe("abc");
    expect(escapeXml("Acción ñandú ¿qué? ¡sí! — 2024–2030\ttab\nline")).toBe("Acción ñandú ¿qué? ¡sí! — 2024–2030\ttab\nline");
    expect(docxBody([new Paragraph({ children: [new TextRun(SPANISH)] })])).toBe(paragraph({}, textRun(SPANISH)));
  });

  it("writes runs as docx writes them, whatever they look like", () => {
    const looks = [
      {}, { bold: true }, { italics: true }, { bold: false }, { strike: true }, { color: "FFFFFF", bold: true }, { size: 12, bold: true, color: "FFFFFF" },
      { font: "Courier New" }, { style: "Hyperlink", italics: true }, { bold: true, italics: true, strike: true, font: "Courier New", style: "Hyperlink", color: "595959", size: 16 },
    ];
    for (const look of looks) {
      expect(docxBody([new Paragraph({ children: [new TextRun({ text: SPANISH, ...look })] })])).toBe(paragraph({}, textRun(SPANISH, look)));
    }
    expect(docxBody([new Paragraph({ children: [new TextRun({ text: "1.1.1", bold: true }), new TextRun({ text: "INT-1.1", break: 1 }), new TextRun({ break: 1 }), new TextRun("")] })]))
      .toBe(paragraph({}, textRun("1.1.1", { bold: true }) + textRun("INT-1.1", {}, true) + LINE_BREAK + textRun("")));
  });

  it("writes a non-breaking hyphen as Word's own, as docx writes its NoBreakHyphen", () => {
    const children = ["groups/3", new NoBreakHyphen(), "detención", new NoBreakHyphen(), "alternativas.yaml"];
    expect(docxBody([new Paragraph({ children: [new TextRun({ children, bold: true })] })])).toBe(paragraph({}, textRun("groups/3\u2011detención\u2011alternativas.yaml", { bold: true })));
    expect(docxBody([new Paragraph({ children: [new TextRun({ children: [new NoBreakHyphen(), "a", new NoBreakHyphen()], break: 1 })] })])).toBe(paragraph({}, textRun("\u2011a\u2011", {}, true)));
    expect(noBreakHyphens("groups/1-intelligence.yaml")).toBe("groups/1\u2011intelligence.yaml");
  });

  it("writes paragraphs as docx writes them", () => {
    const cases: [Paragraph, string][] = [
      [new Paragraph({}), paragraph({})],
      [new Paragraph({ spacing: { before: 2800 } }), paragraph({ spacing: { before: 2800 } })],
      [new Paragraph({ spacing: { after: 0 } }), paragraph({ spacing: { after: 0 } })],
      [new Paragraph({ style: "Title", alignment: AlignmentType.CENTER, children: [new TextRun("T")] }), paragraph({ style: "Title", alignment: "center" }, textRun("T"))],
      [new Paragraph({ style: "TableText", alignment: AlignmentType.LEFT }), paragraph({ style: "TableText", alignment: "left" })],
      [new Paragraph({ keepNext: true, children: [new TextRun("k")] }), paragraph({ keepNext: true }, textRun("k"))],
      [new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 40 }, children: [new TextRun("b")] }), paragraph({ numbering: { id: 2, level: 0 }, spacing: { after: 40 } }, textRun("b"))],
      [new Paragraph({ style: "BlockText", numbering: { reference: "bullets", level: 1 } }), paragraph({ style: "BlockText", numbering: { id: 2, level: 1 } })],
      [new Paragraph({ indent: { left: 720 }, spacing: { after: 60 } }), paragraph({ indent: { left: 720 }, spacing: { after: 60 } })],
      [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A6A6A6", space: 1 } } }), paragraph({ bottomBorder: { color: "A6A6A6", size: 6, space: 1 } })],
      [new Paragraph({ style: "SourceCode", text: "  code <x>" }), paragraph({ style: "SourceCode" }, textRun("  code <x>"))],
      [new Paragraph({ children: [new PageBreak()] }), paragraph({}, PAGE_BREAK)],
      [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun("h")] }), paragraph({ style: "Heading3" }, textRun("h"))],
      [new Paragraph({ children: [new FootnoteReferenceRun(1)] }), paragraph({}, footnoteReference(1))],
    ];
    for (const [made, written] of cases) expect(docxBody([made])).toBe(written);
  });

  it("writes bookmarked headings and links as docx writes them", () => {
    const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: "_Toc1", children: [new TextRun("1.\u2002"), new TextRun("Año")] })] });
    expect(docxBody([heading])).toBe(paragraph({ style: "Heading1" }, bookmarked("_Toc1", 1, textRun("1.\u2002") + textRun("Año"))));
    const link = new Paragraph({ children: [new ExternalHyperlink({ link: "https://example.org/?a=1&b=ñ", children: [new TextRun({ text: "guía", style: "Hyperlink" })] })] });
    expect(sameLinkIds(docxBody([link]))).toBe(sameLinkIds(paragraph({}, hyperlink("rIdL1", textRun("guía", { style: "Hyperlink" })))));
  });

  it("writes tables as docx writes them: fixed widths, shaded and spanning cells, repeated headers", () => {
    const cellOf = (text: string, width: number, extra: object = {}) => new TableCell({
      width: { size: width, type: WidthType.DXA }, ...extra,
      children: [new Paragraph({ style: "TableText", alignment: AlignmentType.LEFT, children: [new TextRun(text)] })],
    });
    const made = new Table({
      width: { size: 3000, type: WidthType.DXA }, columnWidths: [1000, 2000], layout: TableLayoutType.FIXED, margins: { top: 30, bottom: 30, left: 70, right: 70 },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: [cellOf("Nº", 1000, { shading: { type: ShadingType.CLEAR, color: "auto", fill: "1F3864" } }), cellOf("Acción", 2000, { columnSpan: 1 })] }),
        new TableRow({ cantSplit: true, children: [cellOf("¿y?", 3000, { columnSpan: 2, shading: { type: ShadingType.CLEAR, color: "auto", fill: "DEEAF6" }, margins: { left: 0, right: 0 } })] }),
      ],
    });
    const text = (value: string) => paragraph({ style: "TableText", alignment: "left" }, textRun(value));
    const written = table([1000, 2000], [
      tableRow(tableCell({ width: 1000, fill: "1F3864" }, text("Nº")) + tableCell({ width: 2000, columnSpan: 1 }, text("Acción")), true),
      tableRow(tableCell({ width: 3000, columnSpan: 2, fill: "DEEAF6", tight: true }, text("¿y?"))),
    ].join(""));
    expect(docxBody([made])).toBe(written);
  });

  it("writes inline Markdown as the runs docx would be given for it", () => {
    const links = new Hyperlinks();
    const written = inlineRuns("**¿Dónde** _está_ ~~el~~ `niño`? [guía](https://example.org/a&b)", { color: "FFFFFF" }, links);
    const made = new Paragraph({
      children: [
        new TextRun({ text: "¿Dónde", color: "FFFFFF", bold: true }), new TextRun({ text: " ", color: "FFFFFF" }),
        new TextRun({ text: "está", color: "FFFFFF", italics: true }), new TextRun({ text: " ", color: "FFFFFF" }),
        new TextRun({ text: "el", color: "FFFFFF", strike: true }), new TextRun({ text: " ", color: "FFFFFF" }),
        new TextRun({ text: "niño", color: "FFFFFF", font: "Courier New" }), new TextRun({ text: "? ", color: "FFFFFF" }),
        new ExternalHyperlink({ link: "https://example.org/a&b", children: [new TextRun({ text: "guía", color: "FFFFFF", style: "Hyperlink" })] }),
      ],
    });
    expect(sameLinkIds(paragraph({}, written))).toBe(sameLinkIds(docxBody([made])));
    expect(links.targets).toEqual(["https://example.org/a&b"]);
    // Only a web or mail address, or a place in the draft, is a link: a group file's file: or \\server\share would have Word open a path or send credentials.
    for (const url of ["file:///C:/Windows/System32/calc.exe", "javascript:alert(1)", "\\\\10.0.0.1\\share\\x.docx", "//10.0.0.1/share"]) {
      expect(inlineRuns(`[guía](<${url}>)`, {}, links), url).toBe(textRun("guía"));
    }
    expect(links.targets).toEqual(["https://example.org/a&b"]);
    // A place in the draft is no address: a link to a heading there, or its text where there is none.
    const anchors = { target: (fragment: string) => (fragment === "metodología" ? "metodología" : undefined) };
    expect(inlineRuns("[correo](mailto:ts@crmsv.org) [anexo](#anexo-a) [método](#metodología) [web](http://crmsv.org)", {}, links, anchors))
      .toContain(`${textRun("anexo")}${textRun(" ")}<w:hyperlink w:history="1" w:anchor="metodología">`);
    expect(links.targets).toEqual(["https://example.org/a&b", "mailto:ts@crmsv.org", "http://crmsv.org"]);
    // Text with no Markdown marks is one run, quotes escaped; `&` and `<` make it Markdown, read as such: a tag shows nothing, as on GitHub.
    expect(inlineRuns(`¿"Año" 'niño'?`, {}, links)).toBe(textRun(`¿"Año" 'niño'?`));
    expect(inlineRuns("A & B <C>", {}, links)).toBe(textRun("A & B "));
    expect(inlineRuns("A & <límites> < 2", {}, links)).toBe(textRun("A & <límites> < 2"));
    // Runs of spaces and tabs (left at a folded YAML line's end, invisible) are one space, as Markdown shows them; code keeps its own.
    expect(inlineRuns("rutas y   finanzas\tilícitas", {}, links)).toBe(textRun("rutas y finanzas ilícitas"));
    expect(inlineRuns("las *rutas*  y   `a  b`", {}, links)).toBe(textRun("las ") + textRun("rutas", { italics: true }) + textRun(" y ") + textRun("a  b", { font: "Courier New" }));
    // `<br>`, a Markdown cell's line break, is a line break in Word too, not the text "<br>".
    expect(inlineRuns("para las<br>operaciones", {}, links)).toBe(textRun("para las") + LINE_BREAK + textRun("operaciones"));
    expect(plainInline("para las<br/>operaciones")).toBe("para las operaciones");
    // A line break in a cell's text (a title read from `a<br>b` in a matrix's cell) breaks the line in the cell, as the Markdown draft's cell does.
    const cellXml = cell(new DocxWriter(new StringSink()), "formato único\ncon acuse", 3000);
    expect(cellXml).toContain(textRun("formato único") + LINE_BREAK + textRun("con acuse"));
  });

  it("fills in the table of contents as docx does given its entries, its page numbers at the Letter page's margin", () => {
    for (const titles of [["Único"], ["Antecedentes", " ¿Por qué?", "\"Acción\" & 'resultados'", "Anexo A: Cobertura", " A.1 Acciones"]]) {
      const writer = new DocxWriter(new StringSink());
      writer.section("portrait");
      // A leading space marks a level-2 heading; chapters are not numbered, annexes and their sections are.
      const level = (title: string) => (title.startsWith(" ") ? 2 : 1);
      for (const title of titles) {
        if (title.startsWith("Anexo A")) writer.startAnnexes("Anexo");
        writer.heading(level(title), title.trim().replace(/^(Anexo A: |A\.1 )/, ""));
      }
      const lines = titles.map((title) => ({ title: title.trim().replace(/^(A\.1) /, "$1\u2002"), level: level(title) }));
      const pages = writer.pages.contentsPages(contentsLength(lines, writer.pages.headingPages));
      const entries = lines.map((line, i) => ({ ...line, href: `_Toc${i + 1}`, page: pages[i] }));
      const made = new TableOfContents("Contenido", { hyperlink: true, headingStyleRange: "1-2", cachedEntries: entries, beginDirty: false });
      // docx sets its tab stops for A4's text width (9025); the drafts are Letter (9360).
      const letter = docxBody([made]).replace(/<w:tabs>.*?<\/w:tabs>/g, '<w:tabs><w:tab w:val="right" w:pos="9360" w:leader="dot"/></w:tabs>');
      expect(letter).not.toBe(docxBody([made]));
      // A chapter's entry keeps with its first section's, which docx leaves to the TOC 1 style.
      let entry = -1;
      const kept = letter.replace(/<w:pStyle w:val="TOC\d"\/>/g, (style) => (++entry, lines[entry]!.level === 1 && lines[entry + 1]?.level === 2 ? `${style}<w:keepNext/>` : style));
      expect(entry).toBe(lines.length - 1);
      expect(writer.tableOfContents("Contenido")).toBe(kept);
    }
  });

  it("never leaves a theme's entry at the foot of a contents page, its sections' entries overleaf", () => {
    const section = { title: "Objectives", level: 2 };
    const theme = { title: "Theme 10: Assisted return, sustainable reintegration and psychosocial support for returnees", level: 1 };
    const sections = (count: number) => Array.from({ length: count }, () => section);
    // As many sections' entries as leave the first page room for the theme's, and no more.
    let count = 0;
    while (contentsPageOf([...sections(count + 1), theme], []).at(-1) === 1) count++;
    const entries = [...sections(count), theme, section];
    expect(contentsPageOf([...sections(count), theme], []).at(-1)).toBe(1);
    expect(contentsPageOf(entries, []).slice(-3)).toEqual([1, 2, 2]);
    expect(contentsLength(entries, [])).toBe(2);
    // Word and LibreOffice move it so: it keeps with the next entry.
    const xml = tableOfContents("Contents", entries.map((entry, i) => ({ ...entry, href: `_Toc${i}`, page: 52 })));
    const paragraphs = xml.split("<w:p>").slice(1);
    expect(paragraphs.map((p) => p.includes("<w:keepNext/>"))).toEqual([...sections(count).map(() => false), true, false]);
  });

  it("ends sections as docx does: in their last paragraph, or in an empty one after a table", () => {
    const sink = new StringSink();
    const writer = new DocxWriter(sink);
    const text = (value: string) => paragraph({ style: "TableText", alignment: "left" }, textRun(value));
    writer.section("portrait");
    writer.add(paragraph({ style: "Title" }, textRun("Portada")), 0);
    writer.section("landscape");
    writer.add(table([9360], tableRow(tableCell({ width: 9360 }, text("x")))), 0);
    writer.section("portrait");
    writer.section("portrait");
    writer.add(paragraph({}, textRun("Fin")), 0);
    writer.end();
    const page = (orientation: "portrait" | "landscape") => {
      const margin = orientation === "portrait" ? 1440 : 1080;
      return {
        size: { width: 12240, height: 15840, orientation },
        margin: { top: margin, bottom: margin, left: margin, right: margin, header: 500, footer: 500 },
      };
    };
    const cell = new TableCell({ width: { size: 9360, type: WidthType.DXA }, children: [new Paragraph({ style: "TableText", alignment: AlignmentType.LEFT, children: [new TextRun("x")] })] });
    const grid = new Table({
      width: { size: 9360, type: WidthType.DXA }, columnWidths: [9360], layout: TableLayoutType.FIXED, margins: { top: 30, bottom: 30, left: 70, right: 70 },
      rows: [new TableRow({ cantSplit: true, children: [cell] })],
    });
    const sections: ISectionOptions[] = [
      {
        properties: { titlePage: true, page: page("portrait") },
        headers: { default: new Header({ children: [] }) },
        footers: { default: new Footer({ children: [] }) },
        children: [new Paragraph({ style: "Title", children: [new TextRun("Portada")] })],
      },
      { properties: { titlePage: false, page: page("landscape") }, children: [grid] },
      { properties: { titlePage: false, page: page("portrait") }, children: [] },
      { properties: { titlePage: false, page: page("portrait") }, children: [new Paragraph({ children: [new TextRun("Fin")] })] },
    ];
    expect(sink.toString()).toBe(`${docxBody(sections)}</w:body></w:document>`);
  });
});

describe("the draft's XML as a whole", () => {
  let model: PlanModel;
  beforeAll(async () => {
    model = await shippedModel();
  });

  it("is well formed, special characters escaped and Spanish intact, in the body and the footnotes", async () => {
    const edited: PlanModel = structuredClone(model);
    const action = edited.themes[0]!.objectives[0]!.actions[0]!;
    action.title = { en: `Units for "A & B" <checks> 'now'\u0007`, es: `¿Unidades «A y B» para "niños" & <controles>? ¡Ya!` };
    action.notes = { en: "See [the guide](https://example.org/?a=1&b=2)", es: "Véase [la guía](https://example.org/?a=1&b=2&c=ñ)" };
    for (const lang of ["en", "es"] as const) {
      const docx = await renderDocx(edited, lang);
      const xml = readPart(docx, "word/document.xml")!;
      expect(notWellFormed(xml)).toBeUndefined();
      expect(notWellFormed(readPart(docx, "word/footnotes.xml")!)).toBeUndefined();
      expect(xml).not.toContain("\u0007");
      expect(readPart(docx, "word/_rels/document.xml.rels")).toContain("https://example.org/?a=1&amp;b=2");
    }
    expect(notWellFormed("<w:p><w:t>A & B</w:t></w:p>")).toMatch(/unescaped/);
    expect(notWellFormed("<w:p><w:r></w:p>")).toMatch(/closes nothing/);
    expect(notWellFormed("<w:t>a\u0001b</w:t>")).toMatch(/U\+0001/);
    const es = readPart(await renderDocx(edited, "es"), "word/document.xml")!;
    expect(es).toContain("¿Unidades «A y B» para &quot;niños&quot; ");
    expect(es).toContain("Detención administrativa y alternativas");
  });
});

describe("the package around it", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("computes zip's CRC-32, and that of two pieces joined from theirs", () => {
    expect(crc32(bytes("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    const [a, b] = [bytes("¿Dónde está el niño? ".repeat(97)), bytes("¡Año de acción! ".repeat(1031))];
    const whole = new Uint8Array([...a, ...b]);
    expect(crc32(b, crc32(a))).toBe(crc32(whole));
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(whole));
    expect(crc32Combine(crc32(a), crc32(new Uint8Array()), 0)).toBe(crc32(a));
  });

  it("compresses the body as it is written, the head put in front last, stored, whatever its length", () => {
    for (const n of [1, 8, 57, 119, 1200]) {
      const head = `<w:document><w:body>${"<w:p><w:r><w:t>Índice ñ</w:t></w:r></w:p>".repeat(n)}${"x".repeat(n * 13)}`;
      const pieces = Array.from({ length: n * 50 }, (_, i) => `<w:p><w:r><w:t>${i * 7919 % 1000} ¿acción? «${i}»</w:t></w:r></w:p>`);
      const sink = new DeflatingSink();
      for (const piece of pieces) sink.write(piece);
      const part = sink.end(head);
      const text = head + pieces.join("");
      const inflated = inflateSync(new Uint8Array(part.chunks.flatMap((chunk) => [...chunk])));
      expect(strFromU8(inflated)).toBe(text);
      expect(part.size).toBe(bytes(text).length);
      expect(part.crc).toBe(crc32(bytes(text)));
    }
  });

  it("dates every part with the plan's day in every time zone, and a year past 2107 at 2107", () => {
    const dosDates = (zipped: Uint8Array) => {
      const view = Buffer.from(zipped);
      const dates: string[] = [];
      // Each local file header (PK\3\4) holds its time at byte 10 and its date at byte 12.
      for (let at = view.indexOf("PK\x03\x04"); at >= 0; at = view.indexOf("PK\x03\x04", at + 4)) {
        const date = view.readUInt16LE(at + 12);
        dates.push(`${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${view.readUInt16LE(at + 10) >> 11}h`);
      }
      return dates;
    };
    const parts = new Map<string, ZipPart>([["[Content_Types].xml", "<Types/>"], ["word/document.xml", "<w:document/>"]]);
    const zone = process.env.TZ;
    try {
      // Samoa skipped 2011-12-30 to cross the date line: a local-time Date of that day is the 31st.
      for (const tz of ["UTC", "Pacific/Apia", "Pacific/Kiritimati", "America/St_Johns"]) {
        process.env.TZ = tz;
        expect(dosDates(zipPackage(parts, "2011-12-30")), tz).toEqual(["2011-12-30 12h", "2011-12-30 12h"]);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(dosDates(zipPackage(parts, "2108-03-01"))).toEqual(["2107-3-1 12h", "2107-3-1 12h"]);
    expect(dosDates(zipPackage(parts, "1975-06-15"))).toEqual(["1980-6-15 12h", "1980-6-15 12h"]);
  });

  it("zips parts as fflate's zipSync does, and a part compressed already beside them", () => {
    const mtime = new Date(2017, 8, 15, 12); // fflate's, in local time
    const date = { year: 2017, month: 9, day: 15, hour: 12 };
    const parts = new Map<string, string | Uint8Array>([["[Content_Types].xml", "<Types/>"], ["word/styles.xml", "<w:styles>ñ</w:styles>".repeat(50)], ["docProps/app.xml", bytes("<Properties/>")]]);
    const theirs = zipSync(Object.fromEntries([...parts].map(([name, data]) => [name, [typeof data === "string" ? strToU8(data) : data, { mtime, level: 6 }]])));
    expect(Buffer.from(zipParts(parts, date)).equals(Buffer.from(theirs))).toBe(true);
    const sink = new DeflatingSink();
    sink.write("<w:body>cuerpo</w:body></w:document>");
    const zipped = zipParts(new Map<string, ZipPart>([...parts, ["word/document.xml", sink.end("<w:document>")]]), date);
    expect(strFromU8(unzipSync(zipped)["word/document.xml"]!)).toBe("<w:document><w:body>cuerpo</w:body></w:document>");
  });
});

const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/**
 * The package as docx made it before the draft wrote its small parts itself: a Document with the
 * draft's properties, styles, lists, running header and footer, and the links the writer used,
 * the writer's footnotes put in before docx's closing tag. The draft's parts must be these, byte
 * for byte.
 */
async function docxPackage(view: DraftView, writer: DocxWriter, referenceDoc?: Uint8Array): Promise<Map<string, string>> {
  const { model, labels } = view;
  const title = view.text(model.title).replace(/[*_`]/g, "");
  const words = PAGE_LABELS[view.lang];
  const note = model.status === "draft" ? ` — ${labels.draft(model.draft).toUpperCase()} — ${words.forConsideration}` : "";
  const margin = PAGE.portrait.margin;
  const grey = { size: 16, color: "595959" };
  const document = new Document({
    title,
    description: model.status === "draft" ? labels.draft(model.draft) : "",
    creator: "rcm-plan",
    lastModifiedBy: "rcm-plan",
    ...(referenceDoc ? referenceStyles(referenceDoc) : { styles: withDefaultLanguage(DEFAULT_STYLES, DRAFT_LANGUAGE[view.lang]) }),
    numbering: NUMBERING,
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
          margin: { top: margin, bottom: margin, left: margin, right: margin, header: 500, footer: 500 },
        },
      },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${title}${note}`, ...grey })] })] }) },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ ...grey, children: [`${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES] })],
          })],
        }),
      },
      children: [],
    }],
  });
  for (const list of writer.lists) document.Numbering.createConcreteNumberingInstance(list.reference, list.instance);
  writer.links.targets.forEach((url, i) => document.Document.Relationships.addRelationship(`L${i + 1}`, HYPERLINK, url, "External"));
  writer.footnoteLinks.targets.forEach((url, i) => document.FootNotes.Relationships.addRelationship(`L${i + 1}`, HYPERLINK, url, "External"));
  const made = await documentParts(document, model.date);
  const parts = new Map([...made.keys()].map((name) => [name, partText(made, name)]));
  // docx keeps a reference document's styles as they are; the draft gives them its language.
  if (referenceDoc) parts.set("word/styles.xml", withLanguage(parts.get("word/styles.xml")!, DRAFT_LANGUAGE[view.lang]));
  // Nor does it write a reference document's theme as it was (referenceStyleParts takes it so).
  const theme = referenceDoc && readPart(referenceDoc, "word/theme/theme1.xml");
  if (theme) parts.set("word/theme/theme1.xml", theme);
  const footnotes = parts.get("word/footnotes.xml")!;
  const close = footnotes.lastIndexOf("</w:footnotes>");
  parts.set("word/footnotes.xml", footnotes.slice(0, close) + writer.footnotes.join("") + footnotes.slice(close));
  return parts;
}

/** A writer that has written `narrative` (Markdown files), with the lists, links and footnotes they hold. */
function narrativeWriter(narrative: readonly string[]): DocxWriter {
  const writer = new DocxWriter(new StringSink());
  writer.section("portrait");
  for (const markdown of narrative) writeNarrative(writer, markdown);
  writer.end();
  return writer;
}

/** DEFAULT_STYLES with `tag` as the language of the default run, as docx takes it. */
function withDefaultLanguage(styles: typeof DEFAULT_STYLES, tag: string): typeof DEFAULT_STYLES {
  const document = styles.default!.document!;
  return { ...styles, default: { ...styles.default, document: { ...document, run: { ...document.run, language: { value: tag } } } } };
}

/** Each part the draft writes for `view` and `writer` is the one docx writes, in docx's order. */
async function expectDocxParts(view: DraftView, writer: DocxWriter, styles: StyleParts = DEFAULT_STYLE_PARTS, referenceDoc?: Uint8Array): Promise<void> {
  const theirs = await docxPackage(view, writer, referenceDoc);
  const body = new DeflatingSink();
  body.write("</w:body></w:document>");
  const mine = draftPackage(view, writer, body.end(DOCUMENT_HEAD), styles);
  expect([...mine.keys()]).toEqual([...theirs.keys()]);
  for (const [name, xml] of theirs) {
    if (name !== "word/document.xml") expect(partText(mine, name), `${view.lang} ${name}`).toBe(xml);
  }
  const document = theirs.get("word/document.xml")!;
  expect(document.slice(0, document.indexOf("<w:body>") + "<w:body>".length)).toBe(DOCUMENT_HEAD);
  // The writer's first section names the header and footer by the ids docx gives them.
  expect(document).toContain(HEADER_FOOTER);
}

const RICH_NARRATIVE: Record<Lang, string> = {
  en: `# Notes & <limits>

Text with a note[^a] and another[^b]. See [the site](https://example.org/?x=1&y=<2>).

- a bullet with [a link](https://example.com/a)
  - a nested bullet
    1. nested and numbered
- a second bullet

1. one
2. two

Between the lists.

1. one again

[^a]: A note with [a link](https://example.net/fn?q=1&r=<2>) and **bold** "quotes" 'too'.
[^b]: A second note.

    With a second paragraph and [another link](https://example.net/b).
`,
  es: `# Notas «año» & <límites>

Texto con una nota.[^a] Véase [el sitio](https://example.org/?x=1&y=2&z=ñ).

1. uno
   - viñeta anidada
2. dos

- primera viñeta

[^a]: Una nota con [un enlace](https://example.net/nota?q=acción&r=<ñ>) y **negrita**.
`,
};

describe("the package's small parts, written as docx writes them", () => {
  let model: PlanModel;
  let edited: PlanModel;
  beforeAll(async () => {
    model = await shippedModel();
    edited = structuredClone(model);
    edited.title = { en: `Plan & <Tools> for "all" 'of us' *now*\u0007`, es: "Plan «año» & <herramientas> — ñandú `código` para \"todos\"" };
    edited.status = "final";
    edited.draft = 3;
    edited.date = "2024-02-29";
    delete edited.network;
  });

  it("keeps the default styles and theme as docx writes them for DEFAULT_STYLES (else: npm run build && npm run reference-docx)", async () => {
    const made = await defaultStyleParts();
    expect(DEFAULT_STYLE_PARTS.styles).toBe(made.styles);
    expect(DEFAULT_STYLE_PARTS.theme).toBe(made.theme);
  });

  it("with no lists, links or footnotes, in English and Spanish", async () => {
    for (const lang of ["en", "es"] as const) await expectDocxParts(makeView(model, lang), narrativeWriter([]));
  });

  it("with the shipped narrative's lists, links and footnote, in English and Spanish", async () => {
    for (const lang of ["en", "es"] as const) {
      const view = makeView(model, lang);
      const writer = narrativeWriter(model.narrative.flatMap((section) => view.narrative(section) ?? []));
      expect(writer.lists.length).toBeGreaterThan(0);
      expect(writer.links.targets.length).toBeGreaterThan(0);
      expect(writer.footnotes.length).toBeGreaterThan(0);
      await expectDocxParts(view, writer);
    }
  });

  it("for a final plan without a network, its title full of accents, quotes and & < >, with links in the footnotes", async () => {
    for (const lang of ["en", "es"] as const) {
      const writer = narrativeWriter([RICH_NARRATIVE[lang]]);
      expect(writer.footnoteLinks.targets.length).toBeGreaterThan(0);
      await expectDocxParts(makeView(edited, lang), writer);
      await expectDocxParts(makeView({ ...model, status: "draft", draft: 12 }, lang), writer);
    }
    expect(partText(draftPackage(makeView(edited, "en"), narrativeWriter([]), new DeflatingSink().end(""), DEFAULT_STYLE_PARTS), "docProps/core.xml"))
      .toContain("<dc:title>Plan &amp; &lt;Tools&gt; for &quot;all&quot; &apos;of us&apos; now</dc:title>");
  });

  it("in the styles of a reference document, merged by docx", async () => {
    const restyled = new Document({
      styles: { paragraphStyles: [{ id: "Heading1", name: "Heading 1", run: { font: "Georgia", size: 40, color: "8B0000" } }] },
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: "x" })] }],
    });
    const references = [new Uint8Array(readFileSync(path.join(REPO, "templates/reference.docx"))), new Uint8Array(await Packer.toBuffer(restyled))];
    for (const reference of references) {
      const writer = narrativeWriter([RICH_NARRATIVE.es]);
      await expectDocxParts(makeView(model, "es"), writer, await referenceStyleParts(reference), reference);
    }
  });
});
