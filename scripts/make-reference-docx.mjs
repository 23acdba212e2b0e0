// Writes, from the draft's default styles (dist/render/docx/styles.js), the two things made of them
// with the docx package:
// - templates/reference.docx, a Word document carrying those styles, with one paragraph in each,
//   to open in Word, restyle, save, and pass to `plan build --reference-doc FILE`;
// - src/render/docx/default-style-parts.ts, the styles.xml and theme1.xml docx writes for them,
//   which the draft takes as they are so that it need not load docx.
// Run it after changing styles.ts, and build again: test/docx/raw-xml.test.ts fails until then.
// usage: npm run build && node scripts/make-reference-docx.mjs [OUT] && npm run build
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, HeadingLevel, Paragraph, TextRun } from "docx";
import { zipPackage } from "../dist/render/docx/package.js";
import { defaultStyleParts, documentParts } from "../dist/render/docx/reference-doc.js";
import { DEFAULT_STYLES, NUMBERING } from "../dist/render/docx/styles.js";

const root = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

const out = process.argv[2] ?? root("templates/reference.docx");
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
      new Paragraph({ heading: HeadingLevel.HEADING_4, text: "Heading 4: a narrative's fourth level and deeper" }),
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
const date = "2017-09-15";
writeFileSync(out, zipPackage(await documentParts(document, date), date));
console.log(`wrote ${out}`);

/** XML in single quotes where it can be, so that its own double quotes read as they are. */
const literal = (text) => (/['\\\n\r\u2028\u2029]/.test(text) ? JSON.stringify(text) : `'${text}'`);
/** A long XML string as a TypeScript expression, a line for each element that starts with `breaks`, so that a change reads as a diff. */
const lines = (xml, breaks) => `[\n${xml.split(breaks).filter((line) => line !== "").map((line) => `    ${literal(line)},`).join("\n")}\n  ].join("")`;
const { styles, theme } = await defaultStyleParts();
const source = `// Written by scripts/make-reference-docx.mjs from DEFAULT_STYLES (styles.ts): do not edit.
import type { StyleParts } from "./package.js";

/** word/styles.xml and word/theme/theme1.xml as docx 9 writes them for the draft's default styles. */
export const DEFAULT_STYLE_PARTS: StyleParts = {
  styles: ${lines(styles, /(?=<w:style |<w:docDefaults>)/)},
  theme: ${lines(theme, /(?=<a:(?:clrScheme|fontScheme|majorFont|minorFont|fmtScheme|fillStyleLst|lnStyleLst|effectStyleLst|bgFillStyleLst|objectDefaults|extraClrSchemeLst)\b)/)},
};
`;
const partsFile = root("src/render/docx/default-style-parts.ts");
writeFileSync(partsFile, source);
console.log(`wrote ${partsFile}`);
