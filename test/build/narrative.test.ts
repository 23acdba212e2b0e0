import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { docxText } from "../../src/parse/docx-text.js";
import { checkNarrative, closeOpenBlock, holdsNothingToReport } from "../../src/parse/narrative/check.js";
import { readPart } from "../../src/render/docx/package.js";
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
    ["a comment", "<!-- TODO: ask Panama for the 2016 figure", "5:1  warning  the comment is never closed (no -->): the rest of the file is part of it  narrative-unclosed\n  hint: Write --> where it ends;"],
    ["a code fence", "````text\ncode\n", "5:1  warning  the code block opened with ```` is never closed: the rest of the file reads as code  narrative-unclosed\n  hint: Write ```` on a line of its own where the code ends;"],
    ["a <pre> block", "- item\n\n  <pre>\n  kept as typed\n", "7:3  warning  the HTML block <pre is never closed (no </pre>): the rest of the file is part of it  narrative-unclosed\n  hint: Write </pre> where it ends;"],
  ])("is told where %s opens, with how to close it", async (_, open, said) => {
    const dir = withChapter(`# Chapter B\n\nSome text.\n\n${open}`);
    const validated = await runPlan(["validate"], dir);
    expect(validated.exitCode).toBe(0);
    expect(validated.stdout).toContain(`narrative/en/x.md:${said}`);
    expect(validated.stdout).toContain("the drafts end it at the end of this file, so that it does not run on into the next chapter.\n");
  });

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

describe("a narrative file's own Markdown in the Markdown draft", () => {
  it("keeps its line breaks and its code block as written: trailing spaces and blank lines", async () => {
    const code = "function plan() {  \n\n\n  return 1;\t\n}";
    const dir = withChapter(`# Chapter B\n\nCalle 5  \nSan José\n\n\`\`\`js\n${code}\n\`\`\`\n`);
    expect((await runPlan(["build", "--format", "md"], dir)).exitCode).toBe(0);
    const tree = parseGfm(draft(dir, "rcm-smuggling.en.md"));
    const codes = tree.children.flatMap((node) => (node.type === "code" ? [node.value] : []));
    expect(codes).toEqual([code]);
    const address = tree.children.find((node) => node.type === "paragraph" && textOf(node).startsWith("Calle 5"));
    expect(address?.type === "paragraph" && address.children.map((child) => child.type)).toEqual(["text", "break", "text"]);
  });
});

describe("a narrative heading with no text", () => {
  it("has no entry in either draft's contents, which would be an empty link or a page number alone, and stays in the text as written, in both languages", async () => {
    const dir = withChapter("# Chapter B\n\nText.\n\n#\n\nUnder no title.\n\n# #\n\n# Chapter C\n", "# Capítulo B\n\nTexto.\n\n# \n\nSin título.\n\n# Capítulo C\n");
    expect((await runPlan(["build", "--format", "md,docx"], dir)).exitCode).toBe(0);
    for (const [lang, chapters] of [["en", ["Chapter B", "Chapter C"]], ["es", ["Capítulo B", "Capítulo C"]]] as const) {
      const markdown = draft(dir, `rcm-smuggling.${lang}.md`);
      expect(markdown, lang).not.toContain("[](#");
      const contents = markdown.slice(markdown.indexOf("\n- ["), markdown.indexOf("\n\n", markdown.indexOf("\n- [")));
      expect(contents, lang).toContain(`- [${chapters[0]}](#`);
      expect(contents, lang).toContain(`- [${chapters[1]}](#`);
      // Chapter C's anchor counts the empty headings before it, as GitHub counts them (none is a "chapter-c").
      expect(contents, lang).toContain(`- [${chapters[1]}](#${chapters[1].toLowerCase().replace(" ", "-")})`);
      expect(markdown, lang).toMatch(/\n## ?\n\n(Under no title|Sin título)\.\n/);
      // The Word draft's contents: each entry a title and its page, the chapters' among them.
      const document = readPart(readFileSync(path.join(dir, "drafts", `rcm-smuggling.${lang}.docx`)), "word/document.xml")!;
      const entries = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="_Toc\d+">(.*?)<\/w:hyperlink>/gs)].map(([, runs]) => [...runs!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(""));
      expect(entries.length, lang).toBeGreaterThan(10);
      expect(entries.filter((entry) => !/\p{L}/u.test(entry)), lang).toEqual([]);
      expect(entries.filter((entry) => chapters.some((chapter) => entry.startsWith(chapter))), lang).toHaveLength(2);
    }
  });
});

describe("a reference a narrative file does not define", () => {
  it("stays text in the Markdown draft, as validate says and the Word draft prints it, though the draft defines an action's number as a label", async () => {
    const line = "See action [1.1.1], [1.1.2][] and [the first][1.1.1], but \\[1.2.1] and [a link](https://example.org) [^1].";
    const dir = withChapter(`# Chapter B\n\n${line}\n\n[^1]: A note.\n`, `# Capítulo B\n\n${line}\n\n[^1]: Una nota.\n`);
    const validated = await runPlan(["validate", "narrative/en/x.md"], dir);
    // A bare `[1.1.1]` is a bracket in prose, not told; the full and collapsed forms are.
    expect(validated.stdout.match(/narrative-undefined-reference/g)).toHaveLength(2);
    expect((await runPlan(["build", "--format", "md"], dir)).exitCode).toBe(0);
    for (const lang of ["en", "es"]) {
      const markdown = draft(dir, `rcm-smuggling.${lang}.md`);
      // The draft does define the label 1.1.1, for its own links to the action.
      expect(markdown, lang).toMatch(/\n\[1\.1\.1\]: #/);
      const paragraph = parseGfm(markdown).children.find((node) => node.type === "paragraph" && textOf(node).startsWith("See action"));
      expect(paragraph && textOf(paragraph), lang).toBe("See action [1.1.1], [1.1.2][] and [the first][1.1.1], but [1.2.1] and a link .");
      const links = paragraph?.type === "paragraph" ? paragraph.children.filter((child) => child.type === "link" || child.type === "linkReference") : [];
      expect(links.map((link) => link.type === "link" && link.url), lang).toEqual(["https://example.org"]);
    }
  });
});

describe("a narrative heading and paragraph holding a run of 100,000 spaces", () => {
  it("are in both drafts as written, the heading in the contents, built in the time a file of that size takes", async () => {
    const spaces = " ".repeat(100_000);
    const dir = withChapter(`# Chapter${spaces}B ##\n\nSome${spaces}text\nover two lines.\n`);
    const built = await runPlan(["build", "--format", "md,docx"], dir);
    expect(built.exitCode).toBe(0);
    const markdown = draft(dir, "rcm-smuggling.en.md");
    expect(markdown).toContain(`\n- [Chapter${spaces}B](#chapter${"-".repeat(100_000)}b)\n`);
    expect(markdown).toContain(`\n## Chapter${spaces}B\n\nSome${spaces}text\nover two lines.\n`);
    const document = docxText(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.docx")));
    expect(document).toContain("\nChapter B\nSome text over two lines.\n");
  });
});

describe("a narrative file nested thousands deep", () => {
  it.each([
    ["lists", `# Chapter B\n\n${"- ".repeat(3000)}deep\n`, "3:201"],
    ["emphasis", `# Chapter B\n\nText.\n\n${"*".repeat(6000)}x${"*".repeat(6000)}\n`, "5:1"],
  ])("of %s is nested-too-deep at its line; the build leaves it out with --force, and never crashes", async (_, text, place) => {
    const dir = withChapter(text);
    const validated = await runPlan(["validate", "narrative/en/x.md"], dir);
    expect(validated.exitCode).toBe(1);
    expect(validated.stdout).toContain(`narrative/en/x.md:${place}  error  lists, quotes, brackets or emphasis nested more than 100 deep: the drafts cannot be written with this file  nested-too-deep\n`);

    const refused = await runPlan(["build"], dir);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain("plan: not writing the drafts: the plan has 2 errors");

    const forced = await runPlan(["build", "--force"], dir);
    expect(forced.stderr).not.toContain("internal error");
    expect(forced.exitCode).toBe(1);
    expect(forced.stderr).toContain("plan: the drafts leave out narrative/en/x.md: it has errors (above), so its text is not in them\n");
    expect(forced.stderr).toContain("plan: the drafts leave out narrative/es/x.md: it has errors (above), so its text is not in them\n");
    expect(forced.stdout).toContain("wrote 4 drafts despite 2 errors (--force)\n");
    expect(chapters(draft(dir, "rcm-smuggling.en.md"))).not.toContain("Chapter B");
    expect(draft(dir, "rcm-smuggling.es.md")).not.toContain("deep");
  });

  it("in a group's text is printed in the Word draft as it is written, where the build crashed", async () => {
    const title = `${"*".repeat(3000)}x${"*".repeat(3000)}`;
    const dir = shippedCopy({ "groups/1-intelligence.yaml": (text) => text.replace(/^( {8}title:\n {10}en: ).*$/m, `$1"${title}"`) });
    const built = await runPlan(["build", "--format", "docx", "--lang", "en"], dir);
    expect(built.stderr).not.toContain("internal error");
    expect(built.exitCode).toBe(0);
    expect(docxText(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.docx")))).toContain(title);
  });
});

describe("what the drafts would not print as the narrative's author sees it", () => {
  it("is warned of at its file, line and column, when the plan or that file is validated", async () => {
    const dir = withChapter("# Chapter B\n\nThe routes: ![Map](img/routes.png).[^9]\n");
    const validated = await runPlan(["validate", "narrative/en/x.md"], dir);
    expect(validated.exitCode).toBe(0);
    expect(validated.stdout).toBe(
      [
        'narrative/en/x.md:3:13  warning  an image: the Word draft shows its alt text ("Map") alone in its place, and the Markdown draft, written to drafts/, looks for img/routes.png from there  narrative-image',
        "  hint: Say in the text what the image shows, and add the picture to the Word draft by hand; in the Markdown draft only an address (https://…) finds it.",
        "narrative/en/x.md:3:36  warning  the footnote [^9] has no definition in this file ([^9]: …): the drafts print it as written  narrative-undefined-reference",
        "  hint: Define it in the same file (`[^1]: the note`, `[label]: https://…`): each narrative file's definitions are its own.",
        "",
        "2 problems (0 errors, 2 warnings, 0 infos) in 1 file",
        "",
      ].join("\n"),
    );
    expect((await runPlan(["validate", "--strict"], dir)).exitCode).toBe(1);
  });

  const findings = (text: string) => checkNarrative("x.md", text).diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code}: ${d.message}`);

  it("an image: the Word draft shows its alt text alone, and a relative path is read from drafts/", () => {
    expect(findings("# A\n\nThe routes: ![Map of the routes](img/routes.png \"Routes\") and ![](https://x.org/a.png).\n")).toEqual([
      '3:13-3:58 narrative-image: an image: the Word draft shows its alt text ("Map of the routes") alone in its place, and the Markdown draft, written to drafts/, looks for img/routes.png from there',
      "3:63-3:87 narrative-image: an image: the Word draft shows nothing, as the image has no alt text, in its place",
    ]);
  });

  it("a footnote or reference link defined nowhere in its file, which the drafts print as written", () => {
    const text = "# A[^2]\n\nDefined.[^1] [The report][rep], [rep][] and [Plan][p].\n\n- Nested[^3]\n\n[^1]: A note.\n\n[REP]: https://x.org\n";
    expect(findings(text)).toEqual([
      "1:4-1:8 narrative-undefined-reference: the footnote [^2] has no definition in this file ([^2]: …): the drafts print it as written",
      "3:45-3:54 narrative-undefined-reference: the link [p] has no definition in this file ([p]: https://…): the drafts print it as written",
      "5:9-5:13 narrative-undefined-reference: the footnote [^3] has no definition in this file ([^3]: …): the drafts print it as written",
    ]);
  });

  it("a footnote right after an exclamation mark (¡Véase![^1]), which reads as an image's ![…], is told where it has no definition, and not where it has one", () => {
    expect(findings("¿Qué es el tráfico? ¡Véase![^1] y ¡nota![^2], ¡otra![^3][].\n\n[^2]: Una nota.\n")).toEqual([
      "1:28-1:32 narrative-undefined-reference: the footnote [^1] has no definition in this file ([^1]: …): the drafts print it as written",
      "1:53-1:59 narrative-undefined-reference: the footnote [^3] has no definition in this file ([^3]: …): the drafts print it as written",
    ]);
  });

  it("a definition over two lines, as CommonMark allows (its title or its destination on the next line), defines its label and those after it", () => {
    const text = "See [a][ref], [b][one], [c][two] and [d][nope].\n\n[one]: <https://e.org/1>\n  \"Title on the next line\"\n[ref]: https://e.org/4\n[two]:\n  https://e.org/2 \"T\"\n";
    expect(findings(text)).toEqual([
      "1:38-1:47 narrative-undefined-reference: the link [nope] has no definition in this file ([nope]: https://…): the drafts print it as written",
    ]);
    // A title-like line after a paragraph's text is the paragraph's, not a definition's.
    expect(findings("[x][t]\n\nText.\n\"t\"\n[t]: /t\n")).toEqual([
      "1:1-1:7 narrative-undefined-reference: the link [t] has no definition in this file ([t]: https://…): the drafts print it as written",
    ]);
  });

  it("a heading with no text, which the drafts show as an empty heading and the Markdown draft's contents leave out", () => {
    expect(findings("# A\n\n##\n\nText.\n\n  ### #  \n\n> #\n\n- ## \n\n#hashtag and ## in text\n\n    # code\n\n```\n#\n```\n")).toEqual([
      "3:1-3:3 narrative-empty-heading: a heading with no text: the drafts show an empty heading here, and their contents leave it out",
      "7:3-7:8 narrative-empty-heading: a heading with no text: the drafts show an empty heading here, and their contents leave it out",
      "9:3-9:4 narrative-empty-heading: a heading with no text: the drafts show an empty heading here, and their contents leave it out",
      "11:3-11:5 narrative-empty-heading: a heading with no text: the drafts show an empty heading here, and their contents leave it out",
    ]);
  });

  it("front matter at the top, which the drafts print as a rule and a heading", () => {
    expect(findings("---\ntitle: Background\n---\n\n# Background\n")).toEqual([
      "1:1-3:4 narrative-front-matter: the file starts with front matter (--- … ---), which the drafts print as a rule and a heading",
    ]);
  });

  it("is found by the whole scan wherever the quick look at a file's characters does not rule it out", () => {
    const lines = ["", "Text", "- item", "1. item", "> quote", "    code", "# Title[^1]", "See [^1] and [^2].", "[^1]: A note.", "[^a]: [^b]: x", "**bold** _em_", "- - - - x", "> > > - x", "```", "~~~", "<!-- note", "-->", "<pre>", "![map](m.png)", "[a][b]", "[b]: /b", "---", "a `[^3]` b", "\\[^4]", "##", "> # #", "- #"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 10 }), (picked) => {
      const text = picked.join("\n");
      // A whole comment after it: nothing to report, and no quick look.
      if (holdsNothingToReport(text)) expect(checkNarrative("x.md", `${text}\n\n<!-- -->\n`).diagnostics).toEqual([]);
    }), { numRuns: 2000 });
    expect(holdsNothingToReport(`${"> ".repeat(101)}deep`)).toBe(false);
    expect(holdsNothingToReport("# A\n\nText.[^1]\n\n[^1]: Its note.\n")).toBe(true);
  });

  it("nothing in what Markdown reads as no markup: code, comments, escapes, a table, a rule and a heading underlined", () => {
    const text = [
      "Background",
      "==========",
      "",
      "Use `![x](y)` and `[^9]`; \\[^9] is typed. <!-- ![x](y) [^9] -->",
      "",
      "```md",
      "![chart](c.png) [^9] [a][b]",
      "```",
      "",
      "    [^9] indented code",
      "",
      "<div>",
      "![x](y) [^9]",
      "</div>",
      "",
      "| a | b |",
      "|---|---|",
      "| [link](https://x.org) | *em* and **strong** |",
      "",
      "---",
      "",
      "> 1. A quote's list[^1]",
      ">    - and a sub-item, see [the plan].",
      "",
      "[^1]: Its note,",
      "    on two lines.",
      "[the plan]: https://x.org/plan \"The plan\"",
    ].join("\n");
    expect(findings(text)).toEqual([]);
  });
});

describe("a narrative file's mark that quotes thousands of characters", () => {
  const messages = (text: string) => checkNarrative("x.md", text).diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint]);

  it("names a fence of 20,000 backticks by its length, and still says how to close it", () => {
    expect(messages(`Text.\n\n${"`".repeat(20_000)}\ncode\n`)).toEqual([
      [
        "narrative-unclosed",
        3,
        1,
        "the code block opened with 20000 backticks is never closed: the rest of the file reads as code",
        "Write 20000 backticks on a line of its own where the code ends; the drafts end it at the end of this file, so that it does not run on into the next chapter.",
      ],
    ]);
  });

  it("quotes a footnote's label and an image's address clipped", () => {
    const [footnote, image] = messages(`See [^${"x".repeat(900)}].\n\n![map](${"x/".repeat(300)}map.png)\n`).map((d) => d[3] as string);
    expect(footnote).toBe(`the footnote [^${"x".repeat(99)}…] has no definition in this file ([^${"x".repeat(99)}…]: …): the drafts print it as written`);
    expect(image).toBe(`an image: the Word draft shows its alt text ("map") alone in its place, and the Markdown draft, written to drafts/, looks for ${"x/".repeat(49)}x… from there`);
  });
});

describe("a narrative's link to a heading no draft has (#anchor)", () => {
  const LINKS = "See [the method](#methodolgy), [theme 2](#theme-2-field-operations), [annex A](#annex-a-protocol-coverage), [the background](#background-and-rationale) and [nowhere](#nowhere).\n";

  it("is warned of by the build at the link, with the anchor it was likely meant for; the links that lead somewhere are not", async () => {
    const dir = withChapter(`# Chapter B\n\n${LINKS}`, "# Capítulo B\n\nVéase [la metodología](#metodología) y [sin acento](#metodologia).\n");
    const built = await runPlan(["build", "--format", "md"], dir);
    expect(built.exitCode).toBe(0);
    expect(built.stderr).toContain("narrative/en/x.md:3:5  warning  the link to #methodolgy goes to no heading of the en draft  narrative-dead-link\n  hint: Did you mean #methodology?\n");
    expect(built.stderr).toContain(
      "narrative/en/x.md:3:32  warning  the link to #theme-2-field-operations goes to no heading of the en draft  narrative-dead-link\n  hint: Did you mean #theme-2-field-operations-cooperation-police-and-judicial-response?\n",
    );
    expect(built.stderr).toContain("narrative/en/x.md:3:157  warning  the link to #nowhere goes to no heading of the en draft  narrative-dead-link\n  hint: Link to a heading by the anchor");
    expect(built.stderr).toContain("narrative/es/x.md:3:40  warning  the link to #metodologia goes to no heading of the es draft  narrative-dead-link\n  hint: Did you mean #metodología?\n");
    expect(built.stderr.split("\n").filter((line) => line.includes("narrative-dead-link"))).toHaveLength(4);
    // What it warns of is what the draft has: the typo's link leads nowhere, the meant one is a heading's.
    expect(draft(dir, "rcm-smuggling.en.md")).toContain("\n## Methodology\n");
  });

  it("is told once for a file two drafts print, naming each draft it leads nowhere in: the English file in the Spanish draft links to English headings", async () => {
    const dir = shippedCopy({ "plan.yaml": (text) => text.replace("es: narrative/es/03-metodologia.md}\n", "$&  - narrative/en/x.md\n") });
    writeFileSync(path.join(dir, "narrative/en/x.md"), "# Chapter B\n\nSee [the method](#methodology) and [nowhere](#nowhere).\n\n[gone]: <#gone>\n");
    const built = await runPlan(["build", "--format", "md"], dir);
    expect(built.exitCode).toBe(0);
    expect(built.stderr).toContain("narrative/en/x.md:3:5  warning  the link to #methodology goes to no heading of the es draft  narrative-dead-link\n  hint: Did you mean #metodología?\n");
    expect(built.stderr).toContain("narrative/en/x.md:3:36  warning  the link to #nowhere goes to no heading of the en and es drafts  narrative-dead-link\n");
    // A link definition is told at its line, as its links all lead where it does.
    expect(built.stderr).toContain("narrative/en/x.md:5:1  warning  the link to #gone goes to no heading of the en and es drafts  narrative-dead-link\n");
    // In a file whose only links write their # escaped too, and in one whose only link is a definition.
    writeFileSync(path.join(dir, "narrative/en/x.md"), "# Chapter B\n\nSee [a](\\#escaped) and [b](&#35;entity).\n");
    const escaped = (await runPlan(["build", "--format", "md"], dir)).stderr;
    for (const fragment of ["escaped", "entity"]) expect(escaped).toContain(`the link to #${fragment} goes to no heading of the en and es drafts`);
    writeFileSync(path.join(dir, "narrative/en/x.md"), "# Chapter B\n\nSee [the reference][gone].\n\n[gone]: #gone\n");
    expect((await runPlan(["build", "--format", "md"], dir)).stderr).toContain("narrative/en/x.md:5:1  warning  the link to #gone goes to no heading of the en and es drafts");
  });

  it("is left to the build by validate, which reports it, and fails, where plan.yaml's rules make it an error", async () => {
    const dir = withChapter(`# Chapter B\n\n${LINKS}`, "# Capítulo B\n\nSin enlaces.\n");
    expect(await runPlan(["validate"], dir)).toMatchObject({ exitCode: 0, stdout: "no problems in 14 files\n" });
    appendFileSync(path.join(dir, "plan.yaml"), "rules: {narrative-dead-link: error}\n");
    const validated = await runPlan(["validate"], dir);
    expect(validated.exitCode).toBe(1);
    expect(validated.stdout).toContain("narrative/en/x.md:3:5  error  the link to #methodolgy goes to no heading of the en draft  narrative-dead-link\n");
    expect(validated.stdout).toContain("3 problems (3 errors, 0 warnings, 0 infos)");
    const built = await runPlan(["build"], dir);
    expect(built.exitCode).toBe(1);
    expect(built.stderr).toContain("plan: not writing the drafts: the plan has 3 errors");
  });
});
