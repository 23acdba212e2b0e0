import fc from "fast-check";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { parseGfm } from "../../src/render/gfm.js";
import { Slugger } from "../../src/render/markdown/anchors.js";
import { cell, table } from "../../src/render/markdown/blocks.js";
import { placeNarrative, plainInline, plainText } from "../../src/render/markdown/narrative.js";

describe("narrative sections in the draft", () => {
  it("moves the top heading to the level asked for, and the deeper ones with it", () => {
    const placed = placeNarrative("# Objectives\n\n## General objective\n\nText.\n", 2, "s1-");
    expect(placed.markdown).toBe("## Objectives\n\n### General objective\n\nText.");
    expect(placed.headings).toEqual([{ depth: 2, text: "Objectives" }, { depth: 3, text: "General objective" }]);
  });

  it("renames footnote labels per section, so two sections' [^1] stay apart", () => {
    const a = placeNarrative("# A\n\nOne.[^1]\n\n[^1]: First note.\n", 2, "s1-").markdown;
    const b = placeNarrative("# B\n\nTwo.[^1]\n\n[^1]: Second note.\n", 2, "s2-").markdown;
    expect(a).toContain("One.[^s1-1]");
    expect(a).toContain("[^s1-1]: First note.");
    expect(b).toContain("Two.[^s2-1]");
    expect(b).toContain("[^s2-1]: Second note.");
  });

  it("renames link definitions per section, so two sections' [report] each lead to their own", () => {
    const a = placeNarrative("# A\n\nSee [the report][report], [report], [Report][] and ![chart][report].\n\n[report]: https://a.org/informe\n", 2, "s1-").markdown;
    const b = placeNarrative("# B\n\nSee [report].\n\n[report]: https://b.org\n", 2, "s2-").markdown;
    expect(linkTargets(`${a}\n\n${b}\n`)).toEqual(["https://a.org/informe", "https://a.org/informe", "https://a.org/informe", "https://a.org/informe", "https://b.org"]);
    expect(a).toContain("See [the report][s1-report], [report][s1-report], [Report][s1-Report] and ![chart][s1-report].");
  });

  it("keeps the author's Markdown (emphasis, links, accents) and ignores # inside code", () => {
    const source = "Setext title\n============\n\nLa *acción* [enlace](http://x.org) ¿sí?\n\n```\n# not a heading\n```\n";
    const placed = placeNarrative(source, 2, "s1-").markdown;
    expect(placed).toBe("## Setext title\n\nLa *acción* [enlace](http://x.org) ¿sí?\n\n```\n# not a heading\n```");
  });
});

describe("a narrative label written with an escape or an entity", () => {
  it("is renamed per section with its references, which still find it, and two sections' notes stay apart", () => {
    const source = (url: string, note: string) =>
      `# A\n\nSee [Informe\\_2024], [the report][Informe\\_2024], [Informe\\_2024][], [R&amp;D][] and a note[^nota\\_1].\n\n[Informe\\_2024]: ${url}\n\n[R&amp;D]: ${url}/rd\n\n[^nota\\_1]: ${note}\n`;
    const a = placeNarrative(source("https://a.org", "First note."), 2, "s1-").markdown;
    const b = placeNarrative(source("https://b.org", "Second note."), 2, "s2-").markdown;
    const draft = `${a}\n\n${b}\n`;
    expect(linkTargets(draft)).toEqual(["https://a.org", "https://a.org", "https://a.org", "https://a.org/rd", "https://b.org", "https://b.org", "https://b.org", "https://b.org/rd"]);
    const notes = parseGfm(draft).children.flatMap((node) => (node.type === "footnoteDefinition" ? [node.identifier] : []));
    expect(notes).toEqual(["s1-nota\\_1", "s2-nota\\_1"]);
    expect(a).toContain("See [Informe\\_2024][s1-Informe\\_2024], [the report][s1-Informe\\_2024], [Informe\\_2024][s1-Informe\\_2024], [R&amp;D][s1-R&amp;D] and a note[^s1-nota\\_1].");
  });
});

describe("narrative comments", () => {
  it("are left out of the draft: the template's notes to the drafter never reach the RCM", () => {
    const source = "# Background\n\n<!-- Why the plan is needed.\n     Add chapters in plan.yaml. -->\n\nThe member countries agree.<!-- check --> ¿Sí?\n\n<b>kept</b>\n";
    expect(placeNarrative(source, 2, "s1-").markdown).toBe("## Background\n\nThe member countries agree. ¿Sí?\n\n<b>kept</b>");
  });

  it("leave the paragraphs around them apart: a comment right under a paragraph ended it", () => {
    for (const gap of ["\n", "\n\n"]) {
      const placed = placeNarrative(`First paragraph ends here.\n<!-- TODO: check with Panama -->${gap}Second paragraph starts here.\n`, 2, "s1-").markdown;
      expect(blocks(placed)).toEqual(["paragraph: First paragraph ends here.", "paragraph: Second paragraph starts here."]);
    }
  });

  it("keep ending the list they ended: the indented code after one stays code, not part of the last item", () => {
    for (const above of ["\n", "\n\n"]) {
      const placed = placeNarrative(`- item a${above}<!-- c -->\n\n    code\n`, 2, "s1-").markdown;
      expect(blocks(placed)).toEqual(["list: item a", "html: <!-- -->", "code: code"]);
    }
  });
});

describe("the author's Markdown in the draft", () => {
  it("keeps a hard line break, written as a backslash, which no editor strips", () => {
    const placed = placeNarrative("Line one  \nline two\\\nline three\n", 2, "s1-").markdown;
    expect(placed).toBe("Line one\\\nline two\\\nline three");
    const paragraph = parseGfm(placed).children[0]!;
    expect(paragraph.type === "paragraph" && paragraph.children.map((child) => child.type)).toEqual(["text", "break", "text", "break", "text"]);
  });

  it("keeps code byte for byte, its trailing spaces and blank lines, and tidies only the lines around it", () => {
    const code = "first  \n\n\n\n  last \t";
    const source = `Text   \n\n\n\n\`\`\`\n${code}\n\`\`\`\n\n- item\n\n      ${code.replaceAll("\n", "\n      ")}\n`;
    const placed = placeNarrative(source, 2, "s1-").markdown;
    const tree = parseGfm(placed);
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph", "code", "list"]);
    const nested = tree.children[2]!.type === "list" ? tree.children[2]!.children[0]!.children[1] : undefined;
    expect([tree.children[1], nested].map((node) => node?.type === "code" && node.value)).toEqual([code, code]);
    expect(placed.startsWith("Text\n\n```")).toBe(true);
  });
});

describe("footnotes and reference links in a narrative heading", () => {
  it("are relabelled with their section's definitions, so they still find them", () => {
    const a = placeNarrative("# Background[^1]\n\n## See [the report][r] and [r][]\n\nSetext [r]\nover two lines\n---\n\n[^1]: A note.\n\n[r]: https://a.org\n", 2, "s1-");
    const b = placeNarrative("# Other[^1]\n\nSee [r].\n\n[^1]: B note.\n\n[r]: https://b.org\n", 2, "s2-");
    expect(a.markdown).toContain("## Background[^s1-1]\n\n### See [the report][s1-r] and [r][s1-r]\n\n### Setext [r][s1-r] over two lines\n");
    expect(linkTargets(`${a.markdown}\n\n${b.markdown}\n`)).toEqual(["https://a.org", "https://a.org", "https://a.org", "https://b.org"]);
    const footnotes = parseGfm(`${a.markdown}\n\n${b.markdown}\n`).children.flatMap((node) => (node.type === "heading" && node.children[1]?.type === "footnoteReference" ? [node.children[1].identifier] : []));
    expect(footnotes).toEqual(["s1-1", "s2-1"]);
    expect(a.headings).toEqual([{ depth: 2, text: "Background" }, { depth: 3, text: "See the report and r" }, { depth: 3, text: "Setext r over two lines" }]);
  });
});

describe("table cells", () => {
  it('escape pipes and turn line breaks into " <br>", so a row stays on one line', () => {
    expect(cell("a | b\nc")).toBe("a \\| b <br>c");
    expect(table(["x", "y"], [["1|2", "línea\nnueva"]])).toEqual(["| x | y |", "|---|---|", "| 1\\|2 | línea <br>nueva |"]);
  });

  it("leave an empty cell without trailing spaces", () => {
    expect(table(["x", "y"], [["1", ""]])[2]).toBe("| 1 | |");
  });
});

describe("heading anchors", () => {
  it("are made as GitHub makes them, with -1 for a repeat", () => {
    const slugger = new Slugger();
    expect(slugger.slug("Theme 1: Intelligence and Investigation")).toBe("theme-1-intelligence-and-investigation");
    expect(slugger.slug("Antecedentes y justificación")).toBe("antecedentes-y-justificación");
    expect(slugger.slug("Objectives")).toBe("objectives");
    expect(slugger.slug("Objectives")).toBe("objectives-1");
  });

  it("are made from the text a Markdown reader sees in the heading, whatever marks it holds", () => {
    expect(plainInline("**Theme** 1: *x* `y` [z](http://z.org)")).toBe("Theme 1: x y z");
    // Pieces of headings, of Markdown, and of what looks like it: each heading the draft writes is read as a reader reads it.
    const pieces = ["Action", " ", "  ", "1.1.1", "(INT-1.1)", ":", "é", "ñ", "–", "—", "\u00a0", "😀", "*", "_", "`", "[", "]", "(", ")", "<", ">", "&amp;", "!", "~", "|", "#", "\\", "@", "www.", "http://", "x.org", "- ", "+ ", "1. ", "> ", "\t", "\n", "="];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const heading = parts.join("");
      expect(plainInline(heading)).toBe(plainText(parseGfm(heading)));
    }), { numRuns: 1000 });
  });
});

/** Where each reference link of a whole draft leads, as a Markdown reader resolves it: the first definition of a label wins. */
function linkTargets(markdown: string): string[] {
  const definitions = new Map<string, string>();
  const references: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if (node.type === "linkReference" || node.type === "imageReference") references.push(node.identifier);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseGfm(markdown));
  return references.map((identifier) => definitions.get(identifier) ?? `(no definition for ${identifier})`);
}

/** Each top-level block of `markdown` as a Markdown reader reads it: its type and its text. */
function blocks(markdown: string): string[] {
  const text = (node: Nodes): string => ("value" in node ? node.value : "children" in node ? node.children.map((child) => text(child as Nodes)).join(" ") : "");
  return parseGfm(markdown).children.map((node) => `${node.type}: ${text(node)}`);
}
