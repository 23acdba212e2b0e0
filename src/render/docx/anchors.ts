/**
 * Links to places in the draft: a `#anchor` goes to the heading the Markdown draft gives that
 * anchor (GitHub's, counted over the title, the contents and every heading before it), so that
 * `[see the methodology](#methodology)` goes to that heading in Word as it does there; and an
 * action's number links to its details. A narrative heading's bookmark is its anchor; the draft's
 * own headings' are named for what they are (outline.ts).
 */
import type { Heading, Root } from "mdast";
import { oneLine } from "../gfm.js";
import { Slugger } from "../markdown/anchors.js";
import { blocksOf, descendantsOf } from "./mdast-blocks.js";
import type { OwnHeading } from "./outline.js";

// A name Word keeps for a bookmark: a letter first, then letters, digits, "_" and "-", 40 at most.
const BOOKMARK_NAME = /^\p{L}[\p{L}\p{N}_-]{0,39}$/u;

export class HeadingAnchors {
  private readonly slugger = new Slugger();
  /** Each narrative heading's bookmark, the bookmark of each anchor counted so far, and of each action's details. */
  private readonly names = new Map<Heading, string>();
  private readonly byAnchor = new Map<string, string>();
  private readonly actions = new Map<string, string>();
  /** The bookmarks of the draft's own headings, in order: the writer takes each as it writes its heading. */
  private readonly own: string[] = [];
  private taken = 0;
  /** The headings after the narrative, whose anchors are counted only when a link needs one. */
  private uncounted: { heading: OwnHeading; name: string }[] = [];
  /** The bookmarks named so far, in lower case. */
  private readonly claimed = new Set<string>();
  private count = 0;

  /**
   * The bookmarks of the draft's headings, in the Markdown draft's order: `front` (the title, the
   * contents), the headings of `narrative` (the files' trees, in order), then `back`.
   */
  constructor(front: readonly OwnHeading[], narrative: readonly Root[], back: Iterable<OwnHeading> = []) {
    for (const heading of front) {
      const name = this.claim(heading.name);
      this.own.push(name);
      this.byAnchor.set(this.slugger.slug(heading.text()), name);
    }
    for (const root of narrative) {
      for (const node of blocksOf(root)) {
        if (node.type !== "heading") continue;
        const anchor = this.slugger.slug(anchorText(node));
        const name = this.claim(anchor);
        this.names.set(node, name);
        this.byAnchor.set(anchor, name);
      }
    }
    for (const heading of back) {
      const name = this.claim(heading.name);
      this.own.push(name);
      this.uncounted.push({ heading, name });
      if (heading.action !== undefined) this.actions.set(heading.action, name);
    }
  }

  /** The bookmark of a narrative heading. */
  of(heading: Heading): string | undefined {
    return this.names.get(heading);
  }

  /** The bookmark of the next heading of the draft's own, which the Word draft writes in the Markdown draft's order. */
  next(): string | undefined {
    return this.own[this.taken++];
  }

  /** The bookmark of an action's details. */
  action(id: string): string | undefined {
    return this.actions.get(id);
  }

  /** The bookmark a link to `#fragment` goes to, or undefined where no heading has that anchor. */
  target(fragment: string): string | undefined {
    const found = this.byAnchor.get(fragment) ?? this.byAnchor.get(decoded(fragment));
    if (found !== undefined || this.uncounted.length === 0) return found;
    this.countAll();
    return this.target(fragment);
  }

  /** Every heading's anchor, in the draft's order. */
  all(): string[] {
    this.countAll();
    return [...this.byAnchor.keys()];
  }

  private countAll(): void {
    for (const { heading, name } of this.uncounted) this.byAnchor.set(this.slugger.slug(heading.text()), name);
    this.uncounted = [];
  }

  /**
   * The next heading's bookmark: `name` where Word takes it and no bookmark before has it (Word's
   * names ignore case: "Title" is "title"), else the heading's place in the draft, "Heading_7".
   */
  private claim(name: string): string {
    this.count++;
    const free = (candidate: string) => BOOKMARK_NAME.test(candidate) && !this.claimed.has(candidate.toLowerCase());
    let claimed = free(name) ? name : `Heading_${this.count}`;
    // Only a narrative heading written "Heading_7" before it could have taken that.
    while (!free(claimed)) claimed += "_";
    this.claimed.add(claimed.toLowerCase());
    return claimed;
  }
}

/**
 * The text the Markdown draft makes a heading's anchor from (placeNarrative's): the texts and code
 * in it, nothing else, a setext heading's lines joined by a space. Walked without recursion: marks
 * may nest thousands deep.
 */
function anchorText(heading: Heading): string {
  let text = "";
  for (const node of descendantsOf(heading.children)) if (node.type === "text" || node.type === "inlineCode") text += node.value;
  return oneLine(text);
}

/** `#metodolog%C3%ADa` as GitHub reads it, `#metodología`. */
export function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
