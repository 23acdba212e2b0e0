import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { nestsTooDeepForRemark } from "../parse/narrative/check.js";

// One frozen processor for the whole run: building one costs more than parsing a heading.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * GitHub-flavoured Markdown as an mdast tree: the narrative and the model's inline texts, in both
 * renderers. A text nesting brackets past what remark reads in reasonable time, or lists or
 * emphasis past what its stack holds, is its own words.
 */
export function parseGfm(markdown: string): Root {
  if (nestsTooDeepForRemark(markdown)) return { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: markdown }] }] };
  return parser.parse(markdown) as Root;
}

/** A raw HTML node that is a comment and nothing else: a note to whoever edits the file, which no draft prints. */
export function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}
