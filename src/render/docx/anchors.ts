/**
 * Links to places in the draft: each narrative heading is bookmarked by the anchor the Markdown
 * draft gives it (GitHub's, counted over the title, the contents and the headings before it), so
 * that `[see the methodology](#methodology)` goes to that heading in Word as it does there.
 */
import type { Heading, Root } from "mdast";
import { Slugger } from "../markdown/anchors.js";
import { plainInline } from "./inline.js";
import { blocksOf, descendantsOf } from "./mdast-blocks.js";

// A name Word keeps for a bookmark: a letter first, then letters, digits, "_" and "-", 40 at most.
const BOOKMARK_NAME = /^\p{L}[\p{L}\p{N}_-]{0,39}$/u;

export class HeadingAnchors {
  /** Each narrative heading's bookmark, and the bookmark of each anchor. */
  private readonly names = new Map<Heading, string>();
  private readonly byAnchor = new Map<string, string>();

  /** The anchors of the headings of `narrative` (the files' trees, in order), after the draft's `title` and `contentsTitle`. */
  constructor(title: string, contentsTitle: string, narrative: readonly Root[]) {
    const slugger = new Slugger();
    slugger.slug(plainInline(title));
    slugger.slug(contentsTitle);
    for (const root of narrative) {
      for (const node of blocksOf(root)) {
        if (node.type !== "heading") continue;
        const anchor = slugger.slug(anchorText(node));
        // An anchor Word would not take as a name gets one it does, hidden as Word's own (_Toc1).
        const name = BOOKMARK_NAME.test(anchor) ? anchor : `_Heading${this.names.size + 1}`;
        this.names.set(node, name);
        this.byAnchor.set(anchor, name);
      }
    }
  }

  /** The bookmark of a narrative heading. */
  of(heading: Heading): string | undefined {
    return this.names.get(heading);
  }

  /** The bookmark a link to `#fragment` goes to, or undefined where no narrative heading has that anchor. */
  target(fragment: string): string | undefined {
    return this.byAnchor.get(fragment) ?? this.byAnchor.get(decoded(fragment));
  }
}

/**
 * The text the Markdown draft makes a heading's anchor from (its narrative.ts plainText): the
 * texts and code in it, nothing else. Walked without recursion: marks may nest thousands deep.
 */
function anchorText(heading: Heading): string {
  let text = "";
  for (const node of descendantsOf(heading.children)) if (node.type === "text" || node.type === "inlineCode") text += node.value;
  return text;
}

/** `#metodolog%C3%ADa` as GitHub reads it, `#metodología`. */
function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
