/**
 * md-label-in-text looks for a labelled line whose - was lost; bold words of a text's own must
 * never be taken for one. Each case is a shipped matrix with a line of text starting in bold added
 * to an item's text or a description, as a group might write it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdownGroup } from "../../src/parse/markdown-group.js";
import { REPO } from "../helpers/run.js";
import { FUZZ_SCALE } from "../robustness/shipped-groups.js";

const MATRICES = ["2-field-operations.md", "5-prevention-assistance.md"].map((file) => readFileSync(path.join(REPO, "plans/rcm-smuggling/groups", file), "utf8"));

/** Bold openings of a text's own line: words that are no label, with or without a colon, and labels without one. */
const OPENINGS = ["**Note:**", "**Goal:**", "**Important**", "**Nota:**", "**Fuente:** ver abajo", "**Indicator**", "**Meta** nacional", "**Baseline** data", "**¿Cuándo?**", "**Niñez migrante:**"];

describe("bold words at the start of a text's line", () => {
  it("are the text's own: a matrix with one added says what it said before", async () => {
    const before = await Promise.all(MATRICES.map(async (text) => (await parseMarkdownGroup("g.md", text)).diagnostics));
    const added = fc.record({ matrix: fc.nat(MATRICES.length - 1), line: fc.nat(), opening: fc.constantFrom(...OPENINGS) });
    await fc.assert(
      fc.asyncProperty(added, async ({ matrix, line, opening }) => {
        const lines = MATRICES[matrix]!.split("\n");
        const at = line % lines.length;
        // After an item's line, as a line of its text; after a description's line, as one of the paragraph's.
        const item = /^( *)- \*\*[^*]+\*\*/.exec(lines[at]!);
        const paragraph = /^[A-Z¿¡]/.test(lines[at]!) && !lines[at]!.startsWith("|");
        fc.pre(item !== null || paragraph);
        const indent = item ? " ".repeat(item[1]!.length + 2) : "";
        lines.splice(at + 1, 0, `${indent}${opening} and the text goes on`);
        const { diagnostics } = await parseMarkdownGroup("g.md", lines.join("\n"));
        expect(diagnostics, `${opening} after line ${at + 1}`).toEqual(before[matrix]);
      }),
      { numRuns: 120 * FUZZ_SCALE, seed: 20261130 },
    );
  });
});
