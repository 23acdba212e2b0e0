/**
 * The text of a .docx, one paragraph or table row per line, for `git diff` on Word drafts
 * (`plan textconv`). Reads word/document.xml and the footnotes with fflate; no Word needed.
 */
import { strFromU8, unzipSync } from "fflate";

/** Thrown when the bytes are not a Word document. */
export class NotADocx extends Error {}

const TOKEN = /<(\/?)w:(tbl|tr|tc|p|t|tab|br|cr)\b([^>]*?)(\/?)>|<\/w:t>/g;

/** The document's body, then its footnotes, as lines of text. */
export function docxText(docx: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx, { filter: (file) => file.name === "word/document.xml" || file.name === "word/footnotes.xml" });
  } catch {
    throw new NotADocx("not a zip file");
  }
  const body = files["word/document.xml"];
  if (!body) throw new NotADocx("no word/document.xml in it");
  const lines = xmlLines(strFromU8(body));
  const notes = files["word/footnotes.xml"];
  // Footnotes 0 and -1 are Word's separators; the rest are the document's.
  const footnotes = notes ? strFromU8(notes).split(/<w:footnote\b/).slice(1).filter((note) => !/w:type="(?:separator|continuationSeparator)"/.test(note.slice(0, 200))) : [];
  footnotes.forEach((note, i) => lines.push(`[^${i + 1}] ${xmlLines(note).join(" ")}`));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** Paragraphs outside tables are lines; a table row is one line, its cells joined by " | ". */
function xmlLines(xml: string): string[] {
  const lines: string[] = [];
  let tables = 0;
  let paragraph = "";
  let cells: string[] = [];
  let cell: string[] = [];
  let textStart = -1;
  for (const match of xml.matchAll(TOKEN)) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole === "</w:t>") {
      if (textStart >= 0) paragraph += decode(xml.slice(textStart, match.index));
      textStart = -1;
    } else if (name === "t" && !closing) {
      textStart = selfClosing ? -1 : match.index! + whole.length;
    } else if (name === "tab" || name === "br" || name === "cr") {
      paragraph += " ";
    } else if (name === "p" && (closing || selfClosing)) {
      const text = paragraph.replace(/\s+/g, " ").trim();
      paragraph = "";
      if (tables > 0) cell.push(text);
      else if (text !== "") lines.push(text);
    } else if (name === "tbl") {
      tables += closing ? -1 : 1;
    } else if (name === "tc" && closing && tables === 1) {
      cells.push(cell.filter((text) => text !== "").join(" "));
      cell = [];
    } else if (name === "tr" && closing && tables === 1) {
      if (cells.some((text) => text !== "")) lines.push(cells.join(" | ").trimEnd());
      cells = [];
    }
  }
  return lines;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity.startsWith("#x") ? String.fromCodePoint(parseInt(entity.slice(2), 16)) : entity.startsWith("#") ? String.fromCodePoint(Number(entity.slice(1))) : ENTITIES[entity]!);
}
