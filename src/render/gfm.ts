import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

// One frozen processor for the whole run: building one costs more than parsing a heading.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** GitHub-flavoured Markdown as an mdast tree: the narrative and the model's inline texts, in both renderers. */
export function parseGfm(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

/** A raw HTML node that is a comment and nothing else: a note to whoever edits the file, which no draft prints. */
export function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}
