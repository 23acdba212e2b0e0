import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { docxText } from "../../src/parse/docx-text.js";
import { closeOpenBlock } from "../../src/parse/narrative/check.js";
import { parseGfm } from "../../src/render/gfm.js";
import { runPlan } from "../helpers/run.js";
import { shippedCopy } from "./helpers.js";

/** The shipped plan with a fourth narrative section, narrative/{en,es}/x.md, after the three it has. */
function withChapter(en: string, es = en): string {
  const dir = shippedCopy({ "plan.yaml": (text) => text.replace("es: narrative/es/03-metodologia.md}\n", "$&  - {en: narrative/en/x.md, es: narrative/es/x.md}\n") });
  writeFileSync(path.join(dir, "narrative/en/x.md"), en);
  writeFileSync(path.join(dir, "narrative/es/x.md"), es);
  expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toContain("narrative/en/x.md");
  return dir;
}

const draft = (dir: string, file: string) => readFileSync(path.join(dir, "drafts", file), "utf8");
/** The level-2 headings of a Markdown draft as GitHub's reader (remark, CommonMark and GFM) reads them. */
const chapters = (markdown: string) => parseGfm(markdown).children.flatMap((node) => (node.type === "heading" && node.depth === 2 ? [textOf(node)] : []));
const textOf = (node: Nodes): string => ("value" in node && node.type !== "html" ? node.value : "children" in node ? node.children.map((child) => textOf(child as Nodes)).join("") : "");
const lastBlock = (tree: Root) => tree.children[tree.children.length - 1]!;

describe("a narrative file that leaves a block open", () => {
  const CHAPTERS = ["Contents", "Background and rationale", "Objectives", "Methodology", "Chapter B", "Theme 1: Intelligence and Investigation: Data Collection and Exchange"];

  it.each([
    ["a comment", "<!-- TODO: ask Panama for the 2016 figure"],
    ["a code fence", "````text\ncode\n"],
    ["a <pre> block", "- item\n\n  <pre>\n  kept as typed\n"],
  ])("has %s closed at the end of that file's text in the Markdown draft, which keeps every chapter after it", async (_, open) => {
    const dir = withChapter(`# Chapter B\n\nSome text.\n\n${open}`);
    const built = await runPlan(["build"], dir);
    expect(built.exitCode).toBe(0);
    const en = draft(dir, "rcm-smuggling.en.md");
    // Every chapter, theme and annex after it, and the seal last: nothing is taken into the block.
    expect(chapters(en).slice(0, CHAPTERS.length)).toEqual(CHAPTERS);
    expect(chapters(en)).toContain("Annex E: Sources");
    const seal = lastBlock(parseGfm(en));
    expect(seal.type === "html" && seal.value.startsWith("<!-- plan build ")).toBe(true);
    expect(en).toContain("Some text.");
  });

  it("is closed in the Word draft too: a comment's note is no text of the draft", async () => {
    const dir = withChapter("# Chapter B\n\nSome text.\n\n<!-- TODO: ask Panama for the 2016 figure\n");
    expect((await runPlan(["build", "--format", "docx", "--lang", "en"], dir)).exitCode).toBe(0);
    const word = docxText(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.docx")));
    expect(word).toContain("Chapter B\nSome text.\n");
    expect(word).not.toContain("TODO");
  });
});

describe("closing what a narrative file leaves open", () => {
  it.each([
    ["a fence in a quote, inside the quote", "> ```\n> code", "> ```\n> code\n> ```\n"],
    ["a fence in a list item, inside the item", "- item\n\n  ~~~~\n  code\n", "- item\n\n  ~~~~\n  code\n  ~~~~\n"],
    ["an HTML block, with its own tag", "<PRE>\nx", "<PRE>\nx\n</pre>\n"],
    ["nothing, where a blank line ended the quote holding the fence", "> ```\n> code\n\n", "> ```\n> code\n\n"],
    ["nothing, where the comment is whole (<!-->)", "<!-->\ntext", "<!-->\ntext"],
    ["nothing, where the fence is inside an HTML block", "<div>\n```\n", "<div>\n```\n"],
    ["nothing, where the fence is indented code", "Text.\n\n    ```\n", "Text.\n\n    ```\n"],
  ])("closes %s", (_, text, closed) => {
    expect(closeOpenBlock(text)).toBe(closed);
    // What follows it in a draft is read as its own.
    const next = parseGfm(`${closed}\n\n## Next\n`).children.at(-1)!;
    expect(next.type === "heading" && textOf(next)).toBe("Next");
  });
});
