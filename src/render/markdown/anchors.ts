/**
 * Heading anchors as GitHub (github-slugger, and pandoc reading gfm) makes them: lower case, spaces
 * to hyphens, "-1", "-2" for repeats, and dropped: punctuation but `_` and `-`, symbols, and the
 * numbers that are not digits (², ½, ①), while letters, accented or not, are kept. pandoc's own
 * markdown reader keeps full stops, which an action's heading holds (`Action 1.2.3`): the README
 * says to convert the draft with `pandoc -f gfm`.
 */
// github-slugger's classes: Other_Number, punctuation but connectors, symbols, controls and
// separators go; a symbol that is also a letter (Ⓐ) stays, and so do the space and the hyphen.
const DROPPED = /(?![ -]|\p{Alphabetic})[\p{No}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}\p{C}\p{Z}]/gu;

export class Slugger {
  private readonly seen = new Map<string, number>();

  /** The anchor of the next heading with this plain text. */
  slug(text: string): string {
    const base = text.toLowerCase().replace(DROPPED, "").replace(/ /g, "-");
    let slug = base;
    let count = this.seen.get(base) ?? 0;
    while (this.seen.has(slug)) slug = `${base}-${++count}`;
    this.seen.set(base, count);
    this.seen.set(slug, 0);
    return slug;
  }
}
