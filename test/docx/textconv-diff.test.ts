import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxText } from "../../src/parse/docx-text.js";
import { shippedCopy } from "../build/helpers.js";
import { runPlan } from "../helpers/run.js";

const INTELLIGENCE = "groups/1-intelligence.yaml";

/** The English Word draft of the shipped plan, as `plan textconv` shows it, after `edit`. */
async function draftText(edit: Record<string, (text: string) => string> = {}): Promise<string[]> {
  const dir = shippedCopy(edit);
  const { exitCode } = await runPlan(["build", "--format", "docx", "--lang", "en"], dir);
  expect(exitCode).toBe(0);
  return docxText(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.docx"))).split("\n");
}

/** The lines `git diff` would show: those of `before` missing from `after`, and the other way round. */
function changedLines(before: readonly string[], after: readonly string[]): { removed: string[]; added: string[] } {
  const missing = (from: readonly string[], other: readonly string[]) => {
    const left = new Map<string, number>();
    for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
    return from.filter((line) => {
      const count = left.get(line) ?? 0;
      left.set(line, count - 1);
      return count <= 0;
    });
  };
  return { removed: missing(before, after), added: missing(after, before) };
}

const base = draftText();

describe("git diff on the Word draft, through plan textconv", () => {
  it("shows a changed timeframe in the timeline row too, a quarter a column: ■ where the action runs", async () => {
    const after = await draftText({ [INTELLIGENCE]: (text) => text.replace("timeframe: {start: 2019-Q3, end: 2021-Q4}", "timeframe: {start: 2019-Q3, end: 2022-Q2}") });
    const { removed, added } = changedLines(await base, after);
    const row = (quarters: string[]) => `1.1.3 INT-1.3 | Sign bilateral and multilateral intelligence-exchange arrangements along the main routes | ${quarters.join(" | ")}`.trimEnd();
    const runs = (before: number, on: number) => [...Array<string>(before).fill(""), ...Array<string>(on).fill("■"), ...Array<string>(28 - before - on).fill("")];
    expect(removed).toContain(row(runs(2, 10)));
    expect(added).toContain(row(runs(2, 12)));
    expect(added).toHaveLength(3);
  });

  it("writes the contents without page numbers, so an action removed leaves them as they were", async () => {
    const lines = await base;
    const contents = lines.slice(lines.indexOf("Contents") + 1, lines.indexOf("Background and rationale", lines.indexOf("Contents") + 2));
    expect(contents.slice(0, 3)).toEqual(["Background and rationale", "Objectives", "General objective"]);
    expect(contents.at(-1)).toBe("Annex E: Sources");
    const after = await draftText({
      [INTELLIGENCE]: (text) => text.slice(0, text.indexOf("      - id: INT-2.2")) + text.slice(text.indexOf("      - id: INT-2.3")),
      "groups/2-field-operations.md": (text) => text.replace("- **Related:** INT-2.2, PRV-3.1", "- **Related:** PRV-3.1"),
    });
    const { removed } = changedLines(lines, after);
    expect(removed).toContain("Action 1.2.2 (INT-2.2): Agree a common protocol for interviewing smuggled migrants as witnesses");
    expect(removed.filter((line) => contents.includes(line))).toEqual([]);
  });

  it("reads the indicators' label as itself wherever the page breaks: an indicator added to one action changes no other action's lines", async () => {
    const indicator = [
      "          - text:", "              en: Holding centres visited by the national human rights institution", "              es: Centros de aseguramiento visitados por la institución nacional de derechos humanos",
      "            target:", "              en: Every centre once a year", "              es: Cada centro una vez al año",
    ].join("\n");
    const after = await draftText({ "groups/3-detention-alternatives.yaml": (text) => text.replace("        indicators:\n", `        indicators:\n${indicator}\n`) });
    const { removed, added } = changedLines(await base, after);
    // The new indicator's row, and the rows of the annexes and timeline that name no page: nothing of any other action.
    expect(added.filter((line) => line.startsWith("Holding centres visited"))).toHaveLength(1);
    expect([...removed, ...added].filter((line) => line.startsWith("Monitoring indicators"))).toEqual([]);
    expect((await base).filter((line) => line.startsWith("Monitoring indicators")).every((line) => line === "Monitoring indicators")).toBe(true);
  });

  it("marks where a footnote is called, with the number its text is listed under at the end", async () => {
    const lines = await base;
    expect(lines).toContain("To give the RCM a regional work plan against migrant smuggling that guides strategic policies and actions over the medium and long term. IOM suggested that such a plan should run for at least five years; this draft proposes the period 2019–2025.[^1]");
    expect(lines.filter((line) => line.startsWith("[^1] "))).toEqual([expect.stringMatching(/^\[\^1\] The period of validity was left open/)]);
  });

  it("keeps the header rows of the timeline as they are, though their empty cells are shaded", async () => {
    const lines = await base;
    const legend = lines.indexOf("Each shaded cell is a quarter in which the action runs.");
    expect(lines[legend + 1]).toBe("No. | Action | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025");
    expect(lines[legend + 2]).toBe(` |  | ${Array.from({ length: 7 }, () => "Q1 | Q2 | Q3 | Q4").join(" | ")}`);
  });
});

describe("plan textconv on contents Word itself has updated", () => {
  it("drops the page numbers Word writes as PAGEREF fields, and keeps the entries' own numbers", () => {
    const run = (inner: string) => `<w:r>${inner}</w:r>`;
    const field = (instruction: string, result: string) =>
      run('<w:fldChar w:fldCharType="begin"/>') + run(`<w:instrText xml:space="preserve"> ${instruction} </w:instrText>`) +
      run('<w:fldChar w:fldCharType="separate"/>') + run(`<w:t>${result}</w:t>`) + run('<w:fldChar w:fldCharType="end"/>');
    const entry = (text: string, page: string) => `<w:p>${run(`<w:t>${text}</w:t>`)}${run("<w:tab/>")}${field("PAGEREF _Toc2 \\h", page)}</w:p>`;
    const body = [
      `<w:p>${run('<w:fldChar w:fldCharType="begin"/>')}${run('<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText>')}${run('<w:fldChar w:fldCharType="separate"/>')}</w:p>`,
      entry("Methodology", "4"),
      `<w:p>${run("<w:t>A.1</w:t>")}${run("<w:tab/>")}${run("<w:t>Actions by compliance indicator</w:t>")}${run("<w:tab/>")}${field("PAGEREF _Toc3 \\h", "42")}</w:p>`,
      `<w:p>${run('<w:fldChar w:fldCharType="end"/>')}</w:p>`,
      `<w:p>${run("<w:t>Article 10</w:t>")}${run("<w:tab/>")}${run("<w:t>12</w:t>")}</w:p>`,
    ].join("");
    const docx = zipSync({ "word/document.xml": strToU8(`<w:document><w:body>${body}</w:body></w:document>`) });
    expect(docxText(docx)).toBe("Methodology\nA.1 Actions by compliance indicator\nArticle 10 12\n");
  });
});

describe("plan textconv on a document whose body unpacks to more than it can read", () => {
  it("refuses it by the size its zip declares, before unpacking (git diff runs textconv on every .docx of the history)", () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>corto</w:t></w:r></w:p></w:body></w:document>") });
    // The central directory's entry says what the part unpacks to: declared as 500 MB, as a zip bomb's is.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let central = zip.length - 22;
    while (view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, 500 * 1024 * 1024, true);
    expect(() => docxText(zip)).toThrow("word/document.xml unpacks to 500 MB, more than the 400 MB a draft's text is read from");
  });
});
