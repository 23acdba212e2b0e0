// Real readers of the Word draft: pandoc reads it back, LibreOffice lays it out as PDF. These are
// the only tests that may skip, and only where the program is not installed (.ci/run installs
// Debian's pandoc and libreoffice-writer-nogui).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanModel } from "../../src/model/plan-model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { shippedModel } from "./shipped-plan.js";

const installed = (command: string) => spawnSync(command, ["--version"], { encoding: "utf8" }).status === 0;
const hasPandoc = installed("pandoc");
const hasSoffice = installed("soffice");
if (!hasPandoc) console.warn("test/docx/real-readers: pandoc is not installed, so the pandoc read-back test is skipped (apt-get install pandoc)");
if (!hasSoffice) console.warn("test/docx/real-readers: soffice is not installed, so the LibreOffice PDF test is skipped (apt-get install libreoffice-writer-nogui)");

let model: PlanModel;
let dir: string;

beforeAll(async () => {
  model = await shippedModel();
  dir = mkdtempSync(path.join(tmpdir(), "rcm-readers-"));
  for (const lang of ["en", "es"] as const) writeFileSync(path.join(dir, `plan.${lang}.docx`), await renderDocx(model, lang));
});

describe("real readers of the Word draft", () => {
  it.skipIf(!hasPandoc)("pandoc reads back every action id and title, accents intact", () => {
    const actions = model.themes.flatMap((theme) => theme.objectives.flatMap((objective) => objective.actions));
    for (const lang of ["en", "es"] as const) {
      const read = spawnSync("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", path.join(dir, `plan.${lang}.docx`)], { encoding: "utf8" });
      expect(read.status, read.stderr).toBe(0);
      const missing = actions.filter((action) => {
        const title = typeof action.title === "string" ? action.title : action.title[lang]!;
        return !read.stdout.includes(action.id) || !read.stdout.includes(title);
      });
      expect(missing.map((action) => `${lang} ${action.id}`)).toEqual([]);
    }
  });

  it.skipIf(!hasSoffice)("LibreOffice converts it to PDF without error", () => {
    const profile = `file://${mkdtempSync(path.join(tmpdir(), "rcm-soffice-"))}`;
    const run = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "plan.es.docx")], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, "plan.es.pdf"))).toBe(true);
    const info = spawnSync("pdfinfo", [path.join(dir, "plan.es.pdf")], { encoding: "utf8" });
    if (info.status === 0) expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(20);
  });
});
