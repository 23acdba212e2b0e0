/**
 * A narrative file's footnotes in Word: each begins with its number, as Word's own do, and the
 * file's `[^label]` references point to them by their ids.
 */
import type { PhrasingContent } from "mdast";
import { descendantsOf } from "./mdast-blocks.js";
import { paragraph, textRun } from "./xml.js";

/** The footnote's number, and a space between it and the text, as Word writes a footnote of its own. */
const FOOTNOTE_MARK = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${textRun(" ")}`;

/** A footnote's blocks with its number at the start of the first paragraph, or in one of its own before a table. */
export function withFootnoteMark(blocks: readonly string[]): string[] {
  const [first, ...rest] = blocks;
  if (first === undefined || !first.startsWith("<w:p")) return [paragraph({ style: "FootnoteText" }, FOOTNOTE_MARK), ...blocks];
  if (first.endsWith("/>")) return [first.replace(/\/>$/, `>${FOOTNOTE_MARK}</w:p>`), ...rest];
  const at = first.includes("</w:pPr>") ? first.indexOf("</w:pPr>") + "</w:pPr>".length : "<w:p>".length;
  return [first.slice(0, at) + FOOTNOTE_MARK + first.slice(at), ...rest];
}

/** The identifiers of the footnotes `nodes` refer to, in order. */
export function footnoteReferences(nodes: readonly PhrasingContent[]): string[] {
  return [...descendantsOf(nodes)].flatMap((node) => (node.type === "footnoteReference" ? [node.identifier] : []));
}
