import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A small plan.yaml, in English unless `languages` says otherwise; `themes` are YAML flow mappings, one a theme. */
export function planYaml({
  date = "2024-01-15",
  period = "{start: 2024, end: 2028}",
  languages = "[en]",
  themes = ["{id: intelligence, number: 1, title: Intelligence}"],
}: { date?: string; period?: string; languages?: string; themes?: string[] } = {}): string {
  return `id: test-plan
title: Test plan
draft: 1
status: draft
date: ${date}
period: ${period}
languages: ${languages}
themes:
${themes.map((theme) => `  - ${theme}\n`).join("")}`;
}

/**
 * A group file for the theme `intelligence` with one action, INT-1.1 (`lead` as written, and
 * `more` lines of it after its protocol), of no fault of its own where `lead` and `more` have none.
 */
export function groupYaml({ lead = "[MX]", more = "" }: { lead?: string; more?: string } = {}): string {
  return `group: intelligence
theme: intelligence
facilitator: {name: Ana Núñez, organization: IOM}
rapporteur: {name: Carlos Peña, country: SV}
objectives:
  - id: INT-O1
    title: Share intelligence
    actions:
      - id: INT-1.1
        title: Set up an analysis unit
        lead: ${lead}
        timeframe: {start: 2024, end: 2024}
        protocol: [SOM-6.1]
${more}`;
}

/** A temporary plan directory holding `files` (relative path -> content), with a groups/ folder. */
export function planDir(files: Record<string, string | Uint8Array>, prefix = "rcm-plan-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(dir, "groups"));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}
