/**
 * The text of a .docx, one paragraph or table row per line, for `git diff` on Word drafts
 * (`plan textconv`). Reads word/document.xml, the footnotes and the lists' numbering, each checked
 * against its checksum; no Word needed.
 */
import { strFromU8 } from "fflate";
import { entryBytes, readerOf, zipEntries } from "./zip-entries.js";
import { indicatorsLabelOverleaf, LABELS } from "../render/labels.js";

/** Thrown when the bytes are not a Word document. */
export class NotADocx extends Error {}

/** Thrown when a part the text is read from is damaged: its message names the part. */
export { DamagedPart } from "./zip-entries.js";

const TOKEN = /<(\/?)w:(tbl|tr|tc|p|t|tab|br|cr|noBreakHyphen|fldChar|instrText|footnoteReference|ilvl|numId)\b([^>]*?)(\/?)>|<\/w:t>/g;

/**
 * The most a part may unpack to. The 10,000-action draft's body is 131 MB; a part of a few MB
 * packed to a gigabyte (a "zip bomb" in a repository's history, which `git diff` would run
 * textconv on) would take seconds and gigabytes before failing, past V8's longest string.
 */
const MAX_PART_BYTES = 400 * 1024 * 1024;
const PARTS = ["word/document.xml", "word/footnotes.xml", "word/numbering.xml"];

/** The document's body, then its footnotes, as lines of text. */
export function docxText(docx: Uint8Array): string {
  const files = textParts(docx);
  const body = files.get("word/document.xml");
  if (!body) throw new NotADocx("no word/document.xml in it");
  const notes = files.get("word/footnotes.xml");
  // Footnotes 0 and -1 are Word's separators; the rest are the document's.
  const footnotes = notes ? strFromU8(notes).split(/<w:footnote\b/).slice(1).filter((note) => !/w:type="(?:separator|continuationSeparator)"/.test(note.slice(0, 200))) : [];
  // A footnote is called [^n] where it is referenced and listed as [^n] at the end, n counting from 1.
  const marks = new Map(footnotes.map((note, i) => [/^[^>]*\bw:id="(-?\d+)"/.exec(note)?.[1] ?? "", `[^${i + 1}]`]));
  const numbering = files.get("word/numbering.xml");
  const lists = new ListMarks(numbering ? strFromU8(numbering) : "");
  const lines = xmlLines(strFromU8(body), marks, lists);
  footnotes.forEach((note, i) => lines.push(`[^${i + 1}] ${xmlLines(note, marks, lists).join(" ")}`));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** The parts the text is read from, each checked against its checksum, by name. */
function textParts(docx: Uint8Array): Map<string, Uint8Array> {
  const readAt = readerOf(docx);
  const entries = zipEntries(readAt, docx.length);
  if (entries === undefined) throw new NotADocx("not a zip file");
  const wanted = entries.filter((entry) => PARTS.includes(entry.name));
  const tooLarge = wanted.find((entry) => entry.originalSize > MAX_PART_BYTES);
  if (tooLarge) throw new NotADocx(`${tooLarge.name} unpacks to ${(tooLarge.originalSize / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_PART_BYTES / 1024 / 1024} MB a draft's text is read from`);
  return new Map(wanted.map((entry) => [entry.name, entryBytes(readAt, entry)]));
}

/**
 * Paragraphs outside tables are lines; a table row is one line, its cells joined by " | ". An
 * empty cell stands for each column it spans, so the rows of a chart line up with its header.
 * A list's paragraph starts with its mark, as Word shows it: `- ` or its number, indented by level.
 */
function xmlLines(xml: string, footnotes: ReadonlyMap<string, string>, lists: ListMarks): string[] {
  const lines: string[] = [];
  let tables = 0;
  let paragraph = "";
  let list: { id?: string; level: number } = { level: 0 };
  const rows = new TableRows();
  let textStart = -1;
  const fields = new Fields();
  // Where a contents entry's page number starts: after its last tab.
  let pageAt = -1;
  for (const match of xml.matchAll(TOKEN)) {
    const [whole, closing, name, attributes, selfClosing] = match;
    if (whole === "</w:t>") {
      if (textStart >= 0) paragraph += decodeXmlText(xml.slice(textStart, match.index));
      textStart = -1;
    } else if (name === "t" && !closing) {
      textStart = selfClosing ? -1 : match.index! + whole.length;
    } else if (name === "noBreakHyphen" && !closing) {
      // Word's non-breaking hyphen (a file's name in the drafts) reads as the hyphen it prints.
      paragraph += "-";
    } else if (name === "footnoteReference") {
      paragraph += footnotes.get(/\bw:id="(-?\d+)"/.exec(attributes!)?.[1] ?? "") ?? "";
    } else if (name === "fldChar" || name === "instrText") {
      fields.read(name, attributes!, xml, match.index! + whole.length);
    } else if (name === "tab" || name === "br" || name === "cr") {
      if (name === "tab" && fields.inContents()) pageAt = paragraph.length;
      // A line broken after a folder's slash is a file's name too wide for its column (Annex E's
      // `groups/` over `3-detention-alternatives.yaml`): one name, as the Markdown draft writes it.
      if (name === "tab" || !paragraph.endsWith("/")) paragraph += " ";
    } else if (name === "ilvl" || name === "numId") {
      const value = /\bw:val="(\d+)"/.exec(attributes!)?.[1];
      if (name === "ilvl") list.level = Number(value ?? 0);
      else list.id = value;
    } else if (name === "p" && !closing && !selfClosing) {
      list = { level: 0 };
    } else if (name === "p" && (closing || selfClosing)) {
      const text = withoutPageNumber(paragraph, pageAt).replace(/\s+/g, " ").trim();
      paragraph = "";
      pageAt = -1;
      if (tables > 0) rows.paragraph(text);
      else if (text !== "") lines.push(`${list.id === undefined ? "" : lists.mark(list.id, list.level)}${withoutPageLabel(text)}`);
    } else if (name === "tbl") {
      tables += closing ? -1 : 1;
    } else if ((name === "tr" || name === "tc") && tables === 1) {
      const line = closing ? rows.close(name) : rows.open(name, xml, match.index! + whole.length);
      if (line !== undefined) lines.push(line);
    }
  }
  return lines;
}

/**
 * The fields open at a point of the document, by their instructions. The contents are a TOC
 * field: its entries' page numbers are layout, not text, and one page more or less before a
 * heading would change every entry after it in a diff.
 */
class Fields {
  private readonly open: string[] = [];

  /** A `w:fldChar` (begin, end) or a `w:instrText` whose content starts at `at`. */
  read(name: string, attributes: string, xml: string, at: number): void {
    if (name === "instrText") {
      const end = xml.indexOf("</w:instrText>", at);
      if (this.open.length > 0 && end >= 0) this.open[this.open.length - 1] += xml.slice(at, end);
    } else if (/w:fldCharType="begin"/.test(attributes)) this.open.push("");
    else if (/w:fldCharType="end"/.test(attributes)) this.open.pop();
  }

  /** Inside a table of contents (Word's entries hold PAGEREF fields of their own). */
  inContents(): boolean {
    return this.open.some((instruction) => /^\s*TOC\b/.test(instruction));
  }
}

/**
 * A label the Word draft words by the page it falls on (action-details.ts): "Monitoring indicators —
 * Action 3.1.2 (DET-1.2)" where the indicators' table starts a page, "Monitoring indicators" under
 * the action's heading. A page break more or less above it, an indicator added to another action,
 * would show in a diff as this action changed: read as the label alone, in either language.
 */
function withoutPageLabel(text: string): string {
  for (const labels of Object.values(LABELS)) if (text.startsWith(indicatorsLabelOverleaf(labels, ""))) return labels.monitoringIndicators;
  return text;
}

/** A contents entry's text without the page number after its last tab (at `pageAt`), if that is all there is. */
function withoutPageNumber(paragraph: string, pageAt: number): string {
  if (pageAt < 0 || !/^\s*(?:\d+|[ivxlcdm]+|[IVXLCDM]+)?\s*$/.test(paragraph.slice(pageAt))) return paragraph;
  return paragraph.slice(0, pageAt);
}

/**
 * The rows of a top-level table, a line each, cells joined by " | " (a nested table's text goes
 * into the cell that holds it).
 */
class TableRows {
  private cells: string[] = [];
  private cell: string[] = [];
  private look: CellLook = { span: 1, bar: false };
  private header = false;

  /** A `w:tr` or `w:tc` opening, its properties at `at`. */
  open(name: "tr" | "tc", xml: string, at: number): undefined {
    if (name === "tr") this.header = properties(xml, at, "trPr").includes("<w:tblHeader");
    else this.look = cellLook(xml, at);
  }

  paragraph(text: string): void {
    this.cell.push(text);
  }

  /** A `w:tr` or `w:tc` closing: the row's line when a row with any text ends. */
  close(name: "tr" | "tc"): string | undefined {
    if (name === "tc") {
      const text = this.cell.filter((part) => part !== "").join(" ");
      const { span, bar } = this.look;
      this.cells.push(...(text === "" ? Array<string>(span).fill(bar && !this.header ? "■" : "") : [text]));
      this.cell = [];
      return undefined;
    }
    const line = this.cells.some((text) => text !== "") ? this.cells.join(" | ").trimEnd() : undefined;
    this.cells = [];
    return line;
  }
}

interface CellLook {
  /** How many grid columns the cell spans. */
  span: number;
  /** Shaded dark: in a body row with no text, a bar of a chart (the timeline's quarters). */
  bar: boolean;
}

/** A cell's span and shading, read from the properties that open it at `at`. */
function cellLook(xml: string, at: number): CellLook {
  const tcPr = properties(xml, at, "tcPr");
  const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tcPr)?.[1] ?? 1);
  const fill = /<w:shd\b[^>]*\bw:fill="([0-9A-Fa-f]{6})"/.exec(tcPr)?.[1];
  return { span: Math.max(1, Math.min(span, 64)), bar: fill !== undefined && luma(fill) < 0.5 };
}

/** The properties element (`w:tcPr`, `w:trPr`) that opens an element's content at `at`, or "". */
function properties(xml: string, at: number, name: string): string {
  if (!xml.startsWith(`<w:${name}>`, at)) return "";
  const end = xml.indexOf(`</w:${name}>`, at);
  return end < 0 ? "" : xml.slice(at, end);
}

/** A colour's lightness, 0 for black to 1 for white (ITU-R BT.601 weights). */
function luma(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its entity and character references resolved. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity.startsWith("#x") ? String.fromCodePoint(parseInt(entity.slice(2), 16)) : entity.startsWith("#") ? String.fromCodePoint(Number(entity.slice(1))) : ENTITIES[entity]!);
}

/**
 * The marks of a document's lists, from word/numbering.xml, counted as Word counts them: by the
 * list definition (`w:abstractNum`) its `w:num`s share, a level starting again under each item above
 * it, and where a `w:num` first used says to start again (`w:startOverride`; the drafts give each
 * numbered list its own, and LibreOffice numbers a list's later items through another `w:num`).
 */
class ListMarks {
  /** Each level's number format (`decimal`, `bullet`, …) and first number, by w:abstractNumId. */
  private readonly definitions = new Map<string, { format: string; start: number }[]>();
  /** Each w:numId's definition, and the levels it starts again, with their first numbers. */
  private readonly nums = new Map<string, { definition: string; restarts: [number, number][] }>();
  private readonly counts = new Map<string, number[]>();
  private readonly used = new Set<string>();

  constructor(numbering: string) {
    for (const [, id, body] of numbering.matchAll(/<w:abstractNum\b[^>]*\bw:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
      const levels: { format: string; start: number }[] = [];
      for (const [, level, inner] of body!.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
        levels[Number(level)] = { format: /<w:numFmt w:val="(\w+)"/.exec(inner!)?.[1] ?? "decimal", start: Number(/<w:start w:val="(\d+)"/.exec(inner!)?.[1] ?? 1) };
      }
      this.definitions.set(id!, levels);
    }
    for (const [, id, body] of numbering.matchAll(/<w:num\b[^>]*\bw:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
      const definition = /<w:abstractNumId w:val="(\d+)"/.exec(body!)?.[1] ?? `num ${id}`;
      const restarts = [...body!.matchAll(/<w:lvlOverride w:ilvl="(\d+)">\s*<w:startOverride w:val="(\d+)"/g)].map(([, level, start]) => [Number(level), Number(start)] as [number, number]);
      this.nums.set(id!, { definition, restarts });
    }
  }

  /** The mark of the next item of list `id` at `level`; none for numId 0, which ends a list. */
  mark(id: string, level: number): string {
    if (id === "0") return "";
    const num = this.nums.get(id) ?? { definition: `num ${id}`, restarts: [] };
    const levels = this.definitions.get(num.definition) ?? [];
    const counts = this.counts.get(num.definition) ?? [];
    if (!this.used.has(id)) {
      this.used.add(id);
      for (const [restarted, start] of num.restarts) counts[restarted] = start - 1;
    }
    counts[level] = (counts[level] ?? (levels[level]?.start ?? 1) - 1) + 1;
    counts.length = level + 1;
    this.counts.set(num.definition, counts);
    const format = levels[level]?.format ?? "bullet";
    return `${"  ".repeat(level)}${format === "bullet" || format === "none" ? "-" : `${numberIn(format, counts[level]!)}.`} `;
  }
}

/** `n` as a list's number format writes it: 3, c, C, iii, III. */
function numberIn(format: string, n: number): string {
  if (format === "lowerLetter" || format === "upperLetter") {
    const letters = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
    return format === "upperLetter" ? letters.toUpperCase() : letters;
  }
  if (format === "lowerRoman" || format === "upperRoman") {
    let roman = "";
    let rest = n;
    for (const [value, digits] of [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]] as const) {
      for (; rest >= value; rest -= value) roman += digits;
    }
    return format === "upperRoman" ? roman.toUpperCase() : roman;
  }
  return String(n);
}
