/**
 * The fast Markdown scanner against remark: on every Markdown file we have, on generated groups and
 * on mutated copies of both, the scanner either bails or the readers give the same value, the same
 * diagnostics and the same place for every data path as with remark's tree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Node, Root } from "mdast";
import { beforeAll, describe, expect, it } from "vitest";
import { GroupSchema } from "../../src/model/schema.js";
import type { DataPath } from "../../src/parse/document.js";
import { blocksOfTree, frontMatterSource, parseMarkdownGroup, readMarkdownGroup } from "../../src/parse/markdown-group.js";
import { fastMarkdownBlocks, fastMarkdownTree } from "../../src/parse/markdown/fast-tree.js";
import { parseYaml } from "../../src/parse/yaml.js";
import { loadMarkdownParser, type MarkdownParser } from "../../src/parse/markdown/load.js";
import { renderGroupMarkdown } from "../../src/render/group/markdown.js";
import { workingGroup } from "./arbitraries.js";

const REPO = path.resolve(import.meta.dirname, "../..");

let remark: MarkdownParser;
beforeAll(async () => {
  remark = await loadMarkdownParser();
});

interface Sample {
  name: string;
  text: string;
}

function markdownFiles(dir: string): string[] {
  const full = path.join(REPO, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const child = path.join(dir, name);
    if (statSync(path.join(REPO, child)).isDirectory()) return markdownFiles(child);
    return name.endsWith(".md") ? [child] : [];
  });
}

const read = (file: string): Sample => ({ name: file, text: readFileSync(path.join(REPO, file), "utf8") });

/** The example matrix in docs/markdown-format.md, out of its code fence. */
function docsExample(): Sample {
  const text = readFileSync(path.join(REPO, "docs/markdown-format.md"), "utf8");
  return { name: "docs example", text: /```markdown\n([\s\S]*?)```/.exec(text)![1]! };
}

const SHIPPED = markdownFiles("plans/rcm-smuggling/groups").map(read);
const OTHERS = [...markdownFiles("templates"), ...markdownFiles("test/golden"), ...markdownFiles("docs"), "README.md"].map(read);
const SMALL = [docsExample(), ...SHIPPED, ...OTHERS];

/**
 * What the readers see of a tree: blocks with their places, heading depths, the span of a heading's
 * inline content and the leading strong of a list item's paragraph.
 */
function outline(node: Node, index = 0, parent?: Node): unknown {
  const out: Record<string, unknown> = { type: node.type, position: node.position && { start: node.position.start, end: node.position.end } };
  if (node.type === "yaml") out.value = (node as { value: string }).value;
  if (!("children" in node)) return out;
  const children = node.children as Node[];
  if (node.type === "heading") {
    out.depth = (node as { depth: number }).depth;
    out.inline = children.length === 0 ? [] : [children[0]!.position!.start.offset, children[children.length - 1]!.position!.end.offset];
  } else if (node.type === "paragraph" && parent?.type === "listItem" && index === 0) {
    out.first = children[0]?.type === "strong" ? ["strong", children[0].position!.start.offset, children[0].position!.end.offset] : "other";
  } else if (node.type !== "tableCell" && node.type !== "paragraph") {
    out.children = children.map((child, i) => outline(child, i, node));
  }
  return out;
}

function dataPaths(value: unknown, prefix: DataPath = []): DataPath[] {
  if (value === null || typeof value !== "object") return [prefix];
  const inside = Object.entries(value).flatMap(([key, child]) => dataPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return [prefix, [...prefix, "absent"], ...inside];
}

/** The front matter's YAML parsed, as parseMarkdownGroup gives it to the readers. */
function frontMatterOf(tree: Root) {
  const front = tree.children[0];
  return front?.type === "yaml" ? parseYaml("g.md", frontMatterSource(front)) : undefined;
}

/** Asserts that the fast tree reads as remark's does; false when the scanner bailed. */
function expectSameReading(text: string): boolean {
  const fast = fastMarkdownTree(text);
  if (!fast) return false;
  const slow: Root = remark(text);
  expect(outline(fast)).toStrictEqual(outline(slow));
  const mine = readMarkdownGroup("g.md", text, blocksOfTree(fast), frontMatterOf(fast));
  // As parseMarkdownGroup reads: the scanner giving the body block by block as the readers ask,
  // the places found by reading the body again when first asked.
  const lazy = readMarkdownGroup("g.md", text, fastMarkdownBlocks(text)!, frontMatterOf(fast), () => fastMarkdownBlocks(text)!.body);
  const theirs = readMarkdownGroup("g.md", text, blocksOfTree(slow), frontMatterOf(slow));
  for (const reading of [mine, lazy]) {
    expect(reading.value).toStrictEqual(theirs.value);
    expect(reading.diagnostics).toStrictEqual(theirs.diagnostics);
    for (const dataPath of dataPaths(theirs.value)) {
      expect(reading.locate(dataPath, "key")).toStrictEqual(theirs.locate(dataPath, "key"));
      expect(reading.locate(dataPath, "value")).toStrictEqual(theirs.locate(dataPath, "value"));
    }
  }
  return true;
}

const INSERTS = [
  "|", "\\|", "*", "**", "* ", "_", "___", "#", "# ", "##", "-", "- ", "--- ", "---", "=", " ", "  ", "    ", "\n", "\n\n",
  "\\", "`", "```", "~~~", "[", "]", "[x]: /u", "[^1]", ":", "<", "<br>", "<div>", ">", "> ", "(", ")", "1. ", "2) ", "+ ",
  "x", "é", "\u00a0", "\t", "\r", "& ", "***", "**a:**", "- **es:** x",
];

interface Mutation {
  kind: "insert" | "prefix" | "suffix" | "delete" | "duplicate" | "indent" | "dedent" | "blank" | "swap";
  at: number;
  piece: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("insert", "prefix", "suffix", "delete", "duplicate", "indent", "dedent", "blank", "swap"),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  piece: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ minLength: 1, maxLength: 2 })),
});

function mutate(text: string, { kind, at, piece }: Mutation): string {
  if (kind === "insert") {
    const offset = Math.floor(at * (text.length + 1));
    return text.slice(0, offset) + piece + text.slice(offset);
  }
  const lines = text.split("\n");
  const i = Math.floor(at * lines.length);
  const line = lines[i]!;
  if (kind === "prefix") lines[i] = piece + line;
  else if (kind === "suffix") lines[i] = line + piece;
  else if (kind === "delete") lines.splice(i, 1);
  else if (kind === "duplicate") lines.splice(i, 0, line);
  else if (kind === "indent") lines[i] = "  " + line;
  else if (kind === "dedent") lines[i] = line.replace(/^ {1,2}/, "");
  else if (kind === "blank") lines.splice(i, 0, "");
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, line];
  return lines.join("\n");
}

const generatedMarkdown = workingGroup.map((group) => renderGroupMarkdown(GroupSchema.parse(group)));

/**
 * A window of a file's lines from just after a blank line, with or without its front matter, so
 * that remark reads little and the window mostly starts where a block starts.
 */
const corpusWindow = fc
  .record({ sample: fc.constantFrom(...SMALL), start: fc.nat(), length: fc.integer({ min: 1, max: 60 }), withFront: fc.boolean() })
  .map(({ sample, start, length, withFront }) => {
    const lines = sample.text.split("\n");
    const frontEnd = lines[0] === "---" ? lines.indexOf("---", 1) + 1 : 0;
    const blank = lines.indexOf("", start % lines.length);
    const from = blank < 0 ? 0 : blank + 1;
    return [...(withFront ? lines.slice(0, frontEnd) : []), ...lines.slice(from, from + length)].join("\n");
  });

const FRONT = "---\ngroup: g\ntheme: t\n---\n\n";
const HEADING = "## O-1: Title *x*\n\n";
const TABLE = "| Id | Action | Lead |\n| -- | :----: | ---- |\n| A-1 | Do \\| it | GT, MX |\n| A-2 | More | |\n";
const ITEMS = "- **Title (es):** Título\n- **Description (es):** Texto\n";

/** Small texts at the edges of the subset: each must take the fast path and read as remark does. */
const FAST_CASES: [string, string][] = [
  ["an empty file", ""],
  ["front matter alone", "---\n---\n"],
  ["a description, items, a table and a section", `${HEADING}Para *one*\nline two\n\nPara two\n\n${ITEMS}\n${TABLE}\n### A-1\n\nMore.\n\n- **Indicator:** x\n  - **es:** y\n  - **Target:** 9\n    - **es:** 9\n- **Notes:** n\n\n  second paragraph\n  - **es:** z\n`],
  ["a paragraph cut short by a list, a heading and a table", `${HEADING}Para\n${ITEMS}\nText\n## O-2: B\nText\n${TABLE}`],
  ["a list and a table cut short by headings", `${HEADING}${ITEMS}### A-1\n${TABLE}### A-2\n- **Notes:** x\n## O-2\n`],
  ["spaces at the ends of lines", `## O-1: T  \n\nPara  \nmore \n  \n- **Notes:** x \n  - **es:** y  \n\n| Id | Action |  \n| -- | ------ | \n| A-1 | B |   \n`],
  ["labels outside the colon and emphasis, code and links starting lines", `${HEADING}*Em* text\n\`code\` and [a link](https://x.org)\n\n- **Title (es)**: T\n- **Notes**\n- **es:** **bold**\n`],
  ["escaped pipes at the end of cells", `${HEADING}| Id | Action |\n| - | - |\n| A-1 | a \\||\n| A-2 | \\| |\n`],
  ["an empty heading and one with many spaces", "#\n\n##    O-1:   T\n"],
];

/** Markdown outside the subset, each a place remark reads differently from a naive line reader. */
const BAIL_CASES: [string, string][] = [
  ["a setext heading", "Title\n---\n"],
  ["a setext heading with =", "Title\n===\n"],
  ["a lazy continuation line", "- **A:** x\nlazy\n"],
  ["a lazy line under a nested item", "- **A:** x\n  - **es:** y\n  lazy\n"],
  ["a * bullet", "* **A:** x\n"],
  ["a + bullet", "+ **A:** x\n"],
  ["an ordered list", "1. **A:** x\n"],
  ["a paragraph cut by an ordered list", "Text\n1. x\n"],
  ["a fenced code block", "```\ncode\n```\n"],
  ["an indented code block", "    code\n"],
  ["a block quote", "> quote\n"],
  ["HTML", "<div>\nx\n</div>\n"],
  ["a thematic break", "***\n"],
  ["a heading with closing #s", "## O-1: T ##\n"],
  ["a heading without a space", "##O-1\n"],
  ["a row with fewer cells", "| a | b |\n| - | - |\n| c |\n"],
  ["a row without a closing pipe", "| a | b |\n| - | - |\n| c | d\n"],
  ["a paragraph line right after a table", "| a |\n| - |\n| c |\ntext\n"],
  ["a table right after a list", "- **A:** x\n| a |\n| - |\n"],
  ["an escaped backslash", "| a |\n| - |\n| c \\\\| d |\n"],
  ["a CR", "## O-1: T\r\n"],
  ["a tab", "- **A:**\tx\n"],
  ["a link reference definition", "[a]: https://x.org\n"],
  ["a footnote definition", "[^1]: note\n"],
  ["an item without a bold label", "- x\n"],
  ["a label glued to its text", "- **A:**x\n"],
  ["a label with emphasis inside", "- **A *b*:** x\n"],
  ["a label closed by three asterisks", "- **A:*** x\n"],
  ["an item indented by three", "- **A:** x\n   - **es:** y\n"],
  ["a paragraph after a nested list", "- **A:** x\n  - **es:** y\n\n  text\n"],
  ["an unclosed front matter", "---\ngroup: g\n"],
  ["a front matter fence with more dashes", "---\ngroup: g\n----\n"],
];

describe("the fast Markdown scanner", () => {
  it.each(FAST_CASES)("reads %s without bailing, as remark does", (_, body) => {
    expect(expectSameReading(body === "" || body.startsWith("---") ? body : FRONT + body)).toBe(true);
  });

  it.each(BAIL_CASES)("bails on %s", (_, body) => {
    expect(fastMarkdownTree(FRONT + body)).toBeUndefined();
  });

  it("reads the shipped plan's Markdown groups and the docs example without bailing, as remark does", () => {
    expect(SHIPPED.length).toBeGreaterThan(0);
    for (const sample of [docsExample(), ...SHIPPED]) expect(expectSameReading(sample.text), sample.name).toBe(true);
  });

  it("reads every other Markdown file we have as remark does, or bails; the golden groups without bailing", () => {
    const fast = OTHERS.filter((sample) => expectSameReading(sample.text)).map((sample) => sample.name);
    const goldenGroups = OTHERS.filter((sample) => sample.name.includes("/input/") && sample.text.startsWith("---\n"));
    expect(goldenGroups.length).toBeGreaterThan(0);
    expect(fast).toEqual(expect.arrayContaining(goldenGroups.map((sample) => sample.name)));
  });

  it("reads every group the writer makes without bailing, as remark does", () => {
    fc.assert(
      fc.property(generatedMarkdown, (text) => {
        expect(expectSameReading(text)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("reads mutated groups and files as remark does, or bails", () => {
    let fast = 0;
    let runs = 0;
    const mutated = fc.tuple(fc.oneof(generatedMarkdown, corpusWindow), fc.array(mutation, { minLength: 1, maxLength: 2 }));
    fc.assert(
      fc.property(mutated, ([text, mutations]) => {
        runs++;
        if (expectSameReading(mutations.reduce(mutate, text))) fast++;
      }),
      { numRuns: 1000 },
    );
    // A mutation that bails proves nothing: enough of them must take the fast path for the test to bite.
    // Some 26-31% do, as the draw falls: a quarter failed now and then, a fifth leaves room.
    expect(fast).toBeGreaterThan(runs / 5);
  });
});

describe("a Markdown group whose front matter is TOML", () => {
  it("is read by the scanner from its first heading on, with what remark's reading gives: the front matter said, the body's values, findings and places", () => {
    for (const sample of [docsExample(), ...SHIPPED]) {
      const end = sample.text.indexOf("\n---\n", 3);
      const [yaml, body] = [sample.text.slice(4, end + 1), sample.text.slice(end + 5)];
      const toml = yaml.replace(/^(\w+): (.*)$/gm, '$1 = "$2"');
      for (const text of [`+++\n${toml}+++\n${body}`, `+++\n${toml}\n${body}`]) {
        const blocks = fastMarkdownBlocks(text);
        expect(blocks, sample.name).toBeDefined();
        const lazy = readMarkdownGroup("g.md", text, blocks!, undefined, () => fastMarkdownBlocks(text)!.body);
        const theirs = readMarkdownGroup("g.md", text, blocksOfTree(remark(text)), undefined);
        expect(lazy.diagnostics[0]?.code, sample.name).toBe("md-front-matter");
        expect(lazy.value, `${sample.name}: ${text.slice(0, 12)}`).toStrictEqual(theirs.value);
        expect(lazy.diagnostics, sample.name).toStrictEqual(theirs.diagnostics);
        for (const dataPath of dataPaths(theirs.value)) expect(lazy.locate(dataPath, "value"), sample.name).toStrictEqual(theirs.locate(dataPath, "value"));
      }
    }
  });
});

describe("a Markdown group the scanner leaves halfway", () => {
  // The scanner hands the readers the body block by block; a block it is not sure of comes after
  // others were read. parseMarkdownGroup then reads the whole file again with remark.
  const shipped = SHIPPED.find((sample) => sample.name.endsWith("5-prevention-assistance.md"))!;
  const lastSection = shipped.text.lastIndexOf("\n### ");
  const text = `${shipped.text.slice(0, lastSection)}\n\n> A note quoted from the workshop.\n${shipped.text.slice(lastSection)}`;

  it("is read again by remark from the start: value, problems and places as remark's alone", async () => {
    expect(lastSection).toBeGreaterThan(shipped.text.length / 2);
    expect(fastMarkdownTree(text)).toBeUndefined();
    const tree = remark(text);
    const theirs = readMarkdownGroup("g.md", text, blocksOfTree(tree), frontMatterOf(tree));
    const mine = await parseMarkdownGroup("g.md", text);
    expect(theirs.diagnostics.map((d) => d.code)).toContain("md-unexpected-content");
    expect(mine.value).toStrictEqual(theirs.value);
    expect(mine.diagnostics).toStrictEqual(theirs.diagnostics);
    for (const dataPath of dataPaths(theirs.value)) expect(mine.locate(dataPath, "value")).toStrictEqual(theirs.locate(dataPath, "value"));
  });
});
