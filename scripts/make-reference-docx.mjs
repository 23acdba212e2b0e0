// Writes templates/reference.docx: a Word document carrying the styles the DOCX draft uses by
// default (from dist/render/docx/styles.js, so the two never drift apart), with one paragraph in
// each, to open in Word, restyle, save, and pass to `plan build --reference-doc FILE`.
// usage: npm run build && node scripts/make-reference-docx.mjs [OUT]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, HeadingLevel, Paragraph, TextRun } from "docx";
import { documentParts, zipPackage } from "../dist/render/docx/package.js";
import { DEFAULT_STYLES, NUMBERING } from "../dist/render/docx/styles.js";

const out = process.argv[2] ?? fileURLToPath(new URL("../templates/reference.docx", import.meta.url));
const sample = (style, text) => new Paragraph({ style, children: [new TextRun(text)] });
const document = new Document({
  title: "rcm-plan reference document",
  creator: "rcm-plan",
  lastModifiedBy: "rcm-plan",
  styles: DEFAULT_STYLES,
  numbering: NUMBERING,
  sections: [{
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, text: "Title" }),
      sample("CoverMeta", "Cover Meta: network, draft, date, status"),
      sample("TOCHeading", "TOC Heading"),
      sample("TOC1", "toc 1"),
      sample("TOC2", "toc 2"),
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Heading 1" }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: "Heading 2" }),
      new Paragraph({ heading: HeadingLevel.HEADING_3, text: "Heading 3" }),
      new Paragraph("Normal: body text of the narrative and the action details."),
      sample("BlockText", "Block Text: a block quote."),
      sample("Label", "Label"),
      sample("TableText", "Table Text: the text of every table cell."),
      sample("Caption", "caption"),
      sample("FootnoteText", "footnote text"),
      sample("SourceCode", "Source Code"),
    ],
  }],
});
writeFileSync(out, zipPackage(await documentParts(document), "2017-09-15"));
console.log(`wrote ${out}`);
