/**
 * The first pages: the cover, the table of contents with its entries filled in, and the running
 * header and footer every later page inherits.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from "docx";
import { formatDate } from "../labels.js";
import type { DraftView } from "../views/context.js";
import { PAGE_LABELS } from "./page-labels.js";
import type { DocxWriter } from "./writer.js";
import { PAGE_BREAK, paragraph, textRun } from "./xml.js";

/** Title, network, draft number, date, status and period, then the contents' title on a page of its own. */
export function writeCover(writer: DocxWriter, view: DraftView): void {
  const { model, labels, lang } = view;
  const meta = (text: string, look: { bold?: boolean; italics?: boolean } = {}) => paragraph({ style: "CoverMeta" }, writer.runs(text, look));
  writer.add([
    paragraph({ spacing: { before: 2800 } }),
    paragraph({ style: "Title", alignment: "center" }, writer.runs(view.text(model.title))),
    ...(model.network === undefined ? [] : [meta(view.text(model.network))]),
    paragraph({ spacing: { before: 600 } }),
    meta(labels.draft(model.draft), { bold: true }),
    meta(formatDate(model.date, lang)),
    meta(`${labels.statusLabel}: ${labels.status[model.status]}`, { italics: true }),
    meta(`${labels.period}: ${model.period.start}–${model.period.end}`),
    paragraph({}, PAGE_BREAK),
  ], 0);
  writer.pages.pageBreak();
  writer.add(paragraph({ style: "TOCHeading" }, textRun(labels.contents)), 0);
}

/** "Title — DRAFT 1 — for consideration by the RCM" on top of each page after the cover. */
export function pageHeader(view: DraftView): Header {
  const { model, labels } = view;
  const note = model.status === "draft" ? ` — ${labels.draft(model.draft).toUpperCase()} — ${PAGE_LABELS[view.lang].forConsideration}` : "";
  return new Header({
    children: [new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: `${plainTitle(view)}${note}`, size: 16, color: "595959" })],
    })],
  });
}

/** "Page 3 of 41", centred. */
export function pageFooter(view: DraftView): Footer {
  const words = PAGE_LABELS[view.lang];
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ size: 16, color: "595959", children: [`${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES] })],
    })],
  });
}

/** The title without its Markdown marks, for the page header's single run. */
function plainTitle(view: DraftView): string {
  return view.text(view.model.title).replace(/[*_`]/g, "");
}
