import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closest, didYouMean, editDistance, Speller } from "../../src/diagnostics/suggest.js";

describe("did you mean", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("hihg", "high")).toBe(1);
    expect(editDistance("undoc", "unodc")).toBe(1);
    expect(editDistance("lead", "lead")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests the word a person most likely meant", () => {
    expect(didYouMean("hihg", ["high", "medium", "low"])).toBe("did you mean high?");
    expect(didYouMean("UNDOC", ["IOM", "UNODC", "UNHCR"])).toBe("did you mean UNODC?");
    expect(didYouMean("SOM-6.9", ["SOM-6.1", "SOM-10.1"])).toBe("did you mean SOM-6.1?");
    expect(didYouMean("partnrs", ["lead", "partners", "priority"])).toBe("did you mean partners?");
  });

  it("prefers, among equally close words, the one with the same letters, whatever the candidates' order", () => {
    // IMO is one edit from both ILO and IOM; two swapped letters are the likelier typo.
    expect(didYouMean("IMO", ["ILO", "IOM", "UNODC"])).toBe("did you mean IOM?");
    expect(didYouMean("IMO", ["IOM", "ILO"])).toBe("did you mean IOM?");
    expect(didYouMean("MXX", ["MX", "MZ", "XX"].reverse())).toBe("did you mean MX?");
  });

  it("stays quiet when nothing is close", () => {
    expect(didYouMean("budget", ["lead", "partners", "priority"])).toBeUndefined();
  });
});

describe("did you mean, over many candidates", () => {
  const word = fc.string({ unit: fc.constantFrom("a", "b", "A", "-", ".", "1", "ñ", "í"), maxLength: 9 });

  it("works a distance out exactly up to the cutoff, and says only that it is over when it is", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, cutoff) => {
        const exact = editDistance(a, b);
        const bounded = editDistance(a, b, cutoff);
        if (exact <= cutoff) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(cutoff);
      }),
      { numRuns: 3000 },
    );
  });

  it("suggests the closest candidate within a third of the word's length, or nothing", () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (typed, candidates) => {
        const found = closest(typed, candidates);
        const distances = candidates.map((candidate) => editDistance(typed.toLowerCase(), candidate.toLowerCase()));
        const least = distances.reduce((a, b) => Math.min(a, b), Infinity);
        const limit = Math.max(1, Math.floor(typed.length / 3));
        if (least > limit) expect(found).toBeUndefined();
        else expect(editDistance(typed.toLowerCase(), found!.toLowerCase())).toBe(least);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds through its index of deletions what a search of every candidate finds", () => {
    const letter = fc.constantFrom("a", "b", "A", "-", ".", "1", "ñ", "í");
    // Candidates two edits or so from the typed word, where an incomplete index would miss them.
    const edit = fc.tuple(fc.constantFrom("substitute", "insert", "delete", "swap"), fc.nat(), letter);
    const edited = (typed: string, edits: readonly [string, number, string][]) => edits.reduce((text, [kind, at, char]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      if (kind === "substitute") return text.slice(0, i) + char + text.slice(i + 1);
      if (kind === "insert") return text.slice(0, i) + char + text.slice(i);
      if (kind === "delete") return text.slice(0, i) + text.slice(i + 1);
      return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
    }, typed);
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 3, maxLength: 9 }), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.array(word, { maxLength: 8 }), (typed, scripts, others) => {
        const candidates = [...scripts.map((script) => edited(typed, script)), ...others];
        expect(new Speller(candidates, { indexFrom: 0, scansBeforeIndex: 0 }).closest(typed)).toBe(new Speller(candidates, { indexFrom: Infinity }).closest(typed));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives one speller's many lookups the answers each would get alone", () => {
    const ids = Array.from({ length: 400 }, (_, i) => `G${String(i % 50).padStart(2, "0")}-${Math.floor(i / 50)}.${i % 7}`);
    const speller = new Speller(ids);
    for (const typed of ["G07-3.1", "G7-3.1", "g49-7.6", "G00-0.0", "X99-9.9", "G12-1."]) {
      expect(speller.didYouMean(typed)).toBe(didYouMean(typed, ids));
    }
    expect(speller.didYouMean("G07-3.9")).toBe("did you mean G07-3.3?");
  });
});
