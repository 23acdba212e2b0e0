import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../src/diagnostics/suggest.js";

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
