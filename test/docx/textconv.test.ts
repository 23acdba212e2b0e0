import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { runPlan } from "../helpers/run.js";
import { shippedModel } from "./shipped-plan.js";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "rcm-textconv-"));
  writeFileSync(path.join(dir, "plan.es.docx"), await renderDocx(await shippedModel(), "es"));
  writeFileSync(path.join(dir, "notes.docx"), "not a zip");
});

describe("plan textconv", () => {
  it("prints a paragraph or a table row a line, cells joined by ' | '", async () => {
    const { exitCode, stdout, stderr } = await runPlan(["textconv", "plan.es.docx"], dir);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Plan de trabajo para combatir el tráfico ilícito de migrantes");
    expect(lines).toContain("Borrador 1");
    expect(lines).toContain("N.º | Acción | Responsable | Socios | Plazo | Prioridad | Indicadores del Protocolo");
    expect(lines.find((line) => line.startsWith("1.1.1 INT-1.1 | Crear o fortalecer"))).toMatch(/\| México, OIM \| .* \| alta \| SOM-10\.4 SOM-6\.6$/);
    expect(lines).toContain("Responsable | México, OIM");
    expect(stdout).not.toMatch(/ +$/m);
    expect(stdout.endsWith("\n")).toBe(true);
  });

  it("gives the same text every time", async () => {
    const first = await runPlan(["textconv", "plan.es.docx"], dir);
    const second = await runPlan(["textconv", "plan.es.docx"], dir);
    expect(second.stdout).toBe(first.stdout);
  });

  it("says so, with exit 2, for a file that is not a Word document or is missing", async () => {
    const bad = await runPlan(["textconv", "notes.docx"], dir);
    expect(bad).toEqual({ exitCode: 2, stdout: "", stderr: "plan: notes.docx is not a Word document (.docx): not a zip file\n" });
    const missing = await runPlan(["textconv", "gone.docx"], dir);
    expect(missing).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot read gone.docx: no such file\n" });
    // In words, not as the system's EISDIR message.
    expect(await runPlan(["textconv", "."], dir)).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot read .: is a directory\n" });
  });
});
