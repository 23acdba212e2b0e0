/**
 * The bench's ratios against `node -e 0`: a plan command's is taken against the yardstick runs made
 * beside it (measure's `beside`), so that a slow spell of the machine moves both; only a row
 * measured without them falls back on the yardstick's own row. A build's ratio to pandoc is taken
 * the same way, each over its own node -e 0 runs.
 */
import { describe, expect, it } from "vitest";
import { measure } from "../../bench/measure.mjs";
import { verdicts } from "../../bench/report.mjs";

const row = (size: string, name: string, fields: Record<string, unknown>) => ({ size, name, ok: true, runs: 5, ...fields });
const validateTarget = (rows: unknown[], baseline: unknown) => verdicts(rows, baseline).find((t: { target: string }) => t.target.startsWith("validate S"));

describe("the bench's validate S target", () => {
  const baseline = { ok: true, ms: 170, runs: 5 };

  it("is judged against the node -e 0 runs made beside it", () => {
    expect(validateTarget([row("s", "validate", { ms: 180, besideMs: 120 })], baseline)).toEqual({ target: "validate S within 1.5× node -e 0", verdict: "pass", measured: "1.50×" });
    expect(validateTarget([row("s", "validate", { ms: 200, besideMs: 120 })], baseline)).toMatchObject({ verdict: "miss", measured: "1.67×" });
  });

  it("falls back on the node -e 0 row when the command ran without them", () => {
    expect(validateTarget([row("s", "validate", { ms: 200 })], baseline)).toMatchObject({ verdict: "pass", measured: "1.18×" });
  });
});

describe("the bench's build S target", () => {
  const baseline = { ok: true, ms: 120, runs: 5 };
  const buildTarget = (build: Record<string, unknown>, pandoc: Record<string, unknown>) =>
    verdicts([row("s", "build md+docx", build), row("s", "pandoc md->docx", pandoc)], baseline).find((t: { target: string }) => t.target.startsWith("build md+docx S"));

  it("takes each over the node -e 0 runs beside it, so that a slow spell during one does not decide", () => {
    // The build ran in a spell twice as slow as pandoc's: 900 ms is 0.64× pandoc's 700 at the same pace.
    expect(buildTarget({ ms: 900, besideMs: 200 }, { ms: 700, besideMs: 100 })).toEqual({ target: "build md+docx S faster than pandoc S", verdict: "pass", measured: "0.64× pandoc" });
    expect(buildTarget({ ms: 600, besideMs: 100 }, { ms: 700, besideMs: 200 })).toMatchObject({ verdict: "miss", measured: "1.71× pandoc" });
  });

  it("compares the plain times when either ran without node -e 0 beside it", () => {
    expect(buildTarget({ ms: 900, besideMs: 200 }, { ms: 700 })).toMatchObject({ verdict: "miss", measured: "1.29× pandoc" });
  });
});

describe("measure beside a yardstick", () => {
  it("gives the yardstick's median over runs interleaved with the command's", () => {
    // A yardstick that takes 400 ms longer than the command: the two medians cannot be mistaken.
    const slow: [string, string[]] = [process.execPath, ["-e", "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400)"]];
    const result = measure(process.execPath, ["-e", "0"], { runs: 2, beside: slow });
    expect(result.ok).toBe(true);
    expect(result.runs).toBe(2);
    expect(result.besideMs).toBeGreaterThanOrEqual(400);
    expect(result.ms).toBeLessThan(result.besideMs);
    expect(measure(process.execPath, ["-e", "0"], { runs: 2 }).besideMs).toBeUndefined();
  });
});
