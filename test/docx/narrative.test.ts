// The narrative files in the Word draft, as a reader sees them in Word: the text and list numbers
// as `plan textconv` reads them (docxText), and document.xml where the look is the point.
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanModel } from "../../src/model/plan-model.js";
import { renderDocx } from "../../src/render/docx/index.js";
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

describe("the narrative in the Word draft", () => {
  it("starts on a new page by its first paragraph, with no paragraph holding only a page break", async () => {
    // That paragraph, after contents that filled their page, went over onto a page of its own and left it empty.
    const pageBreaks = (xml: string) => xml.match(/<w:p><w:r><w:br w:type="page"\/><\/w:r><\/w:p>/g) ?? [];
    const heading = readPart(await draftOf("# Background\n\nText.\n"), "word/document.xml")!;
    expect(pageBreaks(heading)).toHaveLength(1); // the cover's, of a fixed height
    expect(heading).toMatch(/<\/w:sdt><w:p><w:pPr><w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/><\/w:pPr><w:bookmarkStart w:name="_Toc1" w:id="1"\/><w:r><w:t xml:space="preserve">Background</);
    // A file that opens with a list, or a table, starts the page with it.
    const list = readPart(await draftOf("1. First.\n2. Second.\n"), "word/document.xml")!;
    expect(list).toMatch(/<\/w:sdt><w:p><w:pPr><w:pStyle w:val="ListParagraph"\/><w:pageBreakBefore\/><w:numPr>/);
    const table = readPart(await draftOf("| A | B |\n|---|---|\n| 1 | 2 |\n"), "word/document.xml")!;
    expect(table).toContain("</w:sdt><w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p><w:tbl>");
    expect([list, table].flatMap(pageBreaks)).toHaveLength(2);
  });
});
