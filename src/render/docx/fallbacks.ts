/**
 * Texts of the model a draft takes from another language, where a translation is missing (the
 * build warns of each), marked with that language: Word then checks their spelling and grammar,
 * and a screen reader reads them, in it. Unmarked, an English text in the Spanish draft was
 * Spanish to Word, every word underlined as misspelt. The Markdown draft has no such mark.
 */
import type { Text } from "../../model/text.js";
import type { DraftView } from "../views/context.js";
import { textParagraphs } from "../markdown/blocks.js";
import { plainInline } from "./inline.js";
import { DRAFT_LANGUAGE } from "./package.js";
import { cellMarkdown, type CellContent } from "./tables.js";
import type { DocxWriter, Runs } from "./writer.js";
import { paragraph, type RunLook } from "./xml.js";
import { linesOf } from "./pages.js";

/** `look` with the language `text` prints in, where it is a fallback. */
export function languageLook(view: DraftView, text: Text | undefined, look: RunLook = {}): RunLook {
  const lang = view.fallbackLanguage(text);
  return lang === undefined ? look : { ...look, lang: DRAFT_LANGUAGE[lang] };
}

/**
 * A block text of the model (a description, an output, notes) as the runs of each of its
 * paragraphs, with each one's text for its lines, marked where it is a fallback.
 */
export function paragraphRuns(writer: DocxWriter, view: DraftView, text: Text | undefined, look: RunLook = {}): { runs: string; plain: string }[] {
  const marked = languageLook(view, text, look);
  return textParagraphs(view.text(text)).map((markdown) => ({ runs: writer.runs(markdown, marked), plain: markdown }));
}

/** A block text of the model as paragraphs of the body (a description, a summary), each one of its. */
export function writeParagraphs(writer: DocxWriter, view: DraftView, text: Text | undefined): void {
  for (const { runs, plain } of paragraphRuns(writer, view, text)) writer.add(paragraph({}, runs), linesOf(plain, writer.pages.textWidth, 21) + 0.4);
}

/** A text of the model as runs, marked where it is a fallback. */
export function textRuns(writer: DocxWriter, view: DraftView, text: Text | undefined, look: RunLook = {}): string {
  return writer.runs(view.text(text), languageLook(view, text, look));
}

/**
 * A label and a text of the model as one line of runs (`Action 1.2.3: Title`), the text marked
 * where it is a fallback; the same single run as before where it is not.
 */
export function prefixedRuns(writer: DocxWriter, view: DraftView, prefix: string, text: Text | undefined, look: RunLook = {}): Runs {
  const value = view.text(text);
  const marked = languageLook(view, text, look);
  const whole = prefix + value;
  const xml = marked === look ? writer.runs(whole, look) : writer.runs(prefix, look) + writer.runs(value, marked);
  return { xml, plain: plainInline(whole) };
}

/**
 * A text of the model as a table cell's content, after `prefix` (a label): the Markdown as it is,
 * or where the text is a fallback, runs with it marked. `look` is the cell's own (bold, say).
 */
export function textCell(writer: DocxWriter, view: DraftView, text: Text | undefined, look: RunLook = {}, prefix = ""): CellContent {
  const value = view.text(text);
  const marked = languageLook(view, text, look);
  if (marked === look) return prefix + value;
  return { runs: (prefix === "" ? "" : writer.runs(cellMarkdown(prefix), look)) + writer.runs(cellMarkdown(value), marked) };
}
