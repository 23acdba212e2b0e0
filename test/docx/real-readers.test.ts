// Real readers of the Word draft: pandoc reads it back, LibreOffice lays it out as PDF. These (and
// the pandoc test of the Markdown draft in test/build/markdown-readers.test.ts) are the only tests
// that may skip, and only where the program is not installed (.ci/run installs Debian's pandoc and
// libreoffice-writer-nogui), or, for the README's pictures, is another version than drew them.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import type { PlanModel } from "../../src/model/plan-model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { readPart } from "../../src/render/docx/package.js";
import { DRAWN_WITH, drawingVersions, drawPage, pageOf, PICTURES } from "../../scripts/readme-pages.mjs";
import { REPO } from "../helpers/run.js";
import { planModel, SHIPPED, shippedModel } from "./shipped-plan.js";

const installed = (command: string) => spawnSync(command, ["--version"], { encoding: "utf8" }).status === 0;
const hasPandoc = installed("pandoc");
const hasSoffice = installed("soffice");
// pdftotext (poppler-utils) knows -v, not --version.
const hasPdftotext = spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).status === 0;
if (!hasPandoc) console.warn("test/docx/real-readers: pandoc is not installed, so the pandoc read-back test is skipped (apt-get install pandoc)");
if (!hasSoffice) console.warn("test/docx/real-readers: soffice is not installed, so the LibreOffice PDF test is skipped (apt-get install libreoffice-writer-nogui)");
if (!hasPdftotext) console.warn("test/docx/real-readers: pdftotext is not installed, so the tests of LibreOffice's pages are skipped (apt-get install poppler-utils)");

// CI (.ci/run) installs every reader: there, one missing is a failure, not a dozen quiet skips.
describe.runIf(process.env.CI === "true")("the real readers, in CI", () => {
  it("are all installed: pandoc, LibreOffice's soffice and poppler's pdftotext", () => {
    expect({ pandoc: hasPandoc, soffice: hasSoffice, pdftotext: hasPdftotext }).toEqual({ pandoc: true, soffice: true, pdftotext: true });
  });
});

let model: PlanModel;
let dir: string;

/** Objectives enough to fill a theme's first page, as in a big plan: 21 left an objective's row at the foot of the page, 22 and 23 the matrix's heading. */
const OBJECTIVE_COUNTS = [21, 22, 23];

/**
 * The shipped plan with a narrative chapter more, of `sections` sections: one of one section made
 * contents of 37 entries that filled the second page to its foot, and (in either language) the
 * paragraph that broke the page after them went over onto a third page, left empty, while every
 * page number in the contents was one short. One of 22 sections makes contents of two pages.
 */
const CHAPTERS = { implementation: 1, sections: 22 } as const;

/** The drafts whose contents are held to LibreOffice's pages. */
const WITH_CONTENTS = ["plan.en", "plan.es", "implementation.en", "implementation.es", "sections.es", "one-theme.es"];

/** Every Word file the layout tests read: LibreOffice converts them in one run (each start costs ~10 s). */
const DOCX = [...WITH_CONTENTS, ...OBJECTIVE_COUNTS.map((count) => `big${count}`), "tall", "links.es"];

/** A narrative paragraph's links in the Spanish draft, to a theme, an annex and a section with accents (as the Markdown draft's anchors), and the headings they go to. */
const NARRATIVE_LINKS = [
  ["el tema", "#tema-1-inteligencia-e-investigación-recopilación-e-intercambio-de-datos", "Tema 1: Inteligencia e investigación"],
  ["el anexo", "#anexo-d-posibles-duplicados", "Anexo D: Posibles duplicados"],
  ["los artículos", "#a2-art%C3%ADculos-que-ninguna-acci%C3%B3n-atiende", "A.2 Artículos que ninguna acción atiende"],
] as const;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  model = await shippedModel();
  dir = mkdtempSync(path.join(tmpdir(), "rcm-readers-"));
  for (const lang of ["en", "es"] as const) writeFileSync(path.join(dir, `plan.${lang}.docx`), await renderDocx(model, lang));
  for (const name of ["implementation.en", "implementation.es", "sections.es"]) {
    const [chapter, lang] = name.split(".") as [keyof typeof CHAPTERS, "en" | "es"];
    writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(withChapter(model, CHAPTERS[chapter]), lang));
  }
  for (const count of OBJECTIVE_COUNTS) writeFileSync(path.join(dir, `big${count}.docx`), await renderDocx(withObjectives(model, count), "en"));
  writeFileSync(path.join(dir, "tall.docx"), await renderDocx(withTallResponsibility(model), "en"));
  writeFileSync(path.join(dir, "links.es.docx"), await renderDocx(withNarrativeLinks(model), "es"));
  writeFileSync(path.join(dir, "one-theme.es.docx"), await renderDocx(await oneThemePlan(dir), "es"));
});

describe("real readers of the Word draft", () => {
  it.skipIf(!hasPandoc)("pandoc reads back every action id and title, accents intact", () => {
    const actions = model.themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions));
    for (const lang of ["en", "es"] as const) {
      const read = spawnSync("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", path.join(dir, `plan.${lang}.docx`)], { encoding: "utf8" });
      expect(read.status, read.stderr).toBe(0);
      const missing = actions.filter((action) => {
        const title = typeof action.title === "string" ? action.title : action.title[lang]!;
        return !read.stdout.includes(action.id) || !read.stdout.includes(title);
      });
      expect(missing.map((action) => `${lang} ${action.id}`)).toEqual([]);
    }
  });

  it.skipIf(!hasSoffice)("LibreOffice converts it to PDF without error", () => {
    const run = convertToPdf();
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, "plan.es.pdf"))).toBe(true);
    const info = spawnSync("pdfinfo", [path.join(dir, "plan.es.pdf")], { encoding: "utf8" });
    if (info.status === 0) expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(20);
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("gives each contents entry the page LibreOffice puts its heading on, in English and Spanish, the contents one page or two", () => {
    expect(convertToPdf().status).toBe(0);
    for (const name of WITH_CONTENTS) {
      // pdftotext ends each page with a form feed; spaces are dropped, as a heading may wrap or its en space print as none.
      const pages = pdfPages(path.join(dir, `${name}.pdf`));
      let from = 2;
      const wrong = contentsEntries(readPart(readFileSync(path.join(dir, `${name}.docx`)), "word/document.xml")!).flatMap(({ title, page }) => {
        const found = pages.findIndex((text, i) => i >= from && text.includes(title.replace(/\s+/g, "")));
        if (found >= 0) from = found;
        return found + 1 === page ? [] : [`${name} ${title}: contents say ${page}, heading on ${found + 1}`];
      });
      expect(wrong).toEqual([]);
    }
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("leaves no page empty but for its running header and footer", () => {
    expect(convertToPdf().status).toBe(0);
    for (const name of WITH_CONTENTS) {
      const docx = readFileSync(path.join(dir, `${name}.docx`));
      const header = unescape(/<w:t xml:space="preserve">([^<]*)<\/w:t>/.exec(readPart(docx, "word/header1.xml")!)![1]!).replace(/\s+/g, "");
      const pages = pdfPages(path.join(dir, `${name}.pdf`)).slice(0, -1);
      const bare = pages.map((text) => text.replace(header, "").replace(/(?:Page|Página)\d+(?:of|de)\d+$/, ""));
      expect(bare.flatMap((text, i) => (text === "" ? [`${name} page ${i + 1}`] : []))).toEqual([]);
    }
  });
});

/**
 * The shipped plan with its fifth theme alone, from its files copied into `dir`: its Spanish
 * Annex D ("No se encontraron posibles duplicados") fitted under C.2, but the contents said it
 * was on the next page, its heading kept there with the three lines and a half of a table.
 */
async function oneThemePlan(dir: string): Promise<PlanModel> {
  const plan = path.join(dir, "one-theme");
  cpSync(SHIPPED, plan, { recursive: true, filter: (source) => !/[\\/](?:drafts|groups[\\/][1-4]-[^\\/]*)$/.test(source) });
  const manifest = YAML.parse(readFileSync(path.join(plan, "plan.yaml"), "utf8")) as { themes: { number: number }[] };
  manifest.themes = manifest.themes.filter((theme) => theme.number === 5);
  writeFileSync(path.join(plan, "plan.yaml"), YAML.stringify(manifest));
  // Its related actions in other themes are gone.
  const group = path.join(plan, "groups/5-prevention-assistance.md");
  writeFileSync(group, readFileSync(group, "utf8").replace(/^- \*\*Related:\*\*.*\n/gm, ""));
  const model = await planModel(plan);
  expect(model.themes.map((theme) => theme.number)).toEqual([5]);
  return model;
}

/** The shipped plan with a narrative paragraph more, of NARRATIVE_LINKS. */
function withNarrativeLinks(model: PlanModel): PlanModel {
  const links = NARRATIVE_LINKS.map(([text, anchor]) => `Véase [${text}](${anchor}).`).join(" ");
  return { ...model, narrative: [...model.narrative, { markdown: { es: links }, files: { es: "narrative/es/enlaces.md" } }] };
}

/** The shipped plan with a narrative chapter more, its sections headed in the draft's language. */
function withChapter(model: PlanModel, sections: number): PlanModel {
  const chapter = (title: string, section: (n: number) => string, text: string) =>
    `# ${title}\n\n${text}\n\n${Array.from({ length: sections }, (_, i) => `## ${section(i + 1)}\n\n${text}\n`).join("\n")}`;
  const markdown = {
    en: chapter("Implementation arrangements", (n) => (sections === 1 ? "Coordination structure" : `Coordination with the national focal points, part ${n}`), "Text."),
    es: chapter("Mecanismos de implementación", (n) => (sections === 1 ? "Estructura de coordinación" : `Coordinación con los puntos focales nacionales, parte ${n}`), "Texto."),
  };
  return { ...model, narrative: [...model.narrative, { markdown, files: { en: "narrative/en/04-implementation.md", es: "narrative/es/04-implementacion.md" } }] };
}

// Drawn by the same LibreOffice and pdftoppm (as CI installs them), the pages are the same bytes.
const drawnWith = JSON.parse(readFileSync(path.join(REPO, DRAWN_WITH), "utf8")) as Record<string, string>;
const sameDrawing = hasSoffice && hasPdftotext && JSON.stringify(drawingVersions()) === JSON.stringify(drawnWith);
if (hasSoffice && hasPdftotext && !sameDrawing) console.warn(`test/docx/real-readers: the README's pictures were drawn by ${Object.values(drawnWith).join(" and ")}; with other versions installed, they are not compared`);

describe("links inside the Word draft, as LibreOffice and pandoc follow them", () => {
  it.skipIf(!hasSoffice || !hasPdftotext || !hasPandoc)("go to the heading they name: an action's number to its details, a narrative's `#anchor` to a theme or an annex", () => {
    expect(convertToPdf().status).toBe(0);
    for (const [lang, action] of [["en", "Action"], ["es", "Acción"]] as const) {
      const pdf = path.join(dir, `plan.${lang}.pdf`);
      const pages = pdfPages(pdf);
      const numbers = pdfLinks(pdf).filter(({ text }) => /^\d+\.\d+\.\d+\(/.test(text));
      // The related actions and likely duplicates of the shipped plan, each on the page of its details' heading.
      expect(numbers.length, lang).toBeGreaterThan(30);
      expect(numbers.filter(({ text, target }) => !pages[target]!.includes(`${action}${text}:`)), lang).toEqual([]);
      // pandoc reads each as a link to the heading.
      const html = spawnSync("pandoc", ["-f", "docx", "-t", "html", "--wrap=none", path.join(dir, `plan.${lang}.docx`)], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
      const ids = new Set([...html.matchAll(/<h[1-6] id="([^"]+)"/g)].map(([, id]) => id));
      const hrefs = [...html.matchAll(/<a href="#([^"]+)">(\d+\.\d+\.\d+ \([^)]+\))<\/a>/g)];
      expect(hrefs.length, lang).toBe(numbers.length);
      expect(hrefs.filter(([, id]) => !ids.has(id)).map(([, id, text]) => `${text} -> ${id}`), lang).toEqual([]);
    }
    const pdf = path.join(dir, "links.es.pdf");
    const pages = pdfPages(pdf);
    const links = pdfLinks(pdf);
    const found = NARRATIVE_LINKS.map(([text, , heading]) => {
      // pdftotext keeps the full stop after the link with its last word.
      const link = links.find((candidate) => candidate.text.startsWith(text.replace(/\s+/g, "")));
      return link === undefined ? `${text}: no link` : pages[link.target]!.includes(heading.replace(/\s+/g, "")) ? "" : `${text}: page ${link.target + 1}`;
    });
    expect(found).toEqual(NARRATIVE_LINKS.map(() => ""));
  });
});

describe("the README's pictures of the Word draft", () => {
  it.skipIf(!sameDrawing)("are today's pages, as LibreOffice prints them (npm run docs:images draws them again)", () => {
    expect(convertToPdf().status).toBe(0);
    const pdf = path.join(dir, "plan.en.pdf");
    const stale = PICTURES.filter(({ file, heading }) => !drawPage(pdf, pageOf(pdf, heading)).equals(readFileSync(path.join(REPO, file))));
    expect(stale.map(({ file }) => `${file} is not the page of today's draft: run npm run docs:images`)).toEqual([]);
  });
});

describe("the action matrices as LibreOffice prints them", () => {
  it.skipIf(!hasSoffice || !hasPdftotext)("start each theme's matrix on the theme's first page, under its objectives, and carry it on with its header row", () => {
    expect(convertToPdf().status).toBe(0);
    for (const lang of ["en", "es"] as const) {
      const pages = pdfPages(path.join(dir, `plan.${lang}.pdf`));
      const [heading, theme, header] = lang === "en" ? ["Actionmatrix", "Theme", "No.ActionLead"] : ["Matrizdeacciones", "Tema", "N.ºAcciónResponsables"];
      // The contents list the headings too; a matrix's page is one that holds its header row.
      const matrixPages = pages.flatMap((text, i) => (text.includes(heading) && !text.includes(lang === "en" ? "Contents" : "Índice") ? [i] : []));
      expect(matrixPages).toHaveLength(model.themes.length);
      const wrong = model.themes.flatMap((each, t) => {
        const first = matrixPages[t]!;
        const opens = pages[first]!.includes(`${theme}${each.number}:`) ? [] : [`${lang} theme ${each.number}: its matrix is not on its first page`];
        // What does not fit goes on the next page, under the header row again; none goes further.
        const ids = each.objectives.flatMap((objective) => objective.actions.map((action) => action.id));
        const next = ids.filter((id) => !pages[first]!.includes(id));
        const lost = next.filter((id) => !pages[first + 1]!.includes(id));
        const headed = next.length === 0 || pages[first + 1]!.includes(header) ? [] : [`${lang} theme ${each.number}: no header row on page ${first + 2}`];
        return [...opens, ...(lost.length === 0 ? [] : [`${lang} theme ${each.number}: ${lost.join(", ")} past page ${first + 2}`]), ...headed];
      });
      expect(wrong).toEqual([]);
    }
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("break a timeframe after its dash, never inside a quarter ('Q4' over '2020')", () => {
    expect(convertToPdf().status).toBe(0);
    for (const [lang, quarter] of [["en", "Q"], ["es", "T"]] as const) {
      const text = spawnSync("pdftotext", ["-layout", path.join(dir, `plan.${lang}.pdf`), "-"], { encoding: "utf8" }).stdout;
      // In the layout's columns, a quarter cut from its year ends its cell's line: "Q1 2019 – Q4" and then the next column.
      expect(text.match(new RegExp(`– ${quarter}[1-4](?= {2,}|$)`, "gm")) ?? [], lang).toEqual([]);
      expect(text, lang).toMatch(new RegExp(`${quarter}1 2019 –`));
    }
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("never leave a matrix's heading, or an objective's row, at the foot of a page without the rows under it", async () => {
    expect(convertToPdf().status).toBe(0);
    const alone = OBJECTIVE_COUNTS.flatMap((count) => {
      const pages = pdfPages(path.join(dir, `big${count}.pdf`));
      const headed = pages.findIndex((text, i) => i > 1 && text.includes("Actionmatrix"));
      const heading = pages[headed]!.includes("INT-1.1") ? [] : [`${count}: the heading on page ${headed + 1} without the matrix`];
      // Each objective's first action is on the page of the objective's row.
      const rows = Array.from({ length: count }, (_, i) => i + 1).filter((n) => {
        const page = pages.findIndex((text, i) => i >= headed && text.includes(`Objective1.${n}:`));
        return !pages[page]!.includes(`INT-${n}.1`);
      });
      return [...heading, ...rows.map((n) => `${count}: objective 1.${n} without its first action`)];
    });
    expect(alone).toEqual([]);
  });
});

/** A big plan's first country is a partner in hundreds of actions: its row alone fills most of a page. */
function withTallResponsibility(model: PlanModel): PlanModel {
  const big: PlanModel = structuredClone(model);
  const first = big.annexes.responsibilities.find((row) => row.kind === "country")!;
  first.partners = Array.from({ length: 330 }, (_, i) => `${1 + (i % 9)}.${1 + (i % 7)}.${i}`);
  return big;
}

/** The shipped plan's first theme alone, with `count` copies of its first objective and its actions. */
function withObjectives(model: PlanModel, count: number): PlanModel {
  const big: PlanModel = structuredClone(model);
  const theme = big.themes[0]!;
  const first = theme.objectives[0]!;
  theme.objectives = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(first), id: `INT-O${i + 1}`, number: `1.${i + 1}`, description: undefined,
    actions: first.actions.map((action, j) => ({ ...structuredClone(action), id: `INT-${i + 1}.${j + 1}`, number: `1.${i + 1}.${j + 1}` })),
  }));
  big.themes = [theme];
  return big;
}

describe("an action's particulars as LibreOffice prints them", () => {
  it.skipIf(!hasSoffice || !hasPdftotext)("are on one page: each page that holds a table's first label holds its last", () => {
    expect(convertToPdf().status).toBe(0);
    for (const [lang, first, last] of [["en", "Objective", "Source"], ["es", "Objetivo", "Fuente"]] as const) {
      const bbox = spawnSync("pdftotext", ["-bbox", path.join(dir, `plan.${lang}.pdf`), "-"], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
      // The labels of the particulars are the words at the left of a portrait page's table.
      const labels = bbox.split("<page ").slice(1).map((page) => [...page.matchAll(/<word xMin="7[5-6]\.[\d]+"[^>]*>([^<]+)<\/word>/g)].map((match) => match[1]));
      const split = labels.flatMap((words, i) => {
        const count = (word: string) => words.filter((w) => w === word).length;
        return count(first) === count(last) ? [] : [`${lang} page ${i + 1}: ${count(first)} × ${first}, ${count(last)} × ${last}`];
      });
      expect(labels.flat().filter((word) => word === first).length).toBeGreaterThanOrEqual(actionCount());
      expect(split).toEqual([]);
    }
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("start on the page of their action's heading: no table heads a page with its heading left on the one before", () => {
    expect(convertToPdf().status).toBe(0);
    for (const [lang, first] of [["en", "Objective"], ["es", "Objetivo"]] as const) {
      const bbox = spawnSync("pdftotext", ["-bbox", path.join(dir, `plan.${lang}.pdf`), "-"], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
      const parted = bbox.split("<page ").slice(1).flatMap((page, i) => {
        const words = [...page.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g)];
        // An action's heading holds "(INT-1.2):"; its particulars' first label is at the left of the table.
        const headings = words.filter(([, , word]) => /^\([A-Z][A-Z0-9]*-\d+\.\d+\):$/.test(word!)).length;
        const tables = words.filter(([, x, word]) => word === first && Number(x) >= 75 && Number(x) < 77).length;
        return headings === tables ? [] : [`${lang} page ${i + 1}: ${headings} headings, ${tables} particulars`];
      });
      expect(parted).toEqual([]);
    }
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("never end a page with a monitoring table's header row, its rows all overleaf", () => {
    expect(convertToPdf().status).toBe(0);
    for (const [lang, header] of [["en", "IndicatorBaselineTargetMeansofverification"], ["es", "IndicadorLíneadebaseMetaMediosdeverificación"]] as const) {
      const pages = pdfPages(path.join(dir, `plan.${lang}.pdf`)).map((text) => text.replace(/(Page|Página)\d+(of|de)\d+$/, ""));
      expect(pages.some((text) => text.includes(header)), lang).toBe(true);
      expect(pages.flatMap((text, i) => (text.endsWith(header) ? [`${lang} page ${i + 1}`] : []))).toEqual([]);
    }
  });
});

describe("the last annexes as LibreOffice prints them", () => {
  it.skipIf(!hasSoffice || !hasPdftotext)("never leave the responsibilities' heading alone on a page above a country's row of nearly a page", () => {
    expect(convertToPdf().status).toBe(0);
    const pages = pdfPages(path.join(dir, "tall.pdf"));
    const page = pages.findLastIndex((text) => text.includes("AnnexC:Responsibilities"));
    expect(pages[page]).toContain("Belize3:");
  });

  it.skipIf(!hasSoffice || !hasPdftotext)("keep the sources on one page with their heading, in English and Spanish, each file's name whole, or its folder over the rest", () => {
    expect(convertToPdf().status).toBe(0);
    for (const [lang, heading] of [["en", "AnnexE:Sources"], ["es", "AnexoE:Fuentes"]] as const) {
      const pages = pdfPages(path.join(dir, `plan.${lang}.pdf`));
      // The Spanish draft's last page held the fifth group's row alone.
      const page = pages.findLastIndex((text) => text.includes(heading));
      // Its hyphens are Word's non-breaking hyphens: it had wrapped in its cell, `groups/1-` over `intelligence.yaml`.
      const away = model.groups.filter((group) => !pages[page]!.includes(group.file.slice(group.file.lastIndexOf("/") + 1)));
      expect(away.map((group) => group.file), `${lang} page ${page + 1}`).toEqual([]);
      // A name wider than the column: LibreOffice breaks no line after the folder's slash, before a digit, of itself, but mid-name.
      const lines = layoutLines(path.join(dir, `plan.${lang}.pdf`))[page]!;
      expect(lines.filter((line) => /groups\/\S/.test(line) && !model.groups.some((group) => line.includes(group.file))), lang).toEqual([]);
    }
  });
});

const actionCount = () => model.themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions)).length;

/** Each page's lines as pdftotext lays them out. */
function layoutLines(pdf: string): string[][] {
  return spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout.split("\f").map((page) => page.split("\n"));
}

/** Each page's text, its spaces dropped: pdftotext ends each page with a form feed. */
function pdfPages(pdf: string): string[] {
  return spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout.split("\f").map((page) => page.replace(/\s+/g, ""));
}

/**
 * The internal links of a PDF LibreOffice wrote: the 0-based page each is on and goes to, and the
 * text under it, spaces dropped. LibreOffice writes its link annotations as plain objects: a page's
 * /Annots name them, each with its /Rect and a /Dest whose first item is the page it goes to.
 */
function pdfLinks(pdf: string): { page: number; text: string; target: number }[] {
  const file = readFileSync(pdf, "latin1");
  const objects = new Map([...file.matchAll(/(\d+) 0 obj(.*?)endobj/gs)].map(([, id, body]) => [id!, body!]));
  const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map(([, id]) => id!);
  const kids = refs(/\/Type\/Pages.*?\/Kids\[(.*?)\]/s.exec([...objects.values()].find((body) => body.includes("/Type/Pages"))!)![1]!);
  const bbox = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout.split("<page ").slice(1);
  return kids.flatMap((kid, page) => {
    const annots = /\/Annots\[(.*?)\]/s.exec(objects.get(kid)!)?.[1];
    const height = Number(/height="([\d.]+)"/.exec(bbox[page]!)![1]);
    const words = [...bbox[page]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    return (annots === undefined ? [] : refs(annots)).flatMap((ref) => {
      const annot = objects.get(ref)!;
      const dest = /\/Dest\[(\d+) 0 R/.exec(annot)?.[1];
      if (dest === undefined) return [];
      // The words whose middle is in the rectangle, whose y counts from the page's foot, pdftotext's from its top.
      const [x0, y0, x1, y1] = /\/Rect\[([^\]]*)\]/.exec(annot)![1]!.trim().split(/\s+/).map(Number) as [number, number, number, number];
      const inside = words.filter(([, a, b, c, d]) => {
        const [x, y] = [(Number(a) + Number(c)) / 2, height - (Number(b) + Number(d)) / 2];
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
      });
      return [{ page, text: unescape(inside.map(([, , , , , word]) => word).join("")), target: kids.indexOf(dest) }];
    });
  });
}

let converted: ReturnType<typeof spawnSync> | undefined;

/** Every Word file of DOCX as PDF, beside it: LibreOffice runs once for the tests that read its layout. */
function convertToPdf(): ReturnType<typeof spawnSync> {
  // LibreOffice's profile goes in the test's folder, which afterAll removes.
  const profile = `file://${path.join(dir, "soffice-profile")}`;
  const docx = DOCX.map((name) => path.join(dir, `${name}.docx`));
  converted ??= spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...docx], { encoding: "utf8" });
  return converted;
}

/** The entries of the draft's table of contents: each heading's title and the page written beside it. */
function contentsEntries(xml: string): { title: string; page: number }[] {
  const entries = xml.matchAll(/<w:hyperlink w:history="1" w:anchor="_Toc\d+">.*?<w:t xml:space="default">([^<]*)<\/w:t><w:tab\/><w:t xml:space="default">(\d+)<\/w:t>/g);
  return [...entries].map(([, title, page]) => ({ title: unescape(title!), page: Number(page) }));
}

/** Text from XML: the five escapes undone. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
