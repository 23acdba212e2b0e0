/**
 * Inputs that grew the time of `plan validate` faster than their size (a minute or more on a file
 * of a few hundred kilobytes) or its report with their size: each is a finding at its place, in
 * the time a file of that size takes. The sizes are those at which the old code took minutes; read
 * linearly they take milliseconds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitIds } from "../../src/parse/markdown/inline.js";
import { shippedCopy } from "../build/helpers.js";
import { planDir, planYaml } from "../helpers/plans.js";
import { runPlan } from "../helpers/run.js";

const FRONT_MATTER = `---
group: field-operations
theme: intelligence
facilitator: {name: Ana Núñez, organization: IOM}
rapporteur: {name: Carlos Peña, country: SV}
---

## FLD-O1: Develop regional standards

`;

const HEADER = "| Id | Action | Lead | Partners | Timeframe | Priority | Protocol |\n|---|---|---|---|---|---|---|\n";

/** A matrix row, each cell as written unless given. */
function row(cells: { id?: string; lead?: string; timeframe?: string } = {}): string {
  return `| ${cells.id ?? "FLD-1.1"} | Adopt standards | ${cells.lead ?? "GT"} | MX | ${cells.timeframe ?? "2024-Q3 – 2025"} | high | SOM-11.1 |\n`;
}

interface JsonDiagnostic {
  code: string;
  message: string;
  line: number;
  column: number;
  endColumn: number;
  hint: string | null;
}

/** The diagnostics on a Markdown matrix whose body (after its front matter and first heading) is `body`, in a plan of its own. */
async function validateMatrix(body: string): Promise<{ exitCode: number; diagnostics: JsonDiagnostic[] }> {
  const dir = planDir({ "plan.yaml": planYaml(), "groups/field.md": FRONT_MATTER + body });
  const result = await runPlan(["validate", "--format", "json"], dir);
  const report = JSON.parse(result.stdout) as { diagnostics: (JsonDiagnostic & { file: string })[] };
  return { exitCode: result.exitCode, diagnostics: report.diagnostics.filter((d) => d.file === "groups/field.md") };
}

const LINE_OF_FIRST_ROW = FRONT_MATTER.split("\n").length + 2;

describe("a cell's id with a long run of spaces or quotes inside it", () => {
  it("is told as the value it is, clipped, at its cell", async () => {
    const spaced = `FLD-1.1${" ".repeat(200_000)}x`;
    const quoted = `‘GT${"’".repeat(200_000)}x`;
    const { exitCode, diagnostics } = await validateMatrix(HEADER + row({ id: spaced }) + row({ id: "FLD-1.2", lead: quoted }));
    expect(exitCode).toBe(1);
    const invalid = diagnostics.filter((d) => d.code === "invalid-value").map((d) => [d.line, d.column, d.endColumn, d.message.slice(0, 12)]);
    expect(invalid).toEqual([
      [LINE_OF_FIRST_ROW, 3, 3 + spaced.length, "'FLD-1.1…' i"],
      [LINE_OF_FIRST_ROW + 1, 31, 31 + quoted.length, `'‘GT${"’".repeat(8)}`],
    ]);
  });
});

describe("a list item's label with a long run of spaces inside it", () => {
  it("is told as the label it is not, clipped, at its place", async () => {
    const label = `Title${" ".repeat(200_000)}x (es)`;
    const { diagnostics } = await validateMatrix(`- **${label}:** Desarrollar estándares\n\n${HEADER}${row()}`);
    const unknown = diagnostics.filter((d) => d.code === "md-unknown-label");
    expect(unknown.map((d) => [d.line, d.column, d.message.length < 200])).toEqual([[LINE_OF_FIRST_ROW - 2, 3, true]]);
    expect(unknown[0]!.message).toBe("'Title…' is not a label in an objective");
  });
});

describe("an HTML table whose tags are never closed", () => {
  it("is told as the HTML table it is, at its line", async () => {
    for (const open of ["<tr ", "<td ", "x < "]) {
      const html = `<table><tr><th>Id</th><th>Action</th></tr><tr><td>${open.repeat(300_000)}</td></tr></table>\n`;
      const { diagnostics } = await validateMatrix(html);
      expect(diagnostics.map((d) => [d.code, d.line, d.column])).toContainEqual(["md-unexpected-content", LINE_OF_FIRST_ROW - 2, 1]);
      expect(diagnostics.find((d) => d.code === "md-unexpected-content")!.message).toMatch(/^an HTML table/);
    }
  });
});

describe("a Lead cell naming thousands of people commas apart", () => {
  it("is read as each name, in order, at its place (each then told as no party's id)", () => {
    const text = Array.from({ length: 20_000 }, () => "Ana Pérez").join(", ");
    const names = splitIds({ text, start: 100, end: 100 + text.length });
    expect(names).toHaveLength(20_000);
    expect(names.slice(0, 2)).toEqual([{ text: "Ana Pérez", start: 100, end: 109 }, { text: "Ana Pérez", start: 111, end: 120 }]);
    expect(names.at(-1)).toEqual({ text: "Ana Pérez", start: 100 + text.length - 9, end: 100 + text.length });
  });
});

describe("a Timeframe cell of 100,000 characters", () => {
  it("is quoted clipped in its finding", async () => {
    const { diagnostics } = await validateMatrix(HEADER + row({ timeframe: "12/".repeat(33_333) }));
    const timeframe = diagnostics.filter((d) => d.code === "md-timeframe");
    expect(timeframe.map((d) => [d.line, d.column, d.message])).toEqual([[LINE_OF_FIRST_ROW, 41, `'${"12/".repeat(33)}…' is not a timeframe`]]);
  });
});

describe("a YAML text holding thousands of `key: ` (each read as a key)", () => {
  it("is one nested-too-deep error on that file, not an internal error", async () => {
    const group = `group: field\ntheme: intelligence\nfacilitator: {name: {en: ${"a: b ".repeat(20_000)}}, organization: IOM}\n`;
    const dir = planDir({ "plan.yaml": planYaml(), "groups/field.yaml": group });
    const result = await runPlan(["validate", "--format", "json"], dir);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: (JsonDiagnostic & { file: string })[] };
    expect(report.diagnostics.filter((d) => d.file === "groups/field.yaml").map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ["nested-too-deep", 1, 1, "the file nests lists, mappings, quotes or brackets too deeply to be read"],
    ]);
  });
});

describe("a text holding 100,000 control characters", () => {
  it("is one warning at the first on its line, saying how many more it holds", async () => {
    const { diagnostics } = await validateMatrix(HEADER + row() + `\n### FLD-1.1\n\nA log: ${"a\u0007".repeat(100_000)}\n`);
    const controls = diagnostics.filter((d) => d.code === "control-character");
    expect(controls.map((d) => [d.line, d.column, d.message])).toEqual([
      [LINE_OF_FIRST_ROW + 4, 9, "U+0007 (bell), which editors seldom show: the drafts leave it out (and 99999 more on this line)"],
    ]);
  });
});

describe("a YAML lead or partner holding a run of 100,000 spaces", () => {
  it("is hinted as it is with one space, at its item", async () => {
    const spaces = " ".repeat(100_000);
    const items = [`Costa Rica${spaces}y Panamá`, `Instituto Nacional de Migración${spaces}(INM)`, `Ministry of Security${spaces}, Oxfam`];
    const action = `{id: FLD-1.1, title: Adopt standards, lead: "${items[0]}", partners: ["${items[1]}", "${items[2]}"], timeframe: {start: 2024-Q3, end: 2025}, priority: high}`;
    const group = `group: field\ntheme: intelligence\nfacilitator: {name: Ana, organization: IOM}\nrapporteur: {name: Carlos, country: SV}\nobjectives:\n  - {id: FLD-O1, title: Develop, actions: [${action}]}\n`;
    const dir = planDir({ "plan.yaml": planYaml(), "groups/field.yaml": group });
    const result = await runPlan(["validate", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as { diagnostics: (JsonDiagnostic & { file: string })[] };
    const column = (item: string) => group.split("\n")[5]!.indexOf(`"${item}"`) + 1;
    expect(report.diagnostics.filter((d) => d.code === "invalid-value").map((d) => [d.line, d.column, d.hint])).toEqual([
      [6, column(items[0]!), "Write each in an item of its own: lead: [CR, PA]."],
      [6, column(items[1]!), "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: INM, name: Instituto Nacional de Migración}, then write INM here."],
      [6, column(items[2]!), "Write each in an item of its own: partners: [Ministry of Security, Oxfam]."],
    ]);
  });
});

describe("a Markdown matrix of 25,000 rows whose front matter is TOML", () => {
  it("is told so, and its rows are read as any matrix's: a finding at its last row", async () => {
    const rows = Array.from({ length: 25_000 }, (_, k) => `| FLD-1.${k + 1} | Adopt | ${k === 24_999 ? "Costa Rica" : "GT"} | MX | 2024 | high | SOM-11.1 |\n`).join("");
    for (const [front, said] of [
      ['+++\ngroup = "field-operations"\n+++\n\n', "the front matter is TOML between `+++` lines"],
    ] as const) {
      const text = `${front}## FLD-O1: Develop regional standards\n\n${HEADER}${rows}`;
      const dir = planDir({ "plan.yaml": planYaml(), "groups/field.md": text });
      const report = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: (JsonDiagnostic & { file: string })[] };
      const found = report.diagnostics.filter((d) => d.file === "groups/field.md").map((d) => [d.code, d.line, d.column, d.hint ?? d.message.slice(0, said.length)]);
      expect(found).toEqual([
        ["md-front-matter", 1, 1, expect.any(String)],
        ["invalid-value", text.split("\n").length - 1, 25, "Costa Rica is a country: write its code, CR."],
      ]);
      expect(report.diagnostics.find((d) => d.code === "md-front-matter")!.message).toMatch(new RegExp(`^${said.replace(/[+`]/g, "\\$&")}`));
    }
  });
});

/** The shipped plan with a fourth narrative section, narrative/{en,es}/x.md holding `text`, built in Markdown: the English draft and the build's stderr. */
async function buildWithChapter(text: string): Promise<{ draft: string; stderr: string }> {
  const dir = shippedCopy({ "plan.yaml": (plan) => plan.replace("es: narrative/es/03-metodologia.md}\n", "$&  - {en: narrative/en/x.md, es: narrative/es/x.md}\n") });
  for (const lang of ["en", "es"]) writeFileSync(path.join(dir, `narrative/${lang}/x.md`), text);
  const built = await runPlan(["build", "--format", "md"], dir);
  expect(built.exitCode).toBe(0);
  return { draft: readFileSync(path.join(dir, "drafts/rcm-smuggling.en.md"), "utf8"), stderr: built.stderr };
}

describe("a narrative of 5,000 paragraphs, each with code, HTML and brackets", () => {
  it("is in the Markdown draft as written, each bracket escaped, trailing spaces and extra blank lines gone", async () => {
    const paragraph = (k: number, end: string) => `Paragraph ${k}: \`plan build\` writes <b>bold</b> and [note ${k}]${end}`;
    const paragraphs = Array.from({ length: 5_000 }, (_, k) => k);
    const { draft } = await buildWithChapter(`# Chapter B\n\n${paragraphs.map((k) => paragraph(k, "  \n\n\n")).join("")}`);
    const chapter = paragraphs.map((k) => paragraph(k, "\n\n").replace("[note", "\\[note")).join("");
    expect(draft).toContain(`\n## Chapter B\n\n${chapter}`);
  });
});

describe("a narrative of 300 KB whose footnote is defined at its end", () => {
  it("is in the Markdown draft as written, its footnote a footnote and its code block whole", async () => {
    const paragraphs = Array.from({ length: 6_000 }, (_, k) => `Paragraph ${k}: <b>bold</b> and *emphasis*.\n\n`).join("");
    const code = "```\nplan build\n\nplan validate\n```\n\n";
    const { draft } = await buildWithChapter(`# Chapter B\n\nA claim.[^n]\n\n${code}${paragraphs}${code}[^n]: The source.\n`);
    expect(draft).toContain(`\n## Chapter B\n\nA claim.[^s4-n]\n\n${code}${paragraphs}${code}`);
    expect(draft).toContain("\n[^s4-n]: The source.\n");
  });
});

describe("a Lead cell of thousands of capitalised words, each read as a party", () => {
  const lead = "Ministry Of Security ".repeat(1_000).trim();
  const words = lead.split(" ");
  const column = (k: number) => 31 + words.slice(0, k).join(" ").length + (k === 0 ? 0 : 1);
  /** The findings on words `from` to `from + 9`, as `said` tells each, the tenth saying how many more. */
  const ten = (code: string, from: number, said: (word: string) => string, more: number) =>
    Array.from({ length: 10 }, (_, k) => [code, LINE_OF_FIRST_ROW, column(from + k), `${said(words[from + k]!)}${k === 9 ? ` (and ${more} more on this line)` : ""}`]);

  it("is told ten findings of each kind on its line, the tenth saying how many more; the summary counts them all", async () => {
    const dir = planDir({ "plan.yaml": planYaml(), "groups/field.md": FRONT_MATTER + HEADER + row({ lead }) });
    const result = await runPlan(["validate", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; summary: { errors: number; warnings: number } };
    expect(result.exitCode).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ...ten("unknown-organization", 0, (word) => `unknown organisation '${word}'`, 2_990),
      ...ten("redundant-party", 3, (word) => `${word} is named twice, in lead`, 2_987),
    ].sort((a, b) => (a[2] as number) - (b[2] as number) || String(a[0]).localeCompare(String(b[0]))));
    expect(report.summary).toMatchObject({ errors: 3_000, warnings: 2_997 });
  });

  it("is told so by plan build too, and in every report format as long as for a cell of ten times fewer words", async () => {
    const dir = planDir({ "plan.yaml": planYaml(), "groups/field.md": FRONT_MATTER + HEADER + row({ lead }) });
    const build = await runPlan(["build"], dir);
    expect(build.exitCode).toBe(1);
    expect(build.stderr).toContain("unknown organisation 'Ministry' (and 2990 more on this line)");
    expect(build.stderr).toContain("5997 problems (3000 errors, 2997 warnings, 0 infos)");
    // The counts' digits aside.
    const tenth = planDir({ "plan.yaml": planYaml(), "groups/field.md": FRONT_MATTER + HEADER + row({ lead: "Ministry Of Security ".repeat(100).trim() }) });
    for (const format of ["stylish", "github", "sarif", "junit"]) {
      const { stdout } = await runPlan(["validate", "--format", format], dir);
      const small = await runPlan(["validate", "--format", format], tenth);
      expect(stdout).toContain("(and 2990 more on this line)");
      expect(stdout.length - small.stdout.length).toBeLessThan(100);
    }
    // JUnit's count of failures is that of the <failure>s it holds, as its readers count them.
    const xml = (await runPlan(["validate", "--format", "junit"], dir)).stdout;
    expect(xml).toContain('<testsuites name="rcm-plan" tests="21" failures="10" errors="0">');
    expect(xml.match(/<failure /g)).toHaveLength(10);
  });
});

describe("a YAML list of a thousand unknown ids on one line", () => {
  it("is told ten unknown-organization errors, the tenth saying how many more, with their own paths", async () => {
    const lead = Array.from({ length: 1_000 }, (_, k) => `X${k}`);
    const group = `group: field\ntheme: intelligence\nfacilitator: {name: Ana, organization: IOM}\nrapporteur: {name: Carlos, country: SV}\nobjectives:\n  - id: FLD-O1\n    title: Develop\n    actions:\n      - {id: FLD-1.1, title: Adopt standards, lead: [${lead.join(", ")}], timeframe: {start: 2024-Q3, end: 2025}, priority: high, protocol: [SOM-11.1]}\n`;
    const dir = planDir({ "plan.yaml": planYaml(), "groups/field.yaml": group });
    const report = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: (JsonDiagnostic & { path: string })[] };
    const line = group.split("\n")[8]!;
    expect(report.diagnostics.map((d) => [d.code, d.line, d.column, d.path, d.message])).toEqual(
      lead.slice(0, 10).map((id, k) => ["unknown-organization", 9, line.indexOf(`${id},`) + 1, `objectives.0.actions.0.lead.${k}`, `unknown organisation '${id}'${k === 9 ? " (and 990 more on this line)" : ""}`]),
    );
  });
});

/** The diagnostics on a YAML group file whose one action is the flow mapping `action`, in a plan of its own. */
async function validateAction(action: string): Promise<JsonDiagnostic[]> {
  const group = `group: field\ntheme: intelligence\nfacilitator: {name: Ana, organization: IOM}\nrapporteur: {name: Carlos, country: SV}\nobjectives:\n  - {id: FLD-O1, title: Develop, actions: [${action}]}\n`;
  const dir = planDir({ "plan.yaml": planYaml(), "groups/field.yaml": group });
  const report = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: (JsonDiagnostic & { file: string })[] };
  return report.diagnostics.filter((d) => d.file === "groups/field.yaml");
}

/** An action in YAML's flow style, each field as written unless given. */
function flowAction(fields: { id?: string; lead?: string; protocol?: string; related?: string } = {}): string {
  const related = fields.related === undefined ? "" : `, related: ${fields.related}`;
  return `{id: ${fields.id ?? "FLD-1.1"}, title: Adopt, lead: ${fields.lead ?? "[GT]"}, timeframe: {start: 2024-Q3, end: 2025}, priority: high, protocol: ${fields.protocol ?? "[SOM-11.1]"}${related}}`;
}

describe("a value of 20,000 repetitions whose hint writes it corrected", () => {
  const n = 20_000;
  const hints = async (fields: Parameters<typeof flowAction>[0]) => (await validateAction(flowAction(fields))).filter((d) => d.code === "invalid-value").map((d) => d.hint);

  it("writes an id in curly quotes or full-width characters clipped, naming a few of those characters", async () => {
    expect(await hints({ id: `"‘FLD-1.1${"1".repeat(n)}’"` })).toEqual([`It is in curly quotes (‘…’), which are read as part of it: write FLD-1.${"1".repeat(93)}…`]);
    expect(await hints({ related: `["ＦＬＤ－１．${"２".repeat(n)}"]` })).toEqual([
      `It holds full-width characters (ＦＬＤ－１．２２２２２２…), as an East Asian keyboard types them: write FLD-1.${"2".repeat(93)}…`,
    ]);
  });

  it("writes a list of ids or parties with its first few, and … for the rest", async () => {
    expect(await hints({ lead: `"${"MX, ".repeat(n)}GT"` })).toEqual([`Write a list, in brackets: lead: [${Array(25).fill("MX").join(", ")}, …].`]);
    expect(await hints({ lead: `["${"Costa Rica y ".repeat(n)}Panamá"]` })).toEqual([`Write each in an item of its own: lead: [${Array(25).fill("CR").join(", ")}, …].`]);
  });

  it("leaves out a name of 200,000 characters from the entry it tells to add, and clips an indicator's id", async () => {
    expect(await hints({ lead: `["${"Instituto ".repeat(n)}(INM)"]` })).toEqual(["An organisation is written by its id: add it to `organizations` in plan.yaml as {id: INM, name}, then write INM here."]);
    expect(await hints({ protocol: `["SOM ${"1.".repeat(n)}1"]` })).toEqual([`An indicator's id has a hyphen between its letters and its number: write SOM-${"1.".repeat(47)}1…`]);
  });

  it("writes the ids of a Markdown cell a pipe parts with its first few", async () => {
    const { diagnostics } = await validateMatrix(HEADER + row({ lead: `${"GT \\| ".repeat(n)}MX` }));
    expect(diagnostics.filter((d) => d.code === "invalid-value").map((d) => d.hint)).toEqual([`Separate the ids with commas: \`${Array(25).fill("GT").join(", ")}, …\`.`]);
  });
});

describe("an id, a key or a text of 20,000 characters that a message or a hint quotes", () => {
  const long = (start: string, letter: string) => `${start}${letter.repeat(20_000)}`;
  const id = long("FLD-1.1", "1");
  /** A YAML group file holding one action, with `fields` written over its own. */
  const yamlGroup = (fields: { group?: string; theme?: string; action?: string; extra?: string } = {}) =>
    `group: ${fields.group ?? "field"}\ntheme: ${fields.theme ?? "intelligence"}\nfacilitator: {name: Ana, organization: IOM}\nrapporteur: {name: Carlos, country: SV}\nobjectives:\n  - id: FLD-O1\n    title: Develop\n    actions:\n      - ${fields.action ?? flowAction()}\n${fields.extra ?? ""}`;
  const cases: Record<string, { files: Record<string, string>; code: string; quoted: string }> = {
    "an unknown organisation": { files: { "groups/field.yaml": yamlGroup({ action: flowAction({ lead: `[${long("ZZ", "Z")}]` }) }) }, code: "unknown-organization", quoted: "unknown organisation 'ZZZZZ" },
    "an unknown indicator": { files: { "groups/field.yaml": yamlGroup({ action: flowAction({ protocol: `[${long("SOM-1", "1")}]` }) }) }, code: "unknown-indicator", quoted: "unknown indicator SOM-111" },
    "an unknown action": { files: { "groups/field.yaml": yamlGroup({ action: flowAction({ related: `[${long("INT-9", "9")}]` }) }) }, code: "unknown-action", quoted: "no action in the plan has the id 'INT-999" },
    "an unknown theme": { files: { "groups/field.yaml": yamlGroup({ theme: long("intel", "x") }) }, code: "unknown-theme", quoted: "unknown theme 'intelxxx" },
    "a party named twice": { files: { "groups/field.yaml": yamlGroup({ action: flowAction({ lead: `[${long("ZZ", "Z")}, ${long("ZZ", "Z")}]` }) }) }, code: "redundant-party", quoted: "ZZZZZ" },
    "a duplicate action id": { files: { "groups/field.yaml": yamlGroup({ action: `${flowAction({ id })}\n      - ${flowAction({ id })}` }) }, code: "duplicate-id", quoted: "action id 'FLD-1.111" },
    "a text a # cuts short": { files: { "groups/field.yaml": yamlGroup().replace("title: Develop", `title: Develop ${"#unit ".repeat(4_000)}`) }, code: "comment-in-text", quoted: "the text stops before '#unit #unit" },
    "an unknown key": { files: { "groups/field.yaml": yamlGroup().replace("    title: Develop", `    title: Develop\n    ${"leadx".repeat(200)}: 1`) }, code: "unknown-key", quoted: "unknown key 'leadxleadx" },
    "a duplicate key": { files: { "groups/field.yaml": yamlGroup().replace("    title: Develop", `    title: Develop\n    ${"leadx".repeat(200)}: 1\n    ${"leadx".repeat(200)}: 2`) }, code: "duplicate-key", quoted: "duplicate key 'leadxleadx" },
    "a text without its translation, of an action with a long id": {
      files: { "plan.yaml": planYaml({ languages: "[en, es]" }), "groups/field.md": FRONT_MATTER + HEADER + row({ id }) },
      code: "missing-translation",
      quoted: "action FLD-1.111",
    },
    "a section of no row": { files: { "groups/field.md": `${FRONT_MATTER}${HEADER}${row()}\n### ${id}\n\nText.\n` }, code: "md-unknown-section", quoted: "no action FLD-1.111" },
    "a section heading in curly quotes": { files: { "groups/field.md": `${FRONT_MATTER}${HEADER}${row()}\n### ‘${id}’\n\nText.\n` }, code: "md-section-heading", quoted: "the section heading '‘FLD-1.111" },
    "an objective heading with no id": { files: { "groups/field.md": `${FRONT_MATTER.replace("## FLD-O1: Develop regional standards", `## ${"Develop ".repeat(3_000)}`)}${HEADER}${row()}` }, code: "md-heading-id", quoted: "the objective heading 'Develop Develop" },
  };

  for (const [name, { files, code, quoted }] of Object.entries(cases)) {
    it(`quotes it clipped: ${name}`, async () => {
      const dir = planDir({ "plan.yaml": planYaml(), ...files });
      const report = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: (JsonDiagnostic & { related: { message: string }[] | null })[] };
      expect(report.diagnostics.filter((d) => d.code === code).map((d) => d.message.slice(0, quoted.length))).toContain(quoted);
      const said = report.diagnostics.flatMap((d) => [d.message, d.hint ?? "", ...(d.related ?? []).map((place) => place.message)]);
      expect(said.filter((text) => text.length > 400)).toEqual([]);
    });
  }
});

describe("an action's related list of 2,000 ids, one of them twice and its own among them", () => {
  it("is told the repeat, with the first beside it, and its own id, once each", async () => {
    const ids = Array.from({ length: 2_000 }, (_, k) => `FLD-9.${k + 1}`);
    const related = [...ids.slice(0, 1_500), "INT-1.1", ids[7]!, ...ids.slice(1_500)];
    const group = `group: intelligence
theme: intelligence
objectives:
  - id: INT-O1
    title: Share intelligence
    actions:
      - id: INT-1.1
        title: Set up an analysis unit
        lead: [MX]
        timeframe: {start: 2024-Q1, end: 2025}
        protocol: [SOM-10.4]
        related: [${related.join(", ")}]
`;
    const dir = planDir({ "plan.yaml": planYaml(), "groups/intelligence.yaml": group });
    const report = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: (JsonDiagnostic & { related: { message: string; column: number }[] | null })[] };
    const column = (k: number) => "        related: [".length + related.slice(0, k).join(", ").length + (k === 0 ? 1 : 3);
    expect(report.diagnostics.filter((d) => d.code === "redundant-reference").map((d) => [d.line, d.column, d.message, d.related?.map((place) => [place.column, place.message])])).toEqual([
      [12, column(1_500), "INT-1.1 names itself in related", undefined],
      [12, column(1_501), "FLD-9.8 is named twice, in related", [[column(7), "first FLD-9.8"]]],
    ]);
  });
});
