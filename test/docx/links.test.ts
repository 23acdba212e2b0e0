// Links inside the Word draft, read from document.xml: an action's number links to its details as
// in the Markdown draft, a narrative's `#anchor` goes to the heading the Markdown draft gives that
// anchor, whichever chapter it heads, and every bookmark is one Word keeps.
import type { Nodes } from "mdast";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanModel } from "../../src/model/plan-model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { readPart } from "../../src/render/docx/package.js";
import { parseGfm } from "../../src/render/gfm.js";
import { Slugger } from "../../src/render/markdown/anchors.js";
import { renderMarkdownDraft } from "../../src/render/markdown/draft.js";
import { shippedModel } from "./shipped-plan.js";

const LANGS = ["en", "es"] as const;
const ACTION_WORD = { en: "Action", es: "Acción" };
/** The words of the draft's own bookmarks, in the draft's language: Word shows them in its list of bookmarks. */
const ANNEX_WORD = { en: "Annex", es: "Anexo" };

let model: PlanModel;
const xml = new Map<string, string>();

beforeAll(async () => {
  model = await shippedModel();
  for (const lang of LANGS) xml.set(lang, readPart(await renderDocx(model, lang), "word/document.xml")!);
});

interface Bookmark {
  name: string;
  id: string;
  /** The paragraph it starts in: its style and its text. */
  style: string | undefined;
  text: string;
}

const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every bookmark of document.xml, with its paragraph. */
function bookmarksOf(document: string): Bookmark[] {
  return [...document.matchAll(/<w:p>(.*?)<\/w:p>/gs)].flatMap(([, paragraph]) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph!)?.[1];
    const text = unescape([...paragraph!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join(""));
    return [...paragraph!.matchAll(/<w:bookmarkStart w:name="([^"]*)" w:id="(\d+)"\/>/g)].map(([, name, id]) => ({ name: unescape(name!), id: id!, style, text }));
  });
}

/** Every internal link of document.xml: the bookmark it goes to and its text. */
function linksOf(document: string): { anchor: string; text: string }[] {
  return [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]*)">(.*?)<\/w:hyperlink>/gs)].map(([, anchor, runs]) => ({
    anchor: unescape(anchor!),
    text: unescape([...runs!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join("")),
  }));
}

function textOf(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? node.children.map((child) => textOf(child as Nodes)).join("") : "";
}

/** The Markdown draft's headings as a reader reads them, each with its anchor. */
function markdownHeadings(model: PlanModel, lang: "en" | "es"): { text: string; anchor: string }[] {
  const tree = parseGfm([...renderMarkdownDraft(model, lang)].join(""));
  const slugger = new Slugger();
  const headings: { text: string; anchor: string }[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === "heading") {
      const text = textOf(node);
      headings.push({ text, anchor: slugger.slug(text) });
    } else if ("children" in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return headings;
}

const actions = () => model.themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions));

describe("links inside the Word draft", () => {
  it("links each related action's and likely duplicate's number, in the particulars and the annex, to a bookmark at that action's details heading", () => {
    const byId = new Map(actions().map((action) => [action.id, action]));
    const related = actions().reduce((sum, action) => sum + action.related.filter((id) => byId.has(id)).length, 0);
    const duplicates = model.annexes.duplicates.length;
    expect(related).toBeGreaterThan(10);
    expect(duplicates).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const document = xml.get(lang)!;
      const bookmarks = new Map(bookmarksOf(document).map((bookmark) => [bookmark.name, bookmark]));
      const numbered = linksOf(document).filter((link) => /^\d+\.\d+\.\d+ \(/.test(link.text));
      // Each of a pair's particulars names the other, and the annex's row names both.
      expect(numbered).toHaveLength(related + 4 * duplicates);
      const wrong = numbered.filter(({ anchor, text }) => {
        const heading = bookmarks.get(anchor);
        return heading?.style !== "Heading3" || !heading.text.startsWith(`${ACTION_WORD[lang]} ${text}: `);
      });
      expect(wrong).toEqual([]);
      // The particulars' link: the number, then the title as before.
      const first = byId.get(model.annexes.duplicates[0]!.first)!;
      const title = typeof first.title === "string" ? first.title : first.title[lang]!;
      expect(document).toContain(`<w:hyperlink w:history="1" w:anchor="${ACTION_WORD[lang]}_${first.number.replace(/\./g, "_")}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">${first.number} (${first.id})</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">${title}</w:t></w:r>`);
    }
  });

  it("links every action number of the themes' matrices and the annexes (by indicator, timeline, by country and organisation) to its details, as the Markdown draft does", () => {
    const byNumber = new Map(actions().map((action) => [action.number, action]));
    for (const lang of LANGS) {
      const document = xml.get(lang)!;
      const bookmarks = new Map(bookmarksOf(document).map((bookmark) => [bookmark.name, bookmark]));
      const annexes = document.slice(document.indexOf(`w:name="${ANNEX_WORD[lang]}_A"`), document.indexOf(`w:name="${ANNEX_WORD[lang]}_D"`));
      expect(annexes.length).toBeGreaterThan(0);
      const links = linksOf(annexes);
      // Each number links to the heading of the action with that number.
      const wrong = links.filter(({ anchor, text }) => !bookmarks.get(anchor)?.text.startsWith(`${ACTION_WORD[lang]} ${text} (${byNumber.get(text)?.id})`));
      expect(wrong).toEqual([]);
      // Every action serves an indicator and has a timeline row and a lead: each is linked at least three times.
      const counts = new Map<string, number>();
      for (const { text } of links) counts.set(text, (counts.get(text) ?? 0) + 1);
      expect(actions().filter((action) => (counts.get(action.number) ?? 0) < 3).map((action) => action.number)).toEqual([]);
      // Each theme's matrix links its actions' numbers too, each once.
      const matrices = linksOf(document.slice(0, document.indexOf(`w:name="${ANNEX_WORD[lang]}_A"`))).filter(({ text }) => byNumber.has(text));
      expect(matrices.map(({ text }) => text).sort()).toEqual([...byNumber.keys()].sort());
      expect(matrices.filter(({ anchor, text }) => !bookmarks.get(anchor)?.text.startsWith(`${ACTION_WORD[lang]} ${text} (`))).toEqual([]);
      // No number in an annex table's cells is left as plain text.
      const plain = [...annexes.replace(/<w:hyperlink .*?<\/w:hyperlink>/gs, "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t!).filter((t) => /\b\d+\.\d+\.\d+\b/.test(t));
      expect(plain).toEqual([]);
    }
  });

  it("takes a narrative's `#anchor` to the heading the Markdown draft gives it: the title, the contents, themes, actions and annexes, in English and in Spanish", async () => {
    for (const lang of LANGS) {
      const headings = markdownHeadings(model, lang);
      const fragments = headings.map(({ anchor }) => anchor);
      // An accented anchor as GitHub writes it in a link, too.
      const accented = headings.filter(({ anchor }) => /[^\x00-\x7f]/.test(anchor)).at(-1);
      if (lang === "es") fragments.push(encodeURI(accented!.anchor));
      const links = fragments.map((fragment, i) => `[L${i}](#${fragment})`).join(" ");
      const linked: PlanModel = { ...model, narrative: [...model.narrative, { markdown: { en: links, es: links }, files: { en: "narrative/en/links.md", es: "narrative/es/enlaces.md" } }] };
      // The paragraph of links adds no heading: the Markdown draft's anchors stay as they were.
      expect(markdownHeadings(linked, lang)).toEqual(headings);
      const document = readPart(await renderDocx(linked, lang), "word/document.xml")!;
      const bookmarks = new Map(bookmarksOf(document).map((bookmark) => [bookmark.name, bookmark]));
      const targets = new Map(linksOf(document).filter(({ text }) => /^L\d+$/.test(text)).map(({ text, anchor }) => [text, bookmarks.get(anchor)]));
      const expected = [...headings, ...(lang === "es" ? [accented!] : [])];
      // Both number the annexes' sections, Word with an en space after the number ("A.1\u2002…").
      const found = expected.map((_, i) => targets.get(`L${i}`)?.text.replace(/^([A-Z]\.\d+)\u2002/, "$1 "));
      expect(found).toEqual(expected.map(({ text }) => text));
      expect(headings.length).toBeGreaterThan(80);
      expect(headings.map(({ text }) => text)).toContain(lang === "en" ? "Theme 1: Intelligence and Investigation: Data Collection and Exchange" : "Anexo A: Cobertura del Protocolo");
    }
  });

  it("takes a link to a heading written over two lines (setext) to it, by the anchor the Markdown draft gives it", async () => {
    const markdown = "Two\nlines\n===\n\nSee [the heading](#two-lines).\n";
    const narrative = [{ markdown: { en: markdown }, files: { en: "narrative/en/x.md" } }];
    expect(markdownHeadings({ ...model, narrative }, "en").map(({ anchor }) => anchor)).toContain("two-lines");
    const document = readPart(await renderDocx({ ...model, narrative }, "en"), "word/document.xml")!;
    expect(linksOf(document)).toContainEqual({ anchor: "two-lines", text: "the heading" });
    expect(bookmarksOf(document).find(({ name }) => name === "two-lines")?.text).toBe("Two lines");
  });

  it("gives bookmarks names Word keeps (a letter first, 40 characters at most, no spaces), none twice in any case, with ids used once, and links only to them", () => {
    for (const lang of LANGS) {
      const document = xml.get(lang)!;
      const bookmarks = bookmarksOf(document);
      // The contents' own bookmarks are named as Word names them (_Toc1), hidden from its list.
      const own = bookmarks.filter(({ name }) => !/^_Toc\d+$/.test(name));
      expect(own.length).toBeGreaterThan(actions().length);
      expect(own.filter(({ name }) => !/^\p{L}[\p{L}\p{N}_-]{0,39}$/u.test(name))).toEqual([]);
      // Word's names ignore case.
      expect(new Set(bookmarks.map(({ name }) => name.toLowerCase())).size).toBe(bookmarks.length);
      expect(new Set(bookmarks.map(({ id }) => id)).size).toBe(bookmarks.length);
      const ends = [...document.matchAll(/<w:bookmarkEnd w:id="(\d+)"\/>/g)].map(([, id]) => id);
      expect(ends.sort()).toEqual(bookmarks.map(({ id }) => id).sort());
      const names = new Set(bookmarks.map(({ name }) => name));
      expect(linksOf(document).filter(({ anchor }) => !names.has(anchor))).toEqual([]);
      // Each action's details, by its number, whatever its title, in the draft's language.
      expect(own.filter(({ name }) => name.startsWith(`${ACTION_WORD[lang]}_`)).map(({ name }) => name)).toEqual(actions().map((action) => `${ACTION_WORD[lang]}_${action.number.replace(/\./g, "_")}`));
      const english = ["Title", "Contents", "Theme_1", "Theme_1_Objectives", "Theme_1_Matrix", "Theme_1_Actions", "Action_1_1_1", "Annex_A", "Annex_A_1"];
      const spanish = ["Título", "Índice", "Tema_1", "Tema_1_Objetivos", "Tema_1_Matriz", "Tema_1_Acciones", "Acción_1_1_1", "Anexo_A", "Anexo_A_1"];
      expect((lang === "en" ? english : spanish).filter((name) => !names.has(name)), lang).toEqual([]);
      expect((lang === "en" ? spanish : english).filter((name) => names.has(name)), lang).toEqual([]);
    }
  });
});
