/**
 * One malformed action does not hide the rest of its file: the actions of a group that fails the
 * schema check still go through the plan's rules when they pass the schema on their own.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const BASE = path.join(REPO, "test/golden/core-clean/input");
const GROUP = "groups/intelligence.yaml";

describe("a group file with a schema error in one action", () => {
  const dir = copyToTemp(BASE);
  const file = path.join(dir, GROUP);
  writeFileSync(file, readFileSync(file, "utf8").replace("protocol: [SOM-6.1]", "protocol: [SOM-6.1]\n        priority: hihg"));
  appendFileSync(file, [
    "      - id: INT-1.2",
    "        title: Share the analysis",
    "        lead: [MX, IOMM]",
    "        timeframe: {start: 2025, end: 2024}",
    "        protocol: [SOM-6.9]",
    "",
  ].join("\n"));

  it("reports the schema error and, in the same run, what the rules find in its valid actions", async () => {
    const result = await runPlan(["validate"], dir);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split("\n").filter((line) => line.startsWith(GROUP));
    expect(lines).toEqual([
      `${GROUP}:14:19  error  'hihg' is not allowed for 'priority'; use one of: high, medium, low  invalid-value`,
      `${GROUP}:17:20  error  unknown organisation 'IOMM'  unknown-organization`,
      `${GROUP}:18:28  error  action INT-1.2 starts in 2025, after it ends in 2024  timeframe-order`,
      `${GROUP}:19:20  error  unknown indicator SOM-6.9  unknown-indicator`,
    ]);
  });

  it("keeps the file out of the drafts: build refuses while it has errors", async () => {
    const result = await runPlan(["build", "--format", "md"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
  });
});

/**
 * The validate report's lines for the group file of a copy of the clean plan whose one action is
 * written as `action`; or, with `breakRow`, written as a Markdown matrix whose row is then broken.
 */
async function reportWithAction(action: string[], breakRow?: (row: string) => string): Promise<string[]> {
  const dir = copyToTemp(BASE);
  const file = path.join(dir, GROUP);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, `${text.slice(0, text.indexOf("      - id: INT-1.1"))}${action.map((line) => `      ${line}`).join("\n")}\n`);
  let shown = GROUP;
  if (breakRow) {
    shown = "groups/intelligence.md";
    const converted = await runPlan(["convert", GROUP, "--to", "md", "-o", shown], dir);
    expect(converted.exitCode).toBe(0);
    rmSync(file);
    const matrix = path.join(dir, shown);
    writeFileSync(matrix, readFileSync(matrix, "utf8").replace(/^\| INT-1\.1 .*$/m, breakRow));
  }
  const result = await runPlan(["validate"], dir);
  expect(result.exitCode).toBe(1);
  return result.stdout.split("\n").filter((line) => line.startsWith(shown));
}

describe("an action at fault still has its other fields checked, in the same run", () => {
  it("a misspelt priority does not hide an unknown lead or a partner named twice", async () => {
    expect(await reportWithAction([
      "- id: INT-1.1",
      "  title: Set up an analysis unit",
      "  lead: [MX, IOMM]",
      "  partners: [GT, GT]",
      "  timeframe: {start: 2024-Q1, end: 2025}",
      "  priority: urgent",
      "  protocol: [SOM-6.1]",
    ])).toEqual([
      `${GROUP}:11:20  error  unknown organisation 'IOMM'  unknown-organization`,
      `${GROUP}:12:24  warning  GT is named twice, in partners  redundant-party`,
      `${GROUP}:14:19  error  'urgent' is not allowed for 'priority'; use one of: high, medium, low  invalid-value`,
    ]);
  });

  it("an id at fault in a list does not hide the list's other ids: each is told in the same run", async () => {
    expect(await reportWithAction([
      "- id: INT-1.1",
      "  title: Set up an analysis unit",
      "  lead: [Guatemala, México]",
      "  partners: [IOMM, Costa Rica]",
      "  timeframe: {start: 2024-Q1, end: 2025}",
      "  protocol: [SOM 6.1, SOM-6.9]",
    ])).toEqual([
      `${GROUP}:11:16  error  unknown organisation 'Guatemala'  unknown-organization`,
      `${GROUP}:11:27  error  'México' is not valid for item 2 of 'lead' of action INT-1.1: an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit  invalid-value`,
      `${GROUP}:12:20  error  unknown organisation 'IOMM'  unknown-organization`,
      `${GROUP}:12:26  error  'Costa Rica' is not valid for item 2 of 'partners' of action INT-1.1: an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit  invalid-value`,
      `${GROUP}:14:20  error  'SOM 6.1' is not valid for item 1 of 'protocol' of action INT-1.1: an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit  invalid-value`,
      `${GROUP}:14:29  error  unknown indicator SOM-6.9  unknown-indicator`,
    ]);
  });

  it("a timeframe at fault is told once, and the action's indicators are still looked up", async () => {
    expect(await reportWithAction([
      "- id: INT-1.1",
      "  title: Set up an analysis unit",
      "  lead: [MX]",
      "  timeframe: {start: 2026 Q1, end: 2025}",
      "  protocol: [SOM-6.9]",
    ])).toEqual([
      `${GROUP}:12:28  error  '2026 Q1' is not valid for 'start': a year (YYYY) or a quarter (YYYY-Q1 to YYYY-Q4)  invalid-value`,
      `${GROUP}:13:20  error  unknown indicator SOM-6.9  unknown-indicator`,
    ]);
  });

  it("a lead or protocol at fault, or a misspelt key, is not also reported as missing", async () => {
    const lines = await reportWithAction([
      "- id: INT-1.1",
      "  title: Set up an analysis unit",
      "  leads: [MX]",
      "  partners: [IOMM]",
      "  timeframe: {start: 2024-Q1, end: 2025}",
      "  protocol: {SOM-6.1: yes}",
    ]);
    expect(lines.map((line) => line.split("  ").at(-1))).toEqual(["unknown-key", "unknown-organization", "invalid-type"]);
  });

  it("a misspelt key that is no lead or protocol does not hide a lead or protocol truly missing", async () => {
    const codes = async (key: string) => (await reportWithAction([
      "- id: INT-1.1",
      "  title: Set up an analysis unit",
      "  timeframe: {start: 2024-Q1, end: 2025}",
      `  ${key}: x`,
    ])).map((line) => line.split("  ").at(-1));
    expect(await codes("note")).toEqual(["missing-lead", "missing-protocol", "unknown-key"]);
    // A key like none of the action's (`responsables`, Spanish for leads) may be the lead: not said to be missing.
    expect(await codes("responsables")).toEqual(["unknown-key"]);
    expect(await codes("protocl")).toEqual(["missing-lead", "unknown-key"]);
  });

  it("an action whose id is at fault is not checked further: its findings would name no action", async () => {
    const lines = await reportWithAction([
      "- id: [INT-1.1]",
      "  title: Set up an analysis unit",
      "  lead: [IOMM]",
      "  timeframe: {start: 2024-Q1, end: 2025}",
      "  protocol: [SOM-6.1]",
    ]);
    expect(lines.map((line) => line.split("  ").at(-1))).toEqual(["invalid-type"]);
  });

  it("the same in a Markdown matrix: a priority cell at fault and an unknown lead in one row", async () => {
    const lines = await reportWithAction([
      "- id: INT-1.1",
      "  title: Set up an analysis unit",
      "  lead: [MX]",
      "  timeframe: {start: 2024-Q1, end: 2025}",
      "  protocol: [SOM-6.1]",
    ], (row) => row.replace("| MX ", "| MX, IOMM ").replace("| medium ", "| urgent "));
    expect(lines.map((line) => line.replace(/:\d+:\d+/, "").split("  ").slice(1))).toEqual([
      ["error", "unknown organisation 'IOMM'", "unknown-organization"],
      ["error", "'urgent' is not allowed for the Priority cell of action INT-1.1; use one of: high, medium, low", "invalid-value"],
    ]);
  });
});

describe("an action id used in two files, one of them at fault elsewhere", () => {
  it("is reported on the later file, as when neither is at fault: a baseline's key does not move when the fault is fixed", async () => {
    const dir = copyToTemp(BASE);
    const text = readFileSync(path.join(dir, GROUP), "utf8");
    // A later file (by name) holding the same action id; the earlier file gets a misspelt priority.
    writeFileSync(path.join(dir, "groups/z-later.yaml"), text.replace("group: intelligence", "group: later").replace("INT-O1", "LAT-O1"));
    const report = async () => (await runPlan(["validate"], dir)).stdout.split("\n").filter((line) => line.endsWith("duplicate-id"));
    expect(await report()).toEqual(["groups/z-later.yaml:9:13  error  action id 'INT-1.1' is already used in group 'intelligence'  duplicate-id"]);
    writeFileSync(path.join(dir, GROUP), text.replace("protocol: [SOM-6.1]", "protocol: [SOM-6.1]\n        priority: hihg"));
    expect(await report()).toEqual(["groups/z-later.yaml:9:13  error  action id 'INT-1.1' is already used in group 'intelligence'  duplicate-id"]);
  });
});

describe("two files of the same group id", () => {
  const duplicates = async (dir: string) => (await runPlan(["validate"], dir)).stdout.split("\n").filter((line) => /duplicate-id$|^  (hint|see):/.test(line));

  it("a copy of a group's file is one error at the copy, not one for each id it repeats", async () => {
    const dir = copyToTemp(BASE);
    writeFileSync(path.join(dir, "groups/z-copy.yaml"), readFileSync(path.join(dir, GROUP), "utf8"));
    expect(await duplicates(dir)).toEqual([
      "groups/z-copy.yaml:1:8  error  this file holds the same group as another group file, word for word ('intelligence')  duplicate-id",
      "  hint: Delete one of the two files: `plan convert` leaves the file it read in place, and a second download or a synced copy is often named `(1)` or `copy`.",
      `  see: ${GROUP}:1:8  the file it repeats`,
    ]);
  });

  it("the file named as a copy is the one at fault, though its name sorts first ('(1)', 'Copia de')", async () => {
    const names = [
      "intelligence (1).yaml", "intelligence - Copy.yaml", "intelligence - Copy (2).yaml", "intelligence - Copia.yaml", "intelligence - copia.yaml",
      "intelligence copy.yaml", "intelligence copy 2.yaml", "Copy of intelligence.yaml", "Copia de intelligence.yaml",
      "intelligence (Ana's conflicted copy 2026-11-30).yaml", "intelligence (copia en conflicto de Ana 2026-11-30).yaml",
      // GNOME Files' duplicates, in English and Spanish.
      "intelligence (copy).yaml", "intelligence (another copy).yaml", "intelligence (3rd copy).yaml", "intelligence (copia).yaml", "intelligence (otra copia).yaml",
    ];
    for (const name of names) {
      const dir = copyToTemp(BASE);
      // Each copy's name sorts before the original's (groups/intelligence.yaml): ' ' and 'C' before '.' and 'i'.
      const revised = readFileSync(path.join(dir, GROUP), "utf8").replace(/title: (.*)/, "title: $1, revised");
      writeFileSync(path.join(dir, "groups", name), revised);
      expect(await duplicates(dir), name).toEqual([
        `groups/${name}:1:8  error  group id 'intelligence' is already used in another group file  duplicate-id`,
        "  hint: Give this group an id of its own; or, if one of the files is an older version of the other, delete it. The ids the two files share are checked once each group has its own id.",
        "  see: groups/intelligence.yaml:1:8  first group 'intelligence'",
      ]);
    }
  });

  it("a group file whose name only has 'copy' or 'copia' in it is no copy: of two files with one action id, the later is at fault", async () => {
    for (const name of ["copy-editing.yaml", "4-copia-de-seguridad.yaml"]) {
      const dir = copyToTemp(BASE);
      // A group of its own, whose name sorts before groups/intelligence.yaml, holding the action id INT-1.1 too.
      const own = readFileSync(path.join(dir, GROUP), "utf8").replace("group: intelligence", "group: backup").replace("INT-O1", "BAK-O1");
      writeFileSync(path.join(dir, "groups", name), own);
      expect(await duplicates(dir), name).toEqual([
        `${GROUP}:9:13  error  action id 'INT-1.1' is already used in group 'backup'  duplicate-id`,
        "  hint: Give one of them a new id: an id names one thing in the whole plan, and other files and the drafts refer to it.",
        `  see: groups/${name}:9:13  first action 'INT-1.1'`,
      ]);
    }
  });

  it("the YAML file plan convert read and left beside its Markdown is the one at fault", async () => {
    const dir = copyToTemp(BASE);
    expect((await runPlan(["convert", GROUP, "--to", "md", "-o", "groups/intelligence.md"], dir)).exitCode).toBe(0);
    expect((await duplicates(dir)).filter((line) => line.endsWith("duplicate-id"))).toEqual([
      `${GROUP}:1:8  error  this file holds the same group as another group file, word for word ('intelligence')  duplicate-id`,
    ]);
  });

  it("a copy at fault elsewhere, or a copy of a file at fault, is the one duplicate-id at the copy too", async () => {
    const misspelt = (text: string) => text.replace("protocol: [SOM-6.1]", "protocol: [SOM-6.1]\n        priority: hihg");
    const report = async (dir: string) => (await runPlan(["validate"], dir)).stdout.split("\n").slice(0, -3);
    const copy = (name: string) => [
      `groups/${name}:1:8  error  group id 'intelligence' is already used in another group file  duplicate-id`,
      "  hint: Give this group an id of its own; or, if one of the files is an older version of the other, delete it. The ids the two files share are checked once each group has its own id.",
      `  see: ${GROUP}:1:8  first group 'intelligence'`,
    ];
    const fault = (file: string) => [`${file}:14:19  error  'hihg' is not allowed for 'priority'; use one of: high, medium, low  invalid-value`, "  hint: Did you mean high?"];
    // The copy named as one (it sorts first) has the misspelt priority.
    let dir = copyToTemp(BASE);
    writeFileSync(path.join(dir, "groups/intelligence (1).yaml"), misspelt(readFileSync(path.join(dir, GROUP), "utf8")));
    expect(await report(dir)).toEqual([...copy("intelligence (1).yaml"), ...fault("groups/intelligence (1).yaml")]);
    // The original has it, and a later copy does not.
    dir = copyToTemp(BASE);
    writeFileSync(path.join(dir, "groups/z-copy.yaml"), readFileSync(path.join(dir, GROUP), "utf8"));
    writeFileSync(path.join(dir, GROUP), misspelt(readFileSync(path.join(dir, GROUP), "utf8")));
    expect(await report(dir)).toEqual([...fault(GROUP), ...copy("z-copy.yaml")]);
  });

  it("once the copy has a group id of its own, the ids it shares are said, in its file", async () => {
    const dir = copyToTemp(BASE);
    writeFileSync(path.join(dir, "groups/intelligence (1).yaml"), readFileSync(path.join(dir, GROUP), "utf8").replace("group: intelligence", "group: intelligence-2"));
    expect((await duplicates(dir)).filter((line) => line.endsWith("duplicate-id"))).toEqual([
      "groups/intelligence (1).yaml:6:9  error  objective id 'INT-O1' is already used in group 'intelligence'  duplicate-id",
      "groups/intelligence (1).yaml:9:13  error  action id 'INT-1.1' is already used in group 'intelligence'  duplicate-id",
    ]);
  });
});

describe("a Markdown table column misspelt", () => {
  /** The report of the clean plan with its group as a Markdown matrix whose header row `rename` changes. */
  async function reportWithHeader(rename: (text: string) => string): Promise<string[]> {
    const dir = copyToTemp(BASE);
    const matrix = "groups/intelligence.md";
    expect((await runPlan(["convert", GROUP, "--to", "md", "-o", matrix], dir)).exitCode).toBe(0);
    rmSync(path.join(dir, GROUP));
    writeFileSync(path.join(dir, matrix), rename(readFileSync(path.join(dir, matrix), "utf8")));
    const result = await runPlan(["validate"], dir);
    return result.stdout.split("\n").filter((line) => line.startsWith(matrix)).map((line) => line.split("  ").at(-1)!);
  }

  it("is told once, not as a missing lead or protocol on every row, as a misspelt YAML key is", async () => {
    expect(await reportWithHeader((text) => text.replace("| Lead    |", "| Leed    |"))).toEqual(["md-unknown-column"]);
    // A column like none of the matrix's may be any of them: here the Protocol column's.
    expect(await reportWithHeader((text) => text.replace("| Protocol |", "| Budget   |"))).toEqual(["md-unknown-column"]);
  });

  it("a table without a Lead column is told once, as the column missing, not as a missing lead on every row", async () => {
    const withoutLead = (text: string) => text.replace("| Lead    ", "").replace("| ------- | -------- |", "| -------- |").replace("| MX, IOM ", "");
    expect(await reportWithHeader(withoutLead)).toEqual(["md-missing-column"]);
  });

  it("a table whose |---| line has a cell too few is told as that, not as a missing lead and protocol on every row", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const matrix = path.join(dir, "groups/2-field-operations.md");
    const text = readFileSync(matrix, "utf8");
    const separator = text.split("\n").find((line) => line.startsWith("| ---"))!;
    writeFileSync(matrix, text.replace(separator, separator.replace(/ -+ \|$/, "")));
    const result = await runPlan(["validate"], dir);
    expect(result.stdout.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line)).map((line) => line.split("  ").at(-1))).toEqual(["md-not-a-table"]);
  });

  it("does not hide a lead that is really missing from the Lead column the table has", async () => {
    expect(await reportWithHeader((text) => text.replace("| Protocol |", "| Budget   |").replace("| MX, IOM |", "|         |"))).toEqual(["md-unknown-column", "missing-lead"]);
  });
});

describe("a plan's indicators file with an error in one entry", () => {
  it("keeps its other entries: an action naming one is not told it names an unknown indicator, nor one naming the faulty entry", async () => {
    const dir = copyToTemp(BASE);
    appendFileSync(path.join(dir, "plan.yaml"), "indicators: indicators.yaml\n");
    writeFileSync(path.join(dir, "indicators.yaml"), [
      "indicators:",
      "  - {id: RCM-18.1, article: 18, statement: Return agreements in force}",
      "  - {id: RCM-99.1, article: 99, statement: Something}",
      "",
    ].join("\n"));
    const group = path.join(dir, GROUP);
    writeFileSync(group, readFileSync(group, "utf8").replace("protocol: [SOM-6.1]", "protocol: [SOM-6.1, RCM-18.1, RCM-99.1, RCM-18.2]"));
    const { stdout, exitCode } = await runPlan(["validate"], dir);
    expect(exitCode).toBe(1);
    const found = stdout.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));
    expect(found).toEqual([
      `${GROUP}:13:49  error  unknown indicator RCM-18.2  unknown-indicator`,
      "indicators.yaml:3:29  error  'article' must be at most 25, not 99  invalid-value",
    ]);
    expect(stdout).toContain("hint: Did you mean RCM-18.1?");
  });
});

describe("a group file at fault in an action", () => {
  it("has its facilitator's organisation and its rapporteur's country looked up in the same run", async () => {
    const dir = copyToTemp(BASE);
    const file = path.join(dir, GROUP);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("organization: IOM}", "organization: OIM}").replace("country: SV}", "country: ZZ}").replace("protocol: [SOM-6.1]", "protocol: [SOM-6.1]\n        priority: hihg"));
    expect(readFileSync(file, "utf8")).toContain("organization: OIM}");
    const lines = (await runPlan(["validate"], dir)).stdout.split("\n").filter((line) => line.startsWith(GROUP)).map((line) => line.replace(/^\S+ +\S+ +/, ""));
    expect(lines).toEqual(["unknown organisation 'OIM'  unknown-organization", "'ZZ' is not an ISO 3166-1 alpha-2 country code  unknown-country", "'hihg' is not allowed for 'priority'; use one of: high, medium, low  invalid-value"]);
  });
});
