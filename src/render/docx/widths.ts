/**
 * How wide a word prints, and table columns wide enough for their words. Word and LibreOffice
 * break a word that is wider than its column wherever the column ends ("Them/e"), so no column may
 * be narrower than the longest word it holds.
 */

/**
 * Arial Bold's advance widths in thousandths of an em, by class of character. Bold is nowhere
 * narrower than regular, so a word measured so fits in either; each class takes its widest member.
 */
const ADVANCE: readonly [RegExp, number][] = [
  [/[ijlI.,'!\s]/, 278],
  [/[ftr()\-/[\]"*:;|]/, 389],
  [/[mMW@%—]/, 1000],
  [/[A-Zw]/, 778],
];
/** Other lowercase letters and digits: Arial Bold's widest of them. */
const DEFAULT_ADVANCE = 611;

/** A cell's side margins (xml.ts, 70 twips each) and its borders, with a little to spare. */
const CELL_PADDING = 200;

/** The width in twips of `text` on one line at `size` half-points, accents read as their base letters. */
export function wordWidth(text: string, size: number): number {
  let thousandths = 0;
  for (const char of text.normalize("NFD").replace(/\p{M}/gu, "")) {
    thousandths += ADVANCE.find(([pattern]) => pattern.test(char))?.[1] ?? DEFAULT_ADVANCE;
  }
  return Math.ceil((thousandths * size * 10) / 1000);
}

/**
 * The pieces a line may not break inside: spaces separate them, and so does a hyphen or a slash
 * before a letter, as Unicode line breaking allows ("field-" "operations"), but not before a digit,
 * so "INT-1.1" and "SOM-10.4" stay whole.
 */
export function unbreakable(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => word.split(/(?<=[-/])(?=\p{L})/u)).filter((word) => word !== "");
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
