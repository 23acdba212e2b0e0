import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanModel } from "../../src/model/plan-model.js";
import { docxText } from "../../src/parse/docx-text.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { readPart, withLanguage } from "../../src/render/docx/package.js";
import { escapeXml } from "../../src/render/docx/xml.js";
import { REPO, runPlan } from "../helpers/run.js";
import { SHIPPED, shippedModel } from "./shipped-plan.js";

let model: PlanModel;
let en: Uint8Array;
let es: Uint8Array;
const actions = () => model.themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions));
const titleIn = (lang: "en" | "es", text: PlanModel["title"]) => (typeof text === "string" ? text : text[lang]!);

beforeAll(async () => {
  model = await shippedModel();
  en = await renderDocx(model, "en");
  es = await renderDocx(model, "es");
});

describe("the Word draft of the shipped plan", () => {
  it("holds every action's id and title, in English and in Spanish with its accents", () => {
    for (const [lang, bytes] of [["en", en], ["es", es]] as const) {
      const text = docxText(bytes);
      const missing = actions().filter((action) => !text.includes(action.id) || !text.includes(titleIn(lang, action.title)));
      expect(missing.map((action) => `${lang} ${action.id}`)).toEqual([]);
    }
    expect(docxText(es).includes("Detención administrativa y alternativas")).toBe(true);
  });

  it("says in the timeline's legend how a plan period of over ten years is shown: shaded years, not the Markdown draft's ■", async () => {
    const long = { ...model, period: { start: 2019, end: 2035 } };
    for (const [lang, legend] of [
      ["en", "A dark cell is a year the action runs throughout; a light one names the quarters it runs in that year."],
      ["es", "Una celda oscura es un año completo de ejecución de la acción; una clara indica los trimestres en que se ejecuta ese año."],
    ] as const) {
      const text = docxText(await renderDocx(long, lang));
      expect(text).toContain(legend);
      // The Markdown draft's legend, for cells marked ■ that the Word draft shades instead.
      expect(text).not.toMatch(/■ (the whole year|todo el año)/);
    }
  });

  it("writes each year of a long period's timeline whole in its narrow column: without the cell's margins, and in 7 pt where narrower still", async () => {
    /** The header cell of year 2019, as the timeline writes it. */
    const yearCell = async (end: number) => {
      const xml = readPart(await renderDocx({ ...model, period: { start: 2019, end } }, "en"), "word/document.xml");
      return xml.match(/<w:tc>(?:(?!<\/w:tc>).)*?>2019<\/w:t>/s)![0].split("<w:tc>").pop()!;
    };
    // 17 years: the margins go, the table's own 9 pt stays.
    expect(await yearCell(2035)).toContain("<w:tcMar>");
    expect(await yearCell(2035)).not.toContain('<w:sz w:val="14"/>');
    // 24 years: narrower than the year's four digits in 9 pt.
    expect(await yearCell(2042)).toContain('<w:sz w:val="14"/>');
    // The shipped plan's seven years, by quarter, keep their margins.
    expect(await yearCell(model.period.end)).not.toContain("<w:tcMar>");
  });

  it("is the same bytes when built twice in one process", async () => {
    expect(Buffer.from(await renderDocx(model, "es")).equals(Buffer.from(es))).toBe(true);
  });

  it("is the same bytes in other time zones, built by bin/plan.js", () => {
    const built = ["Pacific/Kiritimati", "America/Guatemala"].map((tz) => {
      const out = mkdtempSync(path.join(tmpdir(), "rcm-docx-"));
      const run = spawnSync(process.execPath, [path.join(REPO, "bin/plan.js"), "build", SHIPPED, "--format", "docx", "--lang", "es", "--out", out], {
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      expect(run.stderr).not.toContain("internal error");
      return readFileSync(path.join(out, "rcm-smuggling.es.docx"));
    });
    expect(built[0]!.equals(built[1]!)).toBe(true);
    expect(built[0]!.equals(Buffer.from(es))).toBe(true);
  });

  it("dates the package from the plan, never from the clock", () => {
    expect(readPart(en, "docProps/core.xml")).toContain(`${model.date}T00:00:00Z`);
    expect(readPart(en, "docProps/core.xml")).toContain("Work Plan to Combat Migrant Smuggling");
  });

  it("has a filled-in contents field that Word need not update", () => {
    const xml = readPart(en, "word/document.xml")!;
    expect(xml.includes("TOC \\h \\o &quot;1-2&quot;")).toBe(true);
    expect(xml.includes('w:dirty="true"')).toBe(false);
    expect(readPart(en, "word/settings.xml")).not.toContain("updateFields");
    // Each entry's page after a tab; `plan textconv` leaves the pages out, so the entries are read here.
    const entry = (title: string) => new RegExp(`<w:t xml:space="default">${title}</w:t><w:tab/><w:t xml:space="default">(\\d+)</w:t>`).exec(xml)?.[1];
    expect(entry("Theme 1: Intelligence and Investigation: Data Collection and Exchange")).toMatch(/^\d+$/);
    // One space after an annex's colon, as in a sentence (an en space there read as two); an en space after a bare number.
    expect(entry("Annex B: Timeline")).toMatch(/^\d+$/);
    expect(entry("A\\.1\u2002Actions by compliance indicator")).toMatch(/^\d+$/);
    expect(xml).toContain('<w:t xml:space="preserve">Annex A: </w:t>');
    const contents = docxText(en).split("\n");
    // Chapters unnumbered, as in the Markdown draft: the plan's own numbers (1.2, 1.2.3) are the only ones before the annexes.
    const entries = contents.slice(contents.indexOf("Contents") + 1, contents.indexOf("Annex E: Sources") + 1);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries).toContain("Theme 1: Intelligence and Investigation: Data Collection and Exchange");
    expect(entries.filter((line) => /^\d/.test(line))).toEqual([]);
  });

  it("gives its headings their outline levels, which LibreOffice fills the contents and a PDF's bookmarks from", () => {
    // Without them LibreOffice, updating the fields, emptied the contents, and a PDF it exported had no bookmarks.
    const styles = readPart(en, "word/styles.xml")!;
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? "";
    const outlineLevel = (id: string) => /<w:outlineLvl w:val="(\d)"\/>/.exec(style(id))?.[1];
    expect(style("Normal")).not.toBe("");
    expect([outlineLevel("Heading1"), outlineLevel("Heading2"), outlineLevel("Heading3")]).toEqual(["0", "1", "2"]);
    expect(outlineLevel("Normal")).toBeUndefined();
  });

  it("puts each theme's matrix in a landscape section, its header row repeated and its rows unsplit", () => {
    const xml = readPart(en, "word/document.xml")!;
    // One landscape section per theme, and one for the timeline.
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(model.themes.length + 1);
    expect(xml.includes("<w:tblHeader/>")).toBe(true);
    expect(xml.includes("<w:cantSplit/>")).toBe(true);
  });

  it("starts a theme's matrix under its objectives where a third of the page or more is left, its group rows kept with their first action", () => {
    const xml = readPart(en, "word/document.xml")!;
    const headings = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/>(<w:pageBreakBefore\/>)?<\/w:pPr>(?:(?!<\/w:p>).)*?Action matrix/g)];
    // Themes 1, 2 and 5 have more than the rest of their first page holds, 3 and 4 fit there: none moves to a page of its own.
    expect(headings.map((match) => match[1] !== undefined)).toEqual([false, false, false, false, false]);
    // Objective rows in the matrices, theme rows in the timeline: cells across the table, shaded alike.
    const groupRows = [...xml.matchAll(/<w:gridSpan w:val="\d+"\/><w:shd w:fill="DEEAF6"[^>]*\/><\/w:tcPr><w:p><w:pPr>(.*?)<\/w:pPr>/g)].map((match) => match[1]!);
    expect(groupRows).toHaveLength(model.themes.length + model.themes.flatMap((theme) => theme.objectives).length);
    expect(groupRows.filter((props) => !props.includes("<w:keepNext/>"))).toEqual([]);
  });

  it("joins each quarter of a matrix's timeframe to its year, and the dash to the start, with no-break spaces", () => {
    for (const [bytes, text] of [[en, "Q1\u00a02019\u00a0– Q4\u00a02020"], [es, "T1\u00a02019\u00a0– T4\u00a02020"], [en, "2020\u00a0– 2025"]] as const) {
      expect(readPart(bytes, "word/document.xml")).toContain(`<w:t xml:space="preserve">${text}</w:t>`);
    }
  });

  it("writes a group file's name with Word's non-breaking hyphens, on a line of its own where it would not fit after the group's", () => {
    // Its hyphens as `<w:noBreakHyphen/>`: Annex E's column broke `groups/1-` over `intelligence.yaml`.
    const run = (text: string, breakBefore = false) => `<w:r>${breakBefore ? "<w:br/>" : ""}${text.split("-").map((part) => `<w:t xml:space="preserve">${part}</w:t>`).join("<w:noBreakHyphen/>")}</w:r>`;
    const xml = readPart(en, "word/document.xml")!;
    // In an action's source row: after a long group name, the file on the next line, the comma kept; after a short one, on the same line.
    expect(xml).toContain(run("Intelligence and Investigation: Data Collection and Exchange,") + "<w:r><w:br/></w:r>" + run("groups/1-intelligence.yaml"));
    expect(xml).toContain(run("Migration Solutions, groups/4-migration-solutions.yaml"));
    // In the likely-duplicates annex's narrow columns, always on its own line; in the sources annex, a cell of its own,
    // whole where it fits the column, else its folder over the rest (as wide as the whole name, the column left the working groups' names a word a line).
    expect(readPart(es, "word/document.xml")).toContain(run("Operaciones de campo: cooperación y respuesta policial y judicial,") + run("groups/2-field-operations.md", true));
    expect(xml).toContain(`</w:pPr>${run("groups/1-intelligence.yaml")}</w:p></w:tc>`);
    expect(xml).toContain(`</w:pPr>${run("groups/") + run("3-detention-alternatives.yaml", true)}</w:p></w:tc>`);
    // No file's name anywhere with a hyphen a line may break at.
    expect(xml.match(/groups\/[^<]*-/g)).toBeNull();
    // As text the rows read with their hyphens, a name broken after its folder as one: `plan textconv` shows a cell's other lines joined by a space.
    expect(docxText(en)).toContain("\nSource | Intelligence and Investigation: Data Collection and Exchange, groups/1-intelligence.yaml\n");
    expect(docxText(en)).toContain("\n3 | Administrative Detention and Alternatives | UNHCR Regional Protection Officer | Delegation of Costa Rica | groups/3-detention-alternatives.yaml | 8\n");
  });

  it("keeps each action's particulars on one page: every row but the last keeps with the next", () => {
    const xml = readPart(es, "word/document.xml")!;
    // The particulars' labels are the cells shaded EDF2F9; each table ends on its source.
    const labels = [...xml.matchAll(/<w:shd w:fill="EDF2F9"[^>]*\/><\/w:tcPr><w:p><w:pPr>(.*?)<\/w:pPr>.*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)];
    const loose = labels.filter(([, props, label]) => props!.includes("<w:keepNext/>") === (label === "Fuente"));
    expect(labels.filter(([, , label]) => label === "Fuente")).toHaveLength(actions().length);
    expect(loose.map(([, , label]) => label)).toEqual([]);
  });

  it("names the action whose monitoring indicators head a page, its heading and particulars on the page before", () => {
    for (const [lang, bytes, label, action] of [["en", en, "Monitoring indicators", "Action"], ["es", es, "Indicadores de seguimiento", "Acción"]] as const) {
      const xml = readPart(bytes, "word/document.xml")!;
      const labels = [...xml.matchAll(/<w:pStyle w:val="Label"\/>(<w:pageBreakBefore\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].filter((m) => m[2]!.startsWith(label));
      const wrong = labels.filter(({ 1: newPage, 2: text, index }) => {
        // The last action heading before the label: `Action 1.2.3 (INT-2.3): `.
        const heading = [...xml.slice(0, index).matchAll(new RegExp(`>${action} (\\d+\\.\\d+\\.\\d+ \\([A-Z]+-\\d+\\.\\d+\\)): `, "g"))].at(-1)?.[1];
        return text !== (newPage ? `${label} — ${action} ${heading}` : label);
      });
      expect(wrong.map((m) => m[2]), lang).toEqual([]);
      // The shipped plan's details have such pages: five in English, twelve in Spanish.
      expect(labels.filter((m) => m[1]).length, lang).toBe(lang === "en" ? 5 : 12);
    }
  });

  it("heads each page with the title and the draft's status, in the draft's language", () => {
    expect(readPart(en, "word/header1.xml")).toContain("Work Plan to Combat Migrant Smuggling — DRAFT 1 — for consideration by the RCM");
    expect(readPart(es, "word/header1.xml")).toContain("Plan de trabajo para combatir el tráfico ilícito de migrantes — BORRADOR 1 — para consideración de la CRM");
    expect(readPart(es, "word/footer1.xml")).toMatch(/Página.*PAGE.*de.*NUMPAGES/s);
  });

  it("turns the narrative's Markdown into Word: footnotes, lists, quotes, tables, links", () => {
    const xml = readPart(en, "word/document.xml")!;
    expect(readPart(en, "word/footnotes.xml")).toContain("The period of validity was left open");
    expect(xml.includes('<w:pStyle w:val="BlockText"/>')).toBe(true);
    expect(xml.includes("<w:numPr>")).toBe(true);
    expect(xml.includes("<w:hyperlink")).toBe(true);
    const text = docxText(en);
    expect(text.includes("Theme | Working group | What the group focused on")).toBe(true);
    expect(text.includes("**")).toBe(false);
  });

  it("leaves the narrative's comments out: plan init's notes to the drafter never reach the RCM", async () => {
    const note = "<!-- Why the plan is needed.\n     Add chapters in plan.yaml. -->";
    const commented: PlanModel = { ...model, narrative: [{ markdown: { en: `# Background\n\n${note}\n\nThe members agree.<!-- check --> <b>Kept.</b>\n` }, files: { en: "narrative/en/01-background.md" } }] };
    const text = docxText(await renderDocx(commented, "en"));
    expect(text).toContain("The members agree. Kept.");
    expect(text).not.toContain("<b>");
    expect(text).not.toContain("<!--");
    expect(text).not.toContain("Why the plan is needed");
  });
});

describe("inline Markdown in the plan's texts", () => {
  it("becomes bold, italic and linked runs in the matrix and the details", async () => {
    const edited: PlanModel = structuredClone(model);
    const action = edited.themes[0]!.objectives[0]!.actions[0]!;
    action.title = { en: "Set up **analysis units** with *care*, see [the guide](https://example.org/guide)" };
    const xml = readPart(await renderDocx(edited, "en"), "word/document.xml")!;
    expect(xml.includes("**analysis units**")).toBe(false);
    expect(/<w:b\/>(<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">analysis units<\/w:t>/.test(xml)).toBe(true);
    expect(/<w:i\/>(<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">care<\/w:t>/.test(xml)).toBe(true);
    expect(xml.match(/<w:hyperlink [^>]*r:id="rIdL\d+"/g)!.length).toBeGreaterThan(1);
  });
});

describe("the draft's language", () => {
  /** The language of the runs that set none, as Word reads it from styles.xml. */
  const defaultLanguage = (styles: string) => /<w:rPrDefault><w:rPr>.*?<w:lang w:val="([^"]+)"/.exec(styles)?.[1];

  it("is the one Word checks the spelling of each draft in: British English, Latin American Spanish", async () => {
    expect(defaultLanguage(readPart(await renderDocx(model, "en"), "word/styles.xml")!)).toBe("en-GB");
    expect(defaultLanguage(readPart(await renderDocx(model, "es"), "word/styles.xml")!)).toBe("es-419");
  });

  it("replaces a reference document's language, and keeps its East Asian and complex-script ones", async () => {
    const reference = new Document({
      styles: { default: { document: { run: { font: "Calibri", language: { value: "en-US", eastAsia: "zh-CN", bidirectional: "ar-SA" } } } } },
      sections: [{ children: [] }],
    });
    const styles = readPart(await renderDocx(model, "es", { referenceDoc: new Uint8Array(await Packer.toBuffer(reference)) }), "word/styles.xml")!;
    expect(styles.match(/<w:lang [^>]*\/>/g)).toEqual(['<w:lang w:val="es-419" w:eastAsia="zh-CN" w:bidi="ar-SA"/>']);
    expect(styles).toContain("Calibri");
  });

  it("marks a text the Spanish draft takes from English (a translation missing) as English, and nothing else", async () => {
    const partial = structuredClone(model);
    const theme = partial.themes[0]!;
    const objective = theme.objectives[0]!;
    const action = objective.actions[1]!;
    const english = (text: PlanModel["title"] | undefined) => (typeof text === "string" ? text : text?.en ?? "");
    const untranslated = [english(action.title), english(action.description), english(objective.title), english(action.indicators[0]!.target)];
    for (const text of [action.title, action.description, objective.title, action.indicators[0]!.target]) if (typeof text === "object") delete text.es;
    const narrative = partial.narrative[0]!;
    delete narrative.markdown.es;
    const xml = readPart(await renderDocx(partial, "es"), "word/document.xml")!;
    // A run's properties, found by its text.
    const runOf = (text: string) => new RegExp(`<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">${escapeXml(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</w:t></w:r>`).exec(xml)?.[1] ?? "";
    for (const text of untranslated) expect(runOf(text), text).toContain('<w:lang w:val="en-GB"/>');
    // The heading's Spanish label is a run of its own, in the draft's language; the title beside it, English.
    expect(xml).toContain(`<w:t xml:space="preserve">Acción ${action.number} (${action.id}): </w:t></w:r><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${untranslated[0]}</w:t>`);
    expect(runOf(`Objetivo ${objective.number}: `)).not.toContain("w:lang");
    expect(runOf(english(objective.actions[0]!.title))).toBe("");
    // The narrative section written in English only: its paragraphs marked English.
    const firstLine = english(narrative.markdown.en).split("\n").find((line) => /^[A-Z][a-z]/.test(line))!;
    expect(xml).toContain(`<w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${firstLine.slice(0, 20)}`);
    // The English draft, and the Spanish draft of a translated plan, mark no run.
    expect(readPart(await renderDocx(partial, "en"), "word/document.xml")).not.toContain("<w:lang ");
    expect(readPart(es, "word/document.xml")).not.toContain("<w:lang ");
  });

  it("reads a text's line break as a space in an action's list of indicators and related actions, as in its heading, fallback or not", async () => {
    const partial = structuredClone(model);
    const action = actions().find((candidate) => candidate.related.length > 0 && candidate.protocol.length > 0)!;
    const related = partial.themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions)).find((other) => other.id === action.related[0])!;
    const indicator = partial.reference.indicators.find((candidate) => candidate.id === action.protocol[0])!;
    related.title = { en: "Set up a regional\nanalysis unit" };
    indicator.statement = { en: "Each country has a unit\nthat analyses smuggling" };
    for (const lang of ["en", "es"] as const) {
      const xml = readPart(await renderDocx(partial, lang), "word/document.xml")!;
      // The action's details, from its heading to its particulars' end.
      const details = xml.slice(xml.indexOf(`${action.number} (${action.id}): `)).split("</w:tbl>")[0]!;
      // Each text one run, no <w:br/> in it: a fallback's had broken the Spanish draft's line.
      expect(details.match(/Each country has a unit[^<]*</g), lang).toEqual(["Each country has a unit that analyses smuggling<"]);
      expect(details.match(/>Set up a regional[^<]*</g), lang).toEqual([">Set up a regional analysis unit<"]);
      expect(xml, lang).toMatch(new RegExp(`\\(${related.id}\\): (</w:t>.*?<w:t xml:space="preserve">)?Set up a regional analysis unit<`));
    }
  });

  it("is added where a reference document sets no default run properties at all", () => {
    const head = '<?xml version="1.0"?><w:styles xmlns:w="x">';
    expect(withLanguage(`${head}<w:style w:styleId="Normal"/></w:styles>`, "es-419"))
      .toBe(`${head}<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="es-419"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId="Normal"/></w:styles>`);
    expect(withLanguage(`${head}<w:docDefaults><w:rPrDefault/><w:pPrDefault/></w:docDefaults></w:styles>`, "en-GB"))
      .toBe(`${head}<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults></w:styles>`);
    expect(withLanguage(`${head}<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`, "en-GB"))
      .toBe(`${head}<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/><w:lang w:val="en-GB"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`);
  });
});

describe("--reference-doc", () => {
  it("takes the styles of the reference document", async () => {
    const reference = new Document({
      styles: { default: { heading1: { run: { font: "Courier New", size: 40, color: "C00000" } } } },
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Heading" })] }],
    });
    const styles = readPart(await renderDocx(model, "en", { referenceDoc: new Uint8Array(await Packer.toBuffer(reference)) }), "word/styles.xml")!;
    const heading1 = styles.slice(styles.indexOf('w:styleId="Heading1"'), styles.indexOf("</w:style>", styles.indexOf('w:styleId="Heading1"')));
    expect(heading1).toContain("Courier New");
    expect(heading1).toContain("C00000");
    // The styles the draft names and the reference lacks are still defined.
    expect(styles).toContain('w:styleId="TableText"');
  });

  it("takes the styles of one saved without a theme, and keeps the draft's theme", async () => {
    const template = unzipSync(readFileSync(path.join(REPO, "templates/reference.docx")));
    const styles = template["word/styles.xml"]!;
    const draft = await renderDocx(model, "en", { referenceDoc: zipSync({ "word/styles.xml": styles }) });
    expect(readPart(draft, "word/theme/theme1.xml")).toBe(readPart(await renderDocx(model, "en"), "word/theme/theme1.xml"));
  });

  it("that cannot be read is said to be the document's fault (exit 2), not an internal error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-reference-"));
    const template = unzipSync(readFileSync(path.join(REPO, "templates/reference.docx")));
    const styles = strFromU8(template["word/styles.xml"]!);
    // A theme that is no XML, and styles whose root has an attribute without a value, which only docx's own reading of them had met, mid-build, as an internal error.
    const broken = { theme: { ...template, "word/theme/theme1.xml": strToU8("<not xml") }, styles: { ...template, "word/styles.xml": strToU8(styles.replace("<w:styles ", "<w:styles foo ")) } };
    for (const [part, files] of Object.entries(broken)) {
      writeFileSync(path.join(dir, "broken.docx"), zipSync(files));
      const result = await runPlan(["build", SHIPPED, "--reference-doc", "broken.docx", "--out", "drafts"], dir);
      expect(result, part).toMatchObject({ exitCode: 2, stdout: "" });
      expect(result.stderr, part).toMatch(/\nplan: the reference document broken\.docx cannot be read: Invalid XML: .*; save it from Word as a \.docx\n$/);
      expect(existsSync(path.join(dir, "drafts")), part).toBe(false);
    }
  });

  it("whose styles are damaged is said to be, naming the part (exit 2), rather than read as other styles or failing inside", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-reference-"));
    const template = unzipSync(readFileSync(path.join(REPO, "templates/reference.docx")));
    // Stored, a byte of a style's id changed: it unpacks without complaint, and only its checksum tells.
    const damaged = zipSync(template, { level: 0 });
    damaged[Buffer.from(damaged).indexOf('w:styleId="Heading1"') + 11] = 0x4a;
    writeFileSync(path.join(dir, "damaged.docx"), damaged);
    const result = await runPlan(["build", SHIPPED, "--reference-doc", "damaged.docx", "--out", "drafts"], dir);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toMatch(/\nplan: cannot read the reference document damaged\.docx: word\/styles\.xml is damaged: its checksum does not match; the file may be cut short or corrupted\n$/);
    expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  });

  it("is the default look when given templates/reference.docx: the same bytes, in both languages", async () => {
    const template = new Uint8Array(readFileSync(path.join(REPO, "templates/reference.docx")));
    for (const lang of ["en", "es"] as const) expect(await renderDocx(model, lang, { referenceDoc: template })).toEqual(await renderDocx(model, lang));
  });
});
