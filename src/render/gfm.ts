import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { nestsTooDeepForRemark } from "../parse/narrative/check.js";
import { parseInParts } from "./gfm-parts.js";

// One frozen processor for the whole run: building one costs more than parsing a heading.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * GitHub-flavoured Markdown as an mdast tree: the narrative and the model's inline texts, in both
 * renderers. A text nesting brackets past what remark reads in reasonable time, or lists or
 * emphasis past what its stack holds, is its own words. A long text is read in parts of about
 * `partSize` (gfm-parts.ts), each as remark reads it in the whole.
 */
export function parseGfm(markdown: string, partSize = PART_SIZE): Root {
  if (nestsTooDeepForRemark(markdown)) return { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: markdown }] }] };
  return parseInParts(markdown, partSize, (part) => parser.parse(part) as Root);
}

// Well above any narrative written by hand, so that what remark reads at once is what it always read.
const PART_SIZE = 64 * 1024;

/**
 * `text` with each run of white space that holds a line break as one space, as a reader shows a
 * paragraph's or a setext heading's lines. Not a regex of white space around a line break: tried
 * at each space of a long run with none, that read the run on to its end every time.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes("\n") ? " " : run));
}

/** A raw HTML node that is a comment and nothing else: a note to whoever edits the file, which no draft prints. */
export function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}
