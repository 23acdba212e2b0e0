/**
 * How wide a word prints, and table columns wide enough for their words. Word and LibreOffice
 * break a word that is wider than its column wherever the column ends ("Them/e"), so no column may
 * be narrower than the longest word it holds.
 */

/**
 * Arial's advance widths in thousandths of an em, the characters of each width (Liberation Sans,
 * which LibreOffice uses for Arial, has the same). Other characters count as the commonest width.
 */
const REGULAR = advances({
  191: "'", 222: "ijl", 278: " !,./:;I[\\]ft|", 333: "()-`r", 355: '"', 389: "*", 500: "Jcksvxyz", 556: "#$0123456789?L_abdeghnopqu–",
  584: "+<=>~^", 611: "FTZ", 667: "&ABEKPSVXY", 722: "CDHNRUw", 778: "GOQ", 833: "Mm", 889: "%", 944: "W", 1000: "—@",
}, 556);
/** Arial Bold: nowhere narrower than regular, so a word measured so fits in either. */
const BOLD = advances({
  238: "'", 278: " ,./I\\ijl|", 333: "!()-:;[]`ft", 389: "*r{}", 474: '"', 500: "z", 556: "#$0123456789J_aceksvxy–",
  584: "+<=>^~", 611: "?FLTZbdghnopqu", 667: "EPSVXY", 722: "&ABCDHKNRU", 778: "GOQw", 833: "M", 889: "%m", 944: "W", 1000: "—@",
}, 611);

/** A character's advance from a table of the characters of each width. */
function advances(byWidth: Record<number, string>, other: number): (char: string) => number {
  const widths = new Map(Object.entries(byWidth).flatMap(([width, chars]) => [...chars].map((char) => [char, Number(width)] as const)));
  return (char) => widths.get(char) ?? other;
}

/** A cell's side margins (xml.ts, 70 twips each) and its borders, with a little to spare. */
const CELL_PADDING = 200;

/** The width in twips of `text` on one line at `size` half-points, accents read as their base letters. */
export function textWidth(text: string, size: number, bold = false): number {
  const advance = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const char of text.normalize("NFD").replace(/\p{M}/gu, "")) thousandths += advance(char);
  return (thousandths * size * 10) / 1000;
}

/** The width of `word` in bold, which bounds it in either weight: what a column must give it. */
export function wordWidth(word: string, size: number): number {
  return Math.ceil(textWidth(word, size, true));
}

/**
 * The pieces a line may not break inside: spaces separate them, and so does a hyphen or a slash
 * before a letter, as Unicode line breaking allows ("field-" "operations"), but not before a digit,
 * so "INT-1.1" and "SOM-10.4" stay whole.
 */
export function unbreakable(text: string): string[] {
  return text.split(/\s+/).flatMap(breakablePieces).filter((word) => word !== "");
}

/** A word split after each hyphen or slash that comes before a letter. */
export function breakablePieces(word: string): string[] {
  return word.split(/(?<=[-/])(?=\p{L})/u);
}

/** The narrowest column in which each of `texts` breaks only between words, at `size` half-points. */
export function minimumWidth(texts: readonly string[], size: number): number {
  const widest = Math.max(0, ...texts.flatMap((text) => unbreakable(text).map((word) => wordWidth(word, size))));
  return widest === 0 ? 0 : widest + CELL_PADDING;
}

/**
 * `widths` (twips) changed so that no column is narrower than its longest word in `rows` (the
 * header among them; plain texts, a row a list of cells), the total kept: what the narrow
 * columns gain is taken from the widest ones, the title or description column first, never below
 * their own words. When no widths fit every word, `widths` as they were.
 */
export function fitColumns(widths: readonly number[], rows: readonly (readonly string[])[], size = 18): number[] {
  const minimums = widths.map((_, i) => minimumWidth(rows.map((row) => row[i] ?? ""), size));
  const fitted = widths.map((width, i) => Math.max(width, minimums[i]!));
  let excess = fitted.reduce((a, b) => a + b, 0) - widths.reduce((a, b) => a + b, 0);
  const widestFirst = widths.map((_, i) => i).sort((a, b) => widths[b]! - widths[a]! || a - b);
  for (const i of widestFirst) {
    const taken = Math.min(excess, fitted[i]! - minimums[i]!);
    fitted[i]! -= taken;
    excess -= taken;
  }
  return excess > 0 ? [...widths] : fitted;
}
