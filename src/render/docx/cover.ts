/**
 * The first pages: the cover, the table of contents with its entries filled in, and the running
 * header and footer every later page inherits.
 */
import { formatDate } from "../labels.js";
import type { DraftView } from "../views/context.js";
import { textRuns } from "./fallbacks.js";
import { CHARTS, SHORT_DECLARATION, WORD, xmlns } from "./namespaces.js";
import { PAGE_LABELS } from "./page-labels.js";
import type { DocxWriter } from "./writer.js";
import { PAGE_BREAK, paragraph, runProperties, textRun, type RunLook } from "./xml.js";

/** Title, network, draft number, date, status and period, then the contents' title on a page of its own. */
export function writeCover(writer: DocxWriter, view: DraftView): void {
  const { model, labels, lang } = view;
  const meta = (text: string, look: { bold?: boolean; italics?: boolean } = {}) => paragraph({ style: "CoverMeta" }, writer.runs(text, look));
  writer.add([
    paragraph({ spacing: { before: 2800 } }),
    paragraph({ style: "Title", alignment: "center" }, writer.ownBookmark(textRuns(writer, view, model.title))),
    ...(model.network === undefined ? [] : [paragraph({ style: "CoverMeta" }, textRuns(writer, view, model.network))]),
    paragraph({ spacing: { before: 600 } }),
    ...(view.edition === undefined ? [] : [meta(view.edition, { bold: true })]),
    meta(formatDate(model.date, lang)),
    meta(`${labels.statusLabel}: ${labels.status[model.status]}`, { italics: true }),
    meta(`${labels.period}: ${model.period.start}–${model.period.end}`),
    paragraph({}, PAGE_BREAK),
  ], 0);
  writer.pages.pageBreak();
  writer.add(paragraph({ style: "TOCHeading" }, writer.ownBookmark(textRun(labels.contents))), 0);
}

/** The running header's and footer's small grey text. */
const RUNNING: RunLook = { size: 16, color: "595959" };

/** word/header1.xml: "Title — DRAFT 1 — for consideration by the RCM" on top of each page after the cover. */
export function pageHeader(view: DraftView): string {
  const note = view.edition === undefined ? "" : ` — ${view.edition.toUpperCase()} — ${PAGE_LABELS[view.lang].forConsideration}`;
  const text = paragraph({ alignment: "right" }, textRun(`${plainTitle(view)}${note}`, RUNNING));
  return `${SHORT_DECLARATION}<w:hdr ${xmlns([...WORD, ...CHARTS, "w16cid", "w16se"])}>${text}</w:hdr>`;
}

/** word/footer1.xml: "Page 3 of 41", centred. */
export function pageFooter(view: DraftView): string {
  const words = PAGE_LABELS[view.lang];
  const runs = textRun(`${words.page} `, RUNNING) + field("PAGE") + textRun(` ${words.of} `, RUNNING) + field("NUMPAGES");
  return `${SHORT_DECLARATION}<w:ftr ${xmlns(WORD)}>${paragraph({ alignment: "center" }, runs)}</w:ftr>`;
}

/** A field Word fills in (the page number, the number of pages), in the running text's look. */
function field(instruction: string): string {
  const run = (content: string) => `<w:r>${runProperties(RUNNING)}${content}</w:r>`;
  const mark = (type: string) => run(`<w:fldChar w:fldCharType="${type}"/>`);
  return mark("begin") + run(`<w:instrText xml:space="preserve">${instruction}</w:instrText>`) + mark("separate") + mark("end");
}

/** The title without its Markdown marks, for the page header's single run and the document's properties. */
export function plainTitle(view: DraftView): string {
  return view.text(view.model.title).replace(/[*_`]/g, "");
}
