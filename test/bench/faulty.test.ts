/**
 * The bench's faulty plan (bench/generate.mjs, writeFaultyPlan) times the checks when they have much
 * to say: it must hold the faults it claims, or the row would time a clean plan under another name.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFaultyPlan, writeSyntheticPlan } from "../../bench/generate.mjs";
import { runPlan } from "../helpers/run.js";

describe("the bench's faulty plan", () => {
  it("has every YAML action without its lead and with an unknown priority, every Markdown timeframe unreadable and every related id unknown", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "rcm-faulty-"));
    const clean = path.join(work, "p");
    const faulty = path.join(work, "pf");
    expect(writeSyntheticPlan(clean, "p", { actions: 60, groups: 4 })).toBe(true);
    writeFaultyPlan(clean, faulty);
    expect((await runPlan(["validate", clean, "--format", "json"], work)).exitCode).toBe(0);

    const result = await runPlan(["validate", faulty, "--format", "json"], work);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; message: string; hint?: string }[] };
    const count = (code: string, ext: string) => report.diagnostics.filter((d) => d.code === code && d.file.endsWith(ext)).length;
    // 15 actions a group; groups 1 and 3 are YAML, 2 and 4 Markdown.
    expect(count("missing-lead", ".yaml")).toBe(30);
    expect(count("invalid-value", ".yaml")).toBe(30);
    expect(count("md-timeframe", ".md")).toBe(30);
    const unknown = report.diagnostics.filter((d) => d.code === "unknown-action");
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((d) => /^no action in the plan has the id 'X/.test(d.message) && /^Did you mean G/.test(d.hint ?? ""))).toBe(true);
    expect(report.diagnostics.filter((d) => d.code === "internal-error")).toEqual([]);
    rmSync(work, { recursive: true, force: true });
  });
});
