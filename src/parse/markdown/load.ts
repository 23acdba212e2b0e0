import type { Root } from "mdast";

export type MarkdownParser = (text: string) => Root;

let parser: Promise<MarkdownParser> | undefined;

/**
 * The remark parser (CommonMark, GFM tables, YAML front matter), loaded on first use: a plan whose
 * groups are all YAML never pays for loading it, and `plan validate`'s start-up time is measured.
 */
export function loadMarkdownParser(): Promise<MarkdownParser> {
  parser ??= (async () => {
    const [{ unified }, remarkParse, remarkGfm, remarkFrontmatter] = await Promise.all([
      import("unified"),
      import("remark-parse"),
      import("remark-gfm"),
      import("remark-frontmatter"),
    ]);
    const processor = unified().use(remarkParse.default).use(remarkFrontmatter.default, ["yaml"]).use(remarkGfm.default);
    return (text: string) => processor.parse(text) as Root;
  })();
  return parser;
}
