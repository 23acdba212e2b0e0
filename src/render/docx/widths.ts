/**
 * How wide a word prints, and table columns wide enough for their words. Word and LibreOffice
 * break a word that is wider than its column wherever the column ends ("Them/e"), so no column may
 * be narrower than the longest word it holds.
 */

import { remembered } from "../../parse/markdown/remembered.js";
import { noBreakHyphens } from "./xml.js";

/**
 * Arial's advance widths in thousandths of an em, the characters of each width (Liberation Sans,
 * which LibreOffice uses for Arial, has the same). Other characters count as the commonest width.
 * A non-breaking hyphen (U+2011, Word's `<w:noBreakHyphen/>`) prints as a hyphen.
 */
const REGULAR = advances({
  191: "'", 222: "ijl", 278: " \u00a0!,./:;I[\\]ft|", 333: "()-\u2011`r", 355: '"', 389: "*", 500: "Jcksvxyz", 556: "#$0123456789?L_abdeghnopqu–",
  584: "+<=>~^", 611: "FTZ", 667: "&ABEKPSVXY", 722: "CDHNRUw", 778: "GOQ", 833: "Mm", 889: "%", 944: "W", 1000: "—@",
}, 556);
/** Arial Bold: nowhere narrower than regular, so a word measured so fits in either. */
const BOLD = advances({
  238: "'", 278: " \u00a0,./I\\ijl|", 333: "!()-\u2011:;[]`ft", 389: "*r{}", 474: '"', 500: "z", 556: "#$0123456789J_aceksvxy–",
  584: "+<=>^~", 611: "?FLTZbdghnopqu", 667: "EPSVXY", 722: "&ABCDHKNRU", 778: "GOQw", 833: "M", 889: "%m", 944: "W", 1000: "—@",
}, 611);

/** Advances by character: a table for ASCII, which nearly all of a plan's words are in, a map for the rest. */
interface Advances {
  ascii: Uint16Array;
  others: Map<string, number>;
  other: number;
}

/** A character's advance from a table of the characters of each width. */
function advances(byWidth: Record<number, string>, other: number): Advances {
  const others = new Map(Object.entries(byWidth).flatMap(([width, chars]) => [...chars].map((char) => [char, Number(width)] as const)));
  const ascii = new Uint16Array(128).fill(other);
  for (const [char, width] of others) if (char.charCodeAt(0) < 128) ascii[char.charCodeAt(0)] = width;
  return { ascii, others, other };
}

/** The widest advance of either table (an em dash, an at sign): no word is wider than its length in these. */
const WIDEST_ADVANCE = 1000;

/** A cell's side margins (xml.ts, 70 twips each) and its borders, with a little to spare. */
const CELL_PADDING = 200;

/** The advances of `text` in thousandths of an em. */
function thousandthsOf(text: string, table: Advances): number {
  let thousandths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return (table === BOLD ? boldAccented : regularAccented)(text);
    thousandths += table.ascii[code]!;
  }
  return thousandths;
}

/** The same for a text with other than ASCII in it, accents read as their base letters. */
function accentedThousandths(text: string, table: Advances): number {
  let thousandths = 0;
  for (const char of text.normalize("NFD").replace(/\p{M}/gu, "")) thousandths += char.charCodeAt(0) < 128 ? table.ascii[char.charCodeAt(0)]! : (table.others.get(char) ?? table.other);
  return thousandths;
}

// Spanish words repeat (the vocabulary of titles, country names): each is decomposed once.
const regularAccented = remembered((text) => accentedThousandths(text, REGULAR), 20_000);
const boldAccented = remembered((text) => accentedThousandths(text, BOLD), 20_000);

/** The advances of the ASCII characters, in thousandths of an em, for a line breaker that reads them itself. */
export function asciiAdvances(bold: boolean): Readonly<Uint16Array> {
  return (bold ? BOLD : REGULAR).ascii;
}

/** The width in twips of `text` on one line at `size` half-points, accents read as their base letters. */
export function textWidth(text: string, size: number, bold = false): number {
  return twipsOf(thousandthsOf(text, bold ? BOLD : REGULAR), size);
}

/** Advances in thousandths of an em as twips at `size` half-points: the one conversion, so that every measure of a word agrees. */
export function twipsOf(thousandths: number, size: number): number {
  return (thousandths * size * 10) / 1000;
}

/** The width of `word` in bold, which bounds it in either weight: what a column must give it. */
export function wordWidth(word: string, size: number): number {
  return Math.ceil(textWidth(word, size, true));
}

/**
 * The pieces of a word a line may not break inside: a line breaks at spaces, and after a hyphen
 * or slash before a letter, as Unicode line breaking allows ("field-" "operations"), but not before
 * a digit, so "INT-1.1" and "SOM-10.4" stay whole.
 */
export function breakablePieces(word: string): string[] {
  return word.includes("-") || word.includes("/") ? word.split(/(?<=[-/])(?=\p{L})/u) : [word];
}

/** The width in twips of the longest line among `texts` laid on one line each at `size` half-points, with a cell's margins. */
export function longestLine(texts: readonly string[], size: number): number {
  let widest = 0;
  for (const text of texts) for (const line of text.split("\n")) widest = Math.max(widest, Math.ceil(textWidth(line, size)));
  return widest + CELL_PADDING;
}

/** The narrowest column in which each of `texts` breaks only between words, at `size` half-points. */
export function minimumWidth(texts: readonly string[], size: number): number {
  // A big plan's timeline has hundreds of thousands of words in its title column: only those with
  // characters enough to be wider than the widest so far are looked at, found by the regexp engine.
  let widest = 0;
  let longer = longerThan(0);
  for (const text of texts) {
    longer.lastIndex = 0;
    for (let match = longer.exec(text); match !== null; match = longer.exec(text)) {
      const before = widest;
      for (const piece of breakablePieces(match[0])) widest = Math.max(widest, wordWidth(piece, size));
      if (widest !== before) {
        const at = longer.lastIndex;
        longer = longerThan(Math.floor((widest * 100) / (WIDEST_ADVANCE * size)));
        longer.lastIndex = at;
      }
    }
  }
  return widest === 0 ? 0 : widest + CELL_PADDING;
}

/** Runs of more than `length` characters that are not white space, or are no-break spaces, which join the words either side. */
function longerThan(length: number): RegExp {
  return new RegExp(`(?:\\S|\u00a0){${length + 1},}`, "g");
}

/**
 * `widths` (twips) changed so that no column is narrower than its longest word in `rows` (the
 * header among them; plain texts, a row a list of cells), the total kept: what the narrow
 * columns gain is taken from the widest ones, the title or description column first, never below
 * their own words. When no widths fit every word (a 40-letter word in a narrow column), the
 * columns holding the longest words give way, down to their widths as they were, and further, down
 * to the widest of their words those widths hold, where that spares another column's word, so
 * that only their longest words break and every other column keeps its own, its header's among
 * them. Columns from `fixedFrom` on keep their widths whatever the others' words (the timeline's
 * quarters, which hold no words and would give all they have: a 40-letter word in a title had
 * emptied six quarters).
 */
export function fitColumns(widths: readonly number[], rows: readonly (readonly string[])[], size = 18, fixedFrom = widths.length): number[] {
  const minimums = widths.map((width, i) => (i >= fixedFrom ? width : minimumWidth(rows.map((row) => row[i] ?? ""), size)));
  const fitted = widths.map((width, i) => Math.max(width, minimums[i]!));
  let excess = fitted.reduce((a, b) => a + b, 0) - widths.reduce((a, b) => a + b, 0);
  const take = (order: readonly number[], floor: (i: number) => number) => {
    for (const i of order) {
      const taken = Math.max(0, Math.min(excess, fitted[i]! - floor(i)));
      fitted[i]! -= taken;
      excess -= taken;
    }
  };
  take(byDescending(widths), (i) => minimums[i]!);
  // Each column now holds just its longest word, and those that widened for theirs give back what
  // they took, the longest word first, which breaks then. Before another column's word breaks, those
  // whose words break already give more, down to the widest word their widths as they were hold,
  // where that makes the room (a rapporteur's 41-letter word broke Annex E's file names), and only
  // then: where it did not, a coverage matrix's `Theme 1` gave more for a `Theme 2` that broke
  // anyway, and printed on four lines.
  const broken: number[] = [];
  const floors: (number | undefined)[] = [];
  const further = (i: number) => (floors[i] ??= widestWithin(rows.map((row) => row[i] ?? ""), size, widths[i]!) || widths[i]!);
  for (const i of byDescending(minimums)) {
    if (broken.reduce((room, b) => room + fitted[b]! - further(b), 0) >= excess) {
      take(broken, further);
      break;
    }
    take([i], () => widths[i]!);
    if (minimums[i]! > fitted[i]!) broken.push(i);
  }
  return fitted;
}

/** The width of the widest unbreakable piece among `texts`, with a cell's margins, that fits in `limit` twips; 0 for none. */
function widestWithin(texts: readonly string[], size: number, limit: number): number {
  let widest = 0;
  for (const text of texts) {
    for (const word of text.split(/[^\S\u00a0]+/)) {
      for (const piece of word === "" ? [] : breakablePieces(word)) {
        const width = wordWidth(piece, size) + CELL_PADDING;
        if (width <= limit) widest = Math.max(widest, width);
      }
    }
  }
  return widest;
}

/** The indexes of `values`, the greatest value first, ties in index order. */
function byDescending(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
}

/**
 * A file's name as it prints in a column `width` twips wide (none: as narrow as it may be): whole
 * where it fits, else its folder over the rest, a line each. Its hyphens are non-breaking: a name
 * at a line's end broke at its hyphen (`groups/1-` over `intelligence.yaml`). Nor does a line
 * break of itself after its folder's slash, which Unicode keeps with the digit after it: in a
 * column narrower than the name LibreOffice broke it mid-word, and a column as wide as the whole
 * name (Annex E's) left the working groups' names beside it a word a line.
 */
export function fileLines(file: string, width = 0): string {
  const name = noBreakHyphens(file);
  const folder = name.lastIndexOf("/") + 1;
  return folder === 0 || minimumWidth([name], 18) <= width ? name : `${name.slice(0, folder)}\n${name.slice(folder)}`;
}
