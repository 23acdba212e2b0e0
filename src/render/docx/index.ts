/**
 * The Word draft: `plan build --format docx` loads this module only when it writes one, since docx,
 * fflate and remark together take a while to load.
 */
import { Document, PageOrientation } from "docx";
import type { PlanModel } from "../../model/plan-model.js";
import type { Lang } from "../../model/text.js";
import { makeView, type DraftView } from "../views/context.js";
import { writeAnnexes } from "./annexes.js";
import { pageFooter, pageHeader, writeCover } from "./cover.js";
import { DeflatingSink, StringSink } from "./deflated-xml.js";
import { writeNarrative } from "./narrative.js";
import { documentParts, partText, withWrittenParts, zipPackage } from "./package.js";
import { PAGE } from "./pages.js";
import { documentStyles, NUMBERING } from "./styles.js";
import { writeTheme } from "./themes.js";
import { DocxWriter, HEADER_FOOTER } from "./writer.js";

export interface DocxOptions {
  /** A .docx whose styles the draft takes, as pandoc's --reference-doc; the draft's own styles otherwise. */
  referenceDoc?: Uint8Array;
}

const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** The plan as a Word document in `lang`; the same model, language and reference give the same bytes. */
export async function renderDocx(model: PlanModel, lang: Lang, options: DocxOptions = {}): Promise<Uint8Array> {
  const view = makeView(model, lang);
  // The cover is kept as text: the contents go after it once every heading's page is known. The
  // rest is compressed as it is written.
  const cover = new StringSink();
  const body = new DeflatingSink();
  const writer = new DocxWriter(cover);
  writer.section("portrait");
  writeCover(writer, view);
  writer.divert(body);
  writeNarrativeSections(writer, view);
  for (const theme of model.themes) writeTheme(writer, view, theme);
  writeAnnexes(writer, view);
  writer.end();
  const document = packageDocument(view, writer, options);
  const parts = await documentParts(document);
  checkIds(document, writer, partText(parts, "word/document.xml"));
  const bodyHead = cover.toString() + writer.tableOfContents(view.labels.contents);
  return zipPackage(withWrittenParts(parts, { bodyHead, body, footnotes: writer.footnotes }), model.date);
}

/** Each narrative file in the draft's language, else the primary one, from a new page. */
function writeNarrativeSections(writer: DocxWriter, view: DraftView): void {
  view.model.narrative.forEach((section, index) => {
    const markdown = view.narrative(section);
    if (markdown === undefined) return;
    if (index === 0) writer.pageBreakBefore();
    writeNarrative(writer, markdown);
  });
}

/**
 * The docx document every part but the body and the footnotes comes from: the first section, with
 * the header and footer later sections inherit, the lists and the links the writer used.
 */
function packageDocument(view: DraftView, writer: DocxWriter, options: DocxOptions): Document {
  const { model } = view;
  const margin = PAGE.portrait.margin;
  const document = new Document({
    title: view.text(model.title).replace(/[*_`]/g, ""),
    description: view.labels.draft(model.draft),
    creator: "rcm-plan",
    lastModifiedBy: "rcm-plan",
    ...documentStyles(options.referenceDoc),
    numbering: NUMBERING,
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
          margin: { top: margin, bottom: margin, left: margin, right: margin, header: 500, footer: 500 },
        },
      },
      headers: { default: pageHeader(view) },
      footers: { default: pageFooter(view) },
      children: [],
    }],
  });
  for (const list of writer.lists) document.Numbering.createConcreteNumberingInstance(list.reference, list.instance);
  writer.links.targets.forEach((url, i) => document.Document.Relationships.addRelationship(`L${i + 1}`, HYPERLINK, url, "External"));
  writer.footnoteLinks.targets.forEach((url, i) => document.FootNotes.Relationships.addRelationship(`L${i + 1}`, HYPERLINK, url, "External"));
  return document;
}

/** The ids the writer wrote for the header, the footer and the lists must be those docx gave them. */
function checkIds(document: Document, writer: DocxWriter, skeleton: string): void {
  if (!skeleton.includes(HEADER_FOOTER)) throw new Error("docx gave the header and footer other relationship ids");
  writer.lists.forEach((list, i) => {
    const made = document.Numbering.ConcreteNumbering.find((n) => n.reference === list.reference && n.instance === list.instance);
    if (made?.numId !== writer.listId(list.reference, list.instance)) throw new Error(`docx numbered list ${list.reference} ${list.instance} other than list ${i}`);
  });
}
