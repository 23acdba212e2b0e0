/**
 * The Markdown draft as its readers read it: GitHub's heading anchors (github-slugger's rules, written
 * out here apart from the renderer's), a GFM parser for the structure a text must not break, and
 * pandoc, which consolidators feed the draft to (the one test here that may skip, where pandoc is
 * not installed).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { parseGfm } from "../../src/render/gfm.js";
import { renderMarkdownDraft } from "../../src/render/markdown/draft.js";
import { planDir, planYaml } from "../helpers/plans.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";
import { mergeDir } from "./helpers.js";

/** github-slugger: drop No, P* but Pc and "-", S*, C*, Z* but " ", unless alphabetic; lower case; spaces to hyphens; -1, -2 for repeats. */
function githubAnchors(headings: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((text) => {
    const base = [...text.toLowerCase()]
      .filter((c) => c === " " || c === "-" || /\p{Alphabetic}/u.test(c) || !/[\p{No}\p{P}\p{S}\p{C}\p{Z}]/u.test(c) || /\p{Pc}/u.test(c))
      .join("").replace(/ /g, "-");
    let slug = base;
    while (seen.has(slug)) {
      seen.set(base, seen.get(base)! + 1);
      slug = `${base}-${seen.get(base)}`;
    }
    seen.set(slug, 0);
    return slug;
  });
}

function textOf(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) return node.children.map((child) => textOf(child as Nodes)).join("");
  return "";
}

function nodesOf(node: Nodes, type: string): Nodes[] {
  const own = node.type === type ? [node] : [];
  return "children" in node ? [...own, ...node.children.flatMap((child) => nodesOf(child as Nodes, type))] : own;
}

/**
 * Each `#` link as a reader sees it, inline or by reference (the draft defines its action links at
 * its end): its text, the heading that has its anchor, and where it stands (the last `##` heading above it).
 */
function linkTargets(markdown: string) {
  const tree = parseGfm(markdown);
  const headings = nodesOf(tree, "heading").map(textOf);
  const byAnchor = new Map(githubAnchors(headings).map((anchor, i) => [anchor, headings[i]!]));
  const definitions = new Map(nodesOf(tree, "definition").flatMap((node) => (node.type === "definition" ? [[node.identifier, node.url] as const] : [])));
  let chapter = "";
  return tree.children.flatMap((block) => {
    if (block.type === "heading" && block.depth === 2) chapter = textOf(block);
    return nodesOf(block, "link").concat(nodesOf(block, "linkReference")).flatMap((link) => {
      const url = link.type === "link" ? link.url : link.type === "linkReference" ? definitions.get(link.identifier) : undefined;
      if (url === undefined || !url.startsWith("#")) return [];
      return [{ text: textOf(link), heading: byAnchor.get(url.slice(1)), chapter }];
    });
  });
}

/** Each `#` link's text, and whether a heading has its anchor. */
function contentsLinks(markdown: string) {
  return linkTargets(markdown).map(({ text, heading }) => ({ text, found: heading !== undefined }));
}

/** The draft of a one-action plan; `action` adds YAML lines to the action (indented by eight spaces). */
async function draft(themeTitle: string, lang: "en" | "es" = "en", action = "", actionTitle = "Designate focal points"): Promise<string> {
  const group = `group: g
theme: intelligence
facilitator: {name: Ana, organization: IOM}
rapporteur: {name: Luis, country: GT}
objectives:
  - id: INT-O1
    title: Share data
    actions:
      - id: INT-1.1
        title: ${actionTitle}
        lead: [GT]
        timeframe: {start: 2024, end: 2025}
        priority: high
        protocol: [SOM-10.1]
${action}`;
  const dir = planDir({
    "plan.yaml": planYaml({ languages: "[en, es]", themes: [`{id: intelligence, number: 1, title: {en: ${JSON.stringify(themeTitle)}, es: ${JSON.stringify(themeTitle)}}}`] }),
    "groups/g.yaml": group,
  });
  const model = (await mergeDir(dir)).merge.value!;
  return [...renderMarkdownDraft(model, lang)].join("");
}

describe("the contents of the Markdown draft, as GitHub reads it", () => {
  it("leads to a theme whose title holds a superscript, a fraction or a circled number", async () => {
    for (const title of ["Borders of 2 km²", "Half-year ½ reviews", "Step ① and Ⓐ"]) {
      const links = contentsLinks(await draft(title));
      expect(links.find((link) => link.text.startsWith("Theme 1"))).toEqual({ text: `Theme 1: ${title}`, found: true });
    }
  });
});

describe("the contents of the Markdown draft, as the Word draft's", () => {
  it("lists every chapter of a narrative file that has more than one, each leading to its heading", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const file = path.join(dir, "narrative/en", readdirSync(path.join(dir, "narrative/en")).sort()[0]!);
    appendFileSync(file, "\n# Why a regional plan?\n\nText.\n\n# Objectives of the plan\n\nMore text.\n");
    expect((await runPlan(["build", "--format", "md", "--lang", "en"], dir)).exitCode).toBe(0);
    const markdown = readFileSync(path.join(dir, "drafts/rcm-smuggling.en.md"), "utf8");
    const links = contentsLinks(markdown).map((link) => `${link.text} ${link.found}`);
    expect(links.slice(0, 4)).toEqual(["Background and rationale true", "Why a regional plan? true", "Objectives of the plan true", "Objectives true"]);
  });
});

describe("a related action or a likely duplicate in the Markdown draft, as GitHub reads it", () => {
  it("links to that action's details by its number, in both languages, and every link of the draft leads to a heading", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    expect((await runPlan(["build", "--format", "md"], dir)).exitCode).toBe(0);
    for (const lang of ["en", "es"]) {
      const markdown = readFileSync(path.join(dir, `drafts/rcm-smuggling.${lang}.md`), "utf8");
      const links = contentsLinks(markdown);
      expect(links.filter((link) => !link.found), lang).toEqual([]);
      // INT-1.1's related action; INT-3.1 and FLD-3.1, the shipped plan's likely duplicates.
      expect(links.map((link) => link.text), lang).toEqual(expect.arrayContaining(["2.2.1 (FLD-2.1)", "1.3.1 (INT-3.1)", "2.3.1 (FLD-3.1)"]));
      // And the pair's row of the likely-duplicates annex.
      expect(markdown, lang).toMatch(/^\| \[1\.3\.1 \(INT-3\.1\)\]\[1\.3\.1\] \| .* \| \[2\.3\.1 \(FLD-3\.1\)\]\[2\.3\.1\] \|/m);
    }
  });
});

describe("an action's number in the annexes of the Markdown draft, as GitHub reads it", () => {
  it("links to that action's details in the coverage, timeline and responsibilities annexes, in both languages", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    expect((await runPlan(["build", "--format", "md"], dir)).exitCode).toBe(0);
    const annexes = { en: ["Annex A", "Annex B", "Annex C"], es: ["Anexo A", "Anexo B", "Anexo C"] };
    for (const [lang, letters] of Object.entries(annexes)) {
      const markdown = readFileSync(path.join(dir, `drafts/rcm-smuggling.${lang}.md`), "utf8");
      const action = lang === "en" ? "Action" : "Acción";
      const targets = linkTargets(markdown);
      for (const letter of letters) {
        const links = targets.filter((link) => link.chapter.startsWith(`${letter}:`));
        expect(links.length, `${lang} ${letter}`).toBeGreaterThan(40);
        // Each number ("1.1.1", or "1.1.1 (INT-1.1)" in the timeline) leads to the heading of that action's details.
        for (const link of links) expect(link.heading, `${link.text} in ${letter}`).toMatch(new RegExp(`^${action} ${link.text.split(" ")[0]!.replace(/\./g, "\\.")} \\(`));
        // And no number is left as plain text.
        const section = markdown.slice(markdown.indexOf(`## ${letter}:`), markdown.indexOf("\n## ", markdown.indexOf(`## ${letter}:`) + 1));
        expect(section.replace(/\[[^\]]*\]\[[^\]]*\]/g, "").match(/\b\d+\.\d+\.\d+\b/g), `${lang} ${letter}`).toBeNull();
      }
    }
  });
});

describe("a contents entry, as GitHub reads it", () => {
  it("is one link that shows its heading's text, whatever marks the title holds", async () => {
    const titles = {
      "Data [pending review": "Data [pending review",
      "Trafficking &lt;b&gt; routes": "Trafficking <b> routes",
      "\\*Starred\\* and `code_x` and *emphasis*": "*Starred* and code_x and emphasis",
      "Back\\\\slash ~~struck~~ &amp;amp;": "Back\\slash struck &amp;",
    };
    for (const [title, shown] of Object.entries(titles)) {
      const links = contentsLinks(await draft(title));
      expect(links.filter((link) => link.text.includes("Theme"))).toEqual([{ text: `Theme 1: ${shown}`, found: true }]);
    }
  });

  it("keeps a title's last #, which a heading would drop as its closing sequence", async () => {
    const markdown = await draft("Field Operations: C# #");
    const headings = nodesOf(parseGfm(markdown), "heading").map(textOf);
    expect(headings).toContain("Theme 1: Field Operations: C# #");
    expect(contentsLinks(markdown).filter((link) => link.text.includes("Theme"))).toEqual([{ text: "Theme 1: Field Operations: C# #", found: true }]);
  });
});

describe("a text where a block goes, as GitHub reads it", () => {
  it("stays text when it starts like a heading, a list, a quote or a rule, as in the Word draft", async () => {
    const action = `        description: |-
          # 1 priority of the Network
          1986. The year of the first summit
          ---
          > quoted
        outputs:
          - "1. Numbered mapping"
          - "# Terms of reference"
          - "[x] Directory"
          - "- Dashed output"
`;
    const markdown = await draft("Intelligence", "en", action);
    const tree = parseGfm(markdown);
    const headings = nodesOf(tree, "heading").map(textOf);
    expect(headings.filter((text) => /priority|Terms/.test(text))).toEqual([]);
    expect(nodesOf(tree, "list").filter((list) => list.type === "list" && list.ordered)).toEqual([]);
    expect(nodesOf(tree, "blockquote").concat(nodesOf(tree, "thematicBreak"))).toEqual([]);
    const texts = nodesOf(tree, "paragraph").map(textOf);
    expect(texts).toContain("# 1 priority of the Network\n1986. The year of the first summit\n---\n> quoted");
    const outputs = nodesOf(tree, "listItem").map(textOf);
    expect(outputs).toEqual(expect.arrayContaining(["1. Numbered mapping", "# Terms of reference", "[x] Directory", "- Dashed output"]));
    expect(nodesOf(tree, "listItem").filter((item) => item.type === "listItem" && item.checked !== null && item.checked !== undefined)).toEqual([]);
  });
});

const hasPandoc = spawnSync("pandoc", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasPandoc) console.warn("test/build/markdown-readers: pandoc is not installed, so the pandoc test is skipped (apt-get install pandoc)");

describe("a line break in a table cell", () => {
  const action = `        indicators:
          - text: Countries with a focal point
            target: |-
              5 of 11 in 2025
              11 of 11 in 2027
`;

  it("is a <br> after a space, on the row's one line", async () => {
    expect(await draft("Intelligence", "en", action)).toContain("| Countries with a focal point | — | 5 of 11 in 2025 <br>11 of 11 in 2027 | — |");
  });

  it.skipIf(!hasPandoc)("keeps the words apart when pandoc takes the draft to Word or plain text", async () => {
    const plain = spawnSync("pandoc", ["-f", "gfm", "-t", "plain", "--wrap=none"], { input: await draft("Intelligence", "en", action), encoding: "utf8" });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/5 of 11 in 2025\s+11 of 11 in 2027/);
  });
});

describe("a pipe the text itself escapes", () => {
  it("stays in its cell of the matrix and the timeline, which keep their columns", async () => {
    const tree = parseGfm(await draft("Intelligence", "en", "", "'Routes \\| networks'"));
    const tables = nodesOf(tree, "table");
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables) {
      if (table.type !== "table") continue;
      const width = table.children[0]!.children.length;
      for (const row of table.children) expect(row.children.length).toBe(width);
    }
    const cells = nodesOf(tree, "tableCell").map(textOf);
    expect(cells.filter((text) => text === "Routes | networks")).toHaveLength(2);
  });
});
