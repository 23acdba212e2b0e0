// The narrative files in the Word draft, as a reader sees them in Word: the text and list numbers
// as `plan textconv` reads them (docxText), and document.xml where the look is the point.
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanModel } from "../../src/model/plan-model.js";
import { docxText } from "../../src/parse/docx-text.js";
import type { BlockContent, PhrasingContent, Root } from "mdast";
import { HeadingAnchors } from "../../src/render/docx/anchors.js";
import { StringSink } from "../../src/render/docx/deflated-xml.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { writeNarrative } from "../../src/render/docx/narrative.js";
import { DocxWriter } from "../../src/render/docx/writer.js";
import { readPart } from "../../src/render/docx/package.js";
import { shippedModel } from "./shipped-plan.js";

let model: PlanModel;

beforeAll(async () => {
  model = await shippedModel();
});

/** The English draft of the shipped plan with `markdown` as its only narrative file. */
async function draftOf(markdown: string): Promise<Uint8Array> {
  return renderDocx({ ...model, narrative: [{ markdown: { en: markdown }, files: { en: "narrative/en/x.md" } }] }, "en");
}

/** The narrative's lines of the draft's text, as `plan textconv` gives them: from after the contents to the first theme. */
async function narrativeLines(markdown: string): Promise<string[]> {
  const lines = docxText(await draftOf(markdown)).split("\n");
  const first = lines.indexOf("Annex E: Sources") + 1;
  return lines.slice(first, lines.findIndex((line, i) => i > first && line.startsWith("Theme 1: ")));
}

describe("the narrative in the Word draft", () => {
  it("starts on a new page by its first paragraph, with no paragraph holding only a page break", async () => {
    // That paragraph, after contents that filled their page, went over onto a page of its own and left it empty.
    const pageBreaks = (xml: string) => xml.match(/<w:p><w:r><w:br w:type="page"\/><\/w:r><\/w:p>/g) ?? [];
    const heading = readPart(await draftOf("# Background\n\nText.\n"), "word/document.xml")!;
    expect(pageBreaks(heading)).toHaveLength(1); // the cover's, of a fixed height
    expect(heading).toMatch(/<\/w:sdt><w:p><w:pPr><w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/><\/w:pPr><w:bookmarkStart w:name="_Toc1" w:id="3"\/><w:bookmarkStart w:name="background" w:id="4"\/><w:r><w:t xml:space="preserve">Background</);
    // A file that opens with a list, or a table, starts the page with it.
    const list = readPart(await draftOf("1. First.\n2. Second.\n"), "word/document.xml")!;
    expect(list).toMatch(/<\/w:sdt><w:p><w:pPr><w:pStyle w:val="ListParagraph"\/><w:pageBreakBefore\/><w:numPr>/);
    const table = readPart(await draftOf("| A | B |\n|---|---|\n| 1 | 2 |\n"), "word/document.xml")!;
    expect(table).toContain("</w:sdt><w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p><w:tbl>");
    expect([list, table].flatMap(pageBreaks)).toHaveLength(2);
  });

  it("numbers a list as it is written: from its first number, with its '.' or ')', at any depth", async () => {
    const markdown = "Steps:\n\n4. Fourth step.\n5. Fifth step.\n\nThen:\n\n7) Seventh\n8) Eighth\n\n- A bullet\n  1. one\n  2. two\n  3. three\n\n1. First\n\n   3. nested three\n   4. nested four\n";
    expect(await narrativeLines(markdown)).toEqual([
      "Steps:", "4. Fourth step.", "5. Fifth step.", "Then:", "7. Seventh", "8. Eighth",
      "- A bullet", "  1. one", "  2. two", "  3. three", "1. First", "  3. nested three", "  4. nested four",
    ]);
    // A nested list of 3. under a paragraph starts after a blank line, as CommonMark reads it. docxText writes
    // every number with a "."; Word takes its marks from numbering.xml, ")" for the second list.
    const numbering = readPart(await draftOf(markdown), "word/numbering.xml")!;
    expect(numbering).toContain('<w:lvlText w:val="%1)"/>');
    expect(numbering).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride>');
    expect(numbering).not.toContain("lowerLetter");
  });

  it("shows raw HTML as GitHub and pandoc do: its text, without its tags and comments", async () => {
    const markdown = [
      "<!-- note --> Some text.",
      '<div align="center">HTML block</div>',
      "Inline <span>html</span>, a <b>bold</b> word <!-- and a note --> and a<br>line break.",
      "<p>One</p><p>Two &amp; three&#33;</p>",
      "<script>alert(1)</script>",
      "A line that ends<br>\nand the next.",
    ].join("\n\n");
    expect(await narrativeLines(markdown)).toEqual(["Some text.", "HTML block", "Inline html, a bold word and a line break.", "One", "Two & three!", "A line that ends and the next."]);
    const xml = readPart(await draftOf(markdown), "word/document.xml")!;
    // No tag's text, and no space left doubled by one left out or at the start of the line after a break.
    expect(xml).toContain('<w:t xml:space="preserve"> word </w:t></w:r><w:r><w:t xml:space="preserve">and a</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">line break.</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">A line that ends</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">and the next.</w:t>');
    expect(xml).not.toMatch(/&lt;|alert\(/);
  });

  it("links a reference-style link to its definition's address: full, collapsed and shortcut, in the text and the footnotes", async () => {
    const markdown = [
      "See [the protocol][ref], the [collapsed][] one, the [shortcut] and [a path][path].[^n]",
      "> Quoted: [inside].",
      "[ref]: https://www.unodc.org/protocol",
      "[Collapsed]: https://example.org/collapsed",
      "[shortcut]: mailto:ts@crmsv.org",
      "[path]: file:///C:/plan.docx",
      "[^n]: A note on [the protocol][ref].",
      "- [inside]: https://example.org/inside",
    ].join("\n\n");
    const draft = await draftOf(markdown);
    const xml = readPart(draft, "word/document.xml")!;
    const linked = [...xml.matchAll(/<w:hyperlink w:history="1" r:id="(rIdL\d+)"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)</g)];
    const targets = new Map([...readPart(draft, "word/_rels/document.xml.rels")!.matchAll(/Id="(rIdL\d+)"[^>]*Target="([^"]*)"/g)].map(([, id, url]) => [id!, url!]));
    expect(linked.map(([, id, text]) => [text, targets.get(id!)])).toEqual([
      ["the protocol", "https://www.unodc.org/protocol"], ["collapsed", "https://example.org/collapsed"], ["shortcut", "mailto:ts@crmsv.org"], ["inside", "https://example.org/inside"],
    ]);
    // A file's address is no link Word follows: its text stays, plain.
    expect(await narrativeLines(markdown)).toContain("See the protocol, the collapsed one, the shortcut and a path.[^1]");
    expect(readPart(draft, "word/_rels/footnotes.xml.rels")).toContain('Target="https://www.unodc.org/protocol"');
  });

  it("links `#anchor` to the narrative heading the Markdown draft gives that anchor, and leaves a dead one as text", async () => {
    const markdown = [
      "# Methodology", "See [the method](#methodology), [the sources](#sources--data), [the second](#objectives-1), [the contents](#contents-1) and [nowhere](#nowhere).",
      "## Sources & data", "## Objectives", "## Objectives", "## Contents", "### Metodología", "[Accented](#metodolog%C3%ADa).",
    ].join("\n\n");
    const edited: PlanModel = { ...model, narrative: [{ markdown: { en: markdown }, files: { en: "narrative/en/x.md" } }], themes: structuredClone(model.themes) };
    edited.themes[0]!.objectives[0]!.actions[0]!.title = { en: "Apply [the method](#methodology)" };
    const xml = readPart(await renderDocx(edited, "en"), "word/document.xml")!;
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:name="([^_"][^"]*)"/g)].map(([, name]) => name);
    // The title ("work-plan-…") and the contents ("contents") hold the first anchors of the Markdown draft; the themes' come after.
    expect(bookmarks.slice(0, 8)).toEqual(["Title", "Contents", "methodology", "sources--data", "objectives", "objectives-1", "contents-1", "metodología"]);
    expect(bookmarks.slice(8, 10)).toEqual(["Theme_1", "Theme_1_Objectives"]);
    const links = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="([^_"][^"]*)"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)</g)];
    const targets = links.map(([, name, text]) => `${text} -> ${name}`);
    expect(targets.slice(0, 5)).toEqual(["the method -> methodology", "the sources -> sources--data", "the second -> objectives-1", "the contents -> contents-1", "Accented -> metodología"]);
    // The action's title, in the matrix, the details and the annexes (other links are actions' numbers).
    const method = targets.slice(5).filter((target) => !/^\d/.test(target));
    expect(method.length).toBeGreaterThan(1);
    expect(new Set(method)).toEqual(new Set(["the method -> methodology"]));
    // A dead anchor is no link, inside the draft or out of it.
    expect(xml).toContain('<w:t xml:space="preserve"> and </w:t></w:r><w:r><w:t xml:space="preserve">nowhere</w:t></w:r><w:r><w:t xml:space="preserve">.</w:t>');
    expect(readPart(await renderDocx(edited, "en"), "word/_rels/document.xml.rels")).not.toContain("#");
  });

  it("writes a footnote defined in a quote or a list item, and every block of a footnote: lists and tables too", async () => {
    const markdown = [
      "A claim.[^q] Another.[^l] A third.[^b]",
      "> Quoted.\n>\n> [^q]: Defined in the quote.",
      "- An item.\n\n  [^l]: Defined in the list.",
      "[^b]: A note with blocks:\n\n    1. first\n    2. second\n\n    | Year | Cases |\n    |---|--:|\n    | 2017 | 12 |",
    ].join("\n\n");
    const lines = await narrativeLines(markdown);
    expect(lines[0]).toBe("A claim.[^1] Another.[^2] A third.[^3]");
    const text = docxText(await draftOf(markdown));
    expect(text).toContain("\n[^1] Defined in the quote.\n[^2] Defined in the list.\n[^3] A note with blocks: 1. first 2. second Year | Cases 2017 | 12\n");
    // The number, then a space, as Word writes its own footnotes.
    const footnotes = readPart(await draftOf(markdown), "word/footnotes.xml")!;
    expect(footnotes).toContain('<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">Defined in the quote.</w:t>');
    expect(footnotes).toMatch(/<w:pStyle w:val="FootnoteText"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?first/);
    expect(footnotes).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">12</);
  });

  it("gives a note referred to twice a note at each reference, as pandoc does, not an empty second one", async () => {
    const markdown = "Text.[^rcm] Again.[^rcm]\n\n[^rcm]: The RCM was created in 1996.\n";
    expect((await narrativeLines(markdown))[0]).toBe("Text.[^1] Again.[^2]");
    expect(docxText(await draftOf(markdown))).toContain("\n[^1] The RCM was created in 1996.\n[^2] The RCM was created in 1996.\n");
  });

  it("drops a row's cells past the header's, as GFM and GitHub do (a pipe in a code span splits a cell)", async () => {
    expect(await narrativeLines("| Country | Cases | Rate |\n|---|---|---|\n| Costa Rica | `x|y` | 2 |\n")).toEqual(["Country | Cases | Rate", "Costa Rica | `x | y`"]);
  });

  it("sets a table's column right where its delimiter row says so, and centres one so marked", async () => {
    const xml = readPart(await draftOf("| Country | Cases | Trend |\n|---|--:|:-:|\n| Belize | 12 | up |\n"), "word/document.xml")!;
    const aligned = (text: string) => new RegExp(`<w:jc w:val="(\\w+)"/></w:pPr><w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">${text}<`).exec(xml)?.[1];
    expect(["Country", "Cases", "Trend", "Belize", "12", "up"].map(aligned)).toEqual(["left", "right", "center", "left", "right", "center"]);
  });

  it("gives a task list's items their boxes, done or not", async () => {
    expect(await narrativeLines("- [ ] Draft the terms\n- [x] Name the focal points\n- Plain item\n")).toEqual(["- \u2610 Draft the terms", "- \u2612 Name the focal points", "- Plain item"]);
  });

  it("gives a fourth level of heading, and deeper, Heading 4, out of the contents", async () => {
    const draft = await draftOf("# Chapter\n\n## Section\n\n### Part\n\n#### Point\n\nText.\n\n##### Detail\n\nMore.\n");
    const xml = readPart(draft, "word/document.xml")!;
    const style = (text: string) => new RegExp(`<w:pStyle w:val="(\\w+)"/>(?:(?!</w:p>).)*<w:t xml:space="preserve">${text}</w:t>`).exec(xml)?.[1];
    expect(["Chapter", "Section", "Part", "Point", "Detail"].map(style)).toEqual(["Heading1", "Heading2", "Heading3", "Heading4", "Heading4"]);
    expect(readPart(draft, "word/styles.xml")).toMatch(/w:styleId="Heading4">.*?<w:outlineLvl w:val="3"\/>.*?<\/w:style>/);
    const contents = docxText(draft).split("\n");
    expect(contents.slice(contents.indexOf("Contents") + 1, contents.indexOf("Contents") + 3)).toEqual(["Chapter", "Section"]);
    expect(contents.filter((line) => line === "Point")).toHaveLength(1);
  });

  it("writes marks, quotes and lists nested 20,000 deep without overflowing the stack: marks as they are, blocks past 50 as their text", () => {
    // `******x******` of 6,000 a side overflowed the renderer's recursion; remark reads it so, slowly: the tree is made here.
    const DEPTH = 20_000;
    const marked = (inner: PhrasingContent): PhrasingContent => {
      let node = inner;
      for (let i = 0; i < DEPTH; i++) node = i % 2 === 0 ? { type: "emphasis", children: [node] } : { type: "strong", children: [node] };
      return node;
    };
    let quoted: BlockContent = { type: "paragraph", children: [{ type: "text", value: "deep" }] };
    for (let i = 0; i < DEPTH; i++) quoted = i % 2 === 0 ? { type: "blockquote", children: [quoted] } : { type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, children: [quoted] }] };
    const root: Root = {
      type: "root",
      children: [
        { type: "heading", depth: 1, children: [marked({ type: "text", value: "Title" })] },
        { type: "paragraph", children: [marked({ type: "link", url: "#title", children: [{ type: "text", value: "x" }] })] },
        quoted,
      ],
    };
    const writer = new DocxWriter(new StringSink());
    writer.anchors = new HeadingAnchors([{ name: "Title", text: () => "Plan" }, { name: "Contents", text: () => "Contents" }], [root]);
    writer.section("portrait");
    const sink = new StringSink();
    writer.divert(sink);
    writeNarrative(writer, { text: "", root });
    writer.end();
    const xml = sink.toString();
    // Its anchor "title" is no bookmark's name: Word's names ignore case, and the draft's title is "Title".
    expect(xml).toContain('<w:bookmarkStart w:name="Heading_3" w:id="2"/><w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Title</w:t>');
    expect(xml).toContain('<w:hyperlink w:history="1" w:anchor="Heading_3"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">x</w:t></w:r></w:hyperlink>');
    expect(xml).toContain('<w:t xml:space="preserve">deep</w:t>');
  });
});
