/**
 * Heading anchors as GitHub (and pandoc reading gfm) make them: lower case, punctuation dropped,
 * spaces to hyphens, "-1", "-2" for repeats. The draft's linked headings start with a letter and
 * hold no full stop, so pandoc's own markdown reader makes the same anchors.
 */
export class Slugger {
  private readonly seen = new Map<string, number>();

  /** The anchor of the next heading with this plain text. */
  slug(text: string): string {
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    let slug = base;
    let count = this.seen.get(base) ?? 0;
    while (this.seen.has(slug)) slug = `${base}-${++count}`;
    this.seen.set(base, count);
    this.seen.set(slug, 0);
    return slug;
  }
}
