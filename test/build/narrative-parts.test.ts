/**
 * A long narrative is read by remark in parts (src/render/gfm-parts.ts): the tree of the parts,
 * joined, is the tree of the whole text, positions included, on every Markdown file we have and
 * on texts made of the blocks that reach past a blank line (lists, fences, comments, HTML, quotes)
 * and of references whose definitions are in another part.
 */
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGfm } from "../../src/render/gfm.js";
import { cutIntoParts } from "../../src/render/gfm-parts.js";
import { REPO } from "../helpers/run.js";

const WHOLE = Number.POSITIVE_INFINITY;

const BLOCKS = [
  "Text with *emphasis\nover two lines* and <b>bold</b> [a link](https://x.org).",
  "- a tight item\n- another",
  "- an item\n\n  its second paragraph",
  "1. first\n2. second",
  "* star item",
  "```\ncode\n\nstill code",
  "```\ncode\n```",
  "~~~~\ntilde code\n\n~~~",
  "<!-- a comment\n\nstill the comment",
  "<!-- a comment -->",
  "<pre>\npre text\n\nstill pre\n</pre>",
  "<pre>\nnever closed",
  "<div>\nhtml block",
  "<b>inline</b> starts a line",
  "> a quote\nlazy line",
  "> a quote\n>\n> ```\n> fenced in a quote",
  "    indented code\n\n    more code",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "Setext heading\n===",
  "---",
  "## A heading ##",
  "Trailing spaces  \nmake a break\\\nand a backslash",
  "[^1] and [x][y] and [z] with no definition",
  "A note[^1], a [link][Y] and [ z\n one ] and ![image][z one] and [x][]",
  "[^1]: The note,\n    over two lines.",
  "[y]: https://example.org/y",
  "[Z  One]:\n  https://example.org/z 'a title'",
  "> [x]: https://example.org/x in a quote",
  "- [^2]: not a footnote in a list item, but a [^2] text",
  "[^2]: A second note",
  "The [Informe\\_2024] and a note[^n&amp;1]",
  "[Informe\\_2024]: https://example.org/informe",
  "[^n&amp;1]: A note whose label holds an entity",
  "www.example.com and https://example.org/path",
  "- a list\n\n```\nfence after a list",
  "  - an indented item\n\n  ```\n  fence in it",
  "",
  " ",
  "\t",
];

const text = fc.array(fc.constantFrom(...BLOCKS), { maxLength: 14 }).chain((blocks) =>
  fc.tuple(fc.constant(blocks), fc.array(fc.constantFrom("\n", "\n\n", "\n\n\n", "\n \n"), { minLength: blocks.length, maxLength: blocks.length })),
);

function markdownFiles(): string[] {
  return execFileSync("git", ["ls-files", "*.md"], { cwd: REPO, encoding: "utf8" }).split("\n").filter((file) => file !== "");
}

describe("a long narrative read in parts", () => {
  it("gives the tree remark gives of the whole, on every Markdown file we have", () => {
    let cut = 0;
    for (const file of markdownFiles()) {
      const markdown = readFileSync(`${REPO}/${file}`, "utf8").replace(/\r\n?/g, "\n");
      for (const size of [1, 200]) {
        cut += cutIntoParts(markdown, size).length > 1 ? 1 : 0;
        expect(parseGfm(markdown, size), `${file} in parts of ${size}`).toEqual(parseGfm(markdown, WHOLE));
      }
    }
    expect(cut).toBeGreaterThan(10);
  });

  it("gives the tree remark gives of the whole, on texts of blocks that reach past a blank line or name a definition", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), ([blocks, ends], size) => {
        const markdown = blocks.map((block, k) => block + ends[k]).join("");
        expect(parseGfm(markdown, size)).toEqual(parseGfm(markdown, WHOLE));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a reference whose label holds an escape or an entity defined in another part", () => {
    const markdown = "See the [Informe\\_2024] and a note[^nota\\_1].\n\nText.\n\n[Informe\\_2024]: https://example.org/informe\n\n[^nota\\_1]: A note.\n";
    const [see] = parseGfm(markdown, 1).children;
    expect(see).toMatchObject({
      type: "paragraph",
      children: [{ type: "text" }, { type: "linkReference", identifier: "informe\\_2024" }, { type: "text" }, { type: "footnoteReference", identifier: "nota\\_1" }, { type: "text" }],
    });
    expect(parseGfm(markdown, 1)).toEqual(parseGfm(markdown, WHOLE));
  });

  it("is cut at blank lines before a paragraph, not inside a fence left open", () => {
    const markdown = "One.\n\n```\ncode\n\nTwo.\n\n```\n\nThree.\n\n- item\n\nFour.\n";
    expect(cutIntoParts(markdown, 1).map((part) => [part.text, part.offset, part.line])).toEqual([
      ["One.\n\n", 0, 0],
      ["```\ncode\n\nTwo.\n\n```\n\n", 6, 2],
      ["Three.\n\n- item\n\n", 27, 9],
      ["Four.\n", 43, 13],
    ]);
  });
});
