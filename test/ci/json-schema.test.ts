/**
 * `plan schema`: the JSON Schemas an editor uses must agree with `plan validate`: they accept every
 * file of a valid plan and reject a broken file at the same place, for the same reason.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/parse/yaml.js";
import { builtInEditorData } from "../../src/cli/commands/schema.js";
import { TIMEPOINT_IN_YEARS_PATTERN, timepointInYears, YEARS } from "../../src/model/fields.js";
import { jsonSchemaOf, type SchemaKind } from "../../src/render/schema/json-schema.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });
// The message an editor shows for a wrong value (yaml-language-server, VS Code): an annotation to ajv, as the README says.
ajv.addKeyword("errorMessage");
const validators = { plan: ajv.compile(jsonSchemaOf("plan", builtInEditorData())), group: ajv.compile(jsonSchemaOf("group", builtInEditorData())) };
const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

function check(kind: SchemaKind, file: string, text: string) {
  const validate = validators[kind];
  validate(parseYaml(file, text).value);
  return validate.errors ?? [];
}

describe("plan schema", () => {
  it("prints the group schema (draft 2020-12, with $id and title) and writes it to a file with -o", async () => {
    const printed = await runPlan(["schema", "--kind", "group"], REPO);
    expect(printed.exitCode).toBe(0);
    const schema = JSON.parse(printed.stdout);
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "urn:rcm-plan:schema:group", type: "object", additionalProperties: false });
    const dir = copyToTemp(path.join(REPO, "test/golden/ci-schema-group/input"));
    const written = await runPlan(["schema", "--kind", "plan", "-o", "schemas/plan.schema.json"], dir);
    expect(written).toMatchObject({ exitCode: 0, stdout: "plan schema written to schemas/plan.schema.json\n" });
    expect(JSON.parse(readFileSync(path.join(dir, "schemas/plan.schema.json"), "utf8")).$id).toBe("urn:rcm-plan:schema:plan");
  });

  it("-o replaces a schema of the same kind it wrote, but no other file, nor another kind's schema, unless --force", async () => {
    const dir = copyToTemp(SHIPPED);
    const [group] = readdirSync(path.join(dir, "groups"));
    const before = readFileSync(path.join(dir, "groups", group!), "utf8");
    // A plan file's name (the schema *for* plan.yaml, written over it) is refused with --force too: a schema is JSON.
    for (const target of [`groups/${group}`, "plan.yaml", "narrative/en/01-background.md"]) {
      for (const force of [[], ["--force"]]) {
        const refused = await runPlan(["schema", "--kind", "group", "-o", target, ...force], dir);
        expect(refused, `${target} ${force}`).toMatchObject({
          exitCode: 2,
          stderr: `plan: ${target} is named as a plan file (plan.yaml, a group file or a chapter), and a schema is JSON: write it to a .json file, such as schemas/group.schema.json\n`,
        });
      }
    }
    expect(readFileSync(path.join(dir, "groups", group!), "utf8")).toBe(before);
    expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toBe(readFileSync(path.join(SHIPPED, "plan.yaml"), "utf8"));
    expect((await runPlan(["schema", "--kind", "group", "-o", "group.schema.json"], dir)).exitCode).toBe(0);
    expect((await runPlan(["schema", "--kind", "group", "-o", "group.schema.json"], dir)).exitCode).toBe(0);
    // The editor settings init writes name each schema's file: the plan schema there would check group files against it.
    const groupSchema = readFileSync(path.join(dir, "group.schema.json"), "utf8");
    expect(await runPlan(["schema", "--kind", "plan", "-o", "group.schema.json"], dir)).toMatchObject({
      exitCode: 2,
      stderr: 'plan: group.schema.json holds the schema titled "rcm-plan working-group matrix", not the plan schema; pass --force to overwrite it\n',
    });
    expect(readFileSync(path.join(dir, "group.schema.json"), "utf8")).toBe(groupSchema);
    expect((await runPlan(["schema", "--kind", "model", "-o", "group.schema.json", "--force"], dir)).exitCode).toBe(0);
    writeFileSync(path.join(dir, "notes.json"), '{"title": "my notes"}');
    expect((await runPlan(["schema", "--kind", "plan", "-o", "notes.json"], dir)).exitCode).toBe(2);
    expect((await runPlan(["schema", "--kind", "plan", "-o", "notes.json", "--force"], dir)).exitCode).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "notes.json"), "utf8")).$id).toBe("urn:rcm-plan:schema:plan");
  });

  it("-o writes into a pipe or a device without --force, never reading it first (a pipe's read had waited for ever)", async () => {
    expect(await runPlan(["schema", "--kind", "group", "-o", "/dev/null"], REPO)).toMatchObject({ exitCode: 0, stdout: "group schema written to /dev/null\n" });
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-fifo-"));
    const fifo = path.join(dir, "schema.json");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => void (read += chunk.toString("utf8")));
    const closed = new Promise((resolve) => reader.on("close", resolve));
    const written = spawnSync(process.execPath, [path.join(REPO, "bin/plan.js"), "schema", "--kind", "group", "-o", fifo], { timeout: 30_000, encoding: "utf8" });
    reader.kill();
    await closed;
    expect(written).toMatchObject({ status: 0, stdout: `group schema written to ${fifo}\n` });
    expect(JSON.parse(read).$id).toBe("urn:rcm-plan:schema:group");
  });

  it("bounds a year written as a string (1800-Q4) as plan validate bounds it, and as YEARS bounds a number", () => {
    for (let year = 1000; year <= 3000; year++) {
      for (const point of [String(year), `${year}-Q2`]) expect(TIMEPOINT_IN_YEARS_PATTERN.test(point), point).toBe(year >= YEARS.min && year <= YEARS.max && timepointInYears(point));
    }
    expect(timepointInYears("1800-Q4")).toBe(false);
  });

  it("-o - prints the schema; -o through a file says it cannot write there", async () => {
    const printed = await runPlan(["schema", "--kind", "plan", "-o", "-"], REPO);
    expect(JSON.parse(printed.stdout).$id).toBe("urn:rcm-plan:schema:plan");
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-schema-"));
    writeFileSync(path.join(dir, "notes.json"), "{}");
    expect(await runPlan(["schema", "--kind", "plan", "-o", "notes.json/x.json"], dir)).toMatchObject({ exitCode: 2, stderr: "plan: cannot write notes.json: not a directory\n" });
    expect(readdirSync(dir)).toEqual(["notes.json"]);
  });

  it("--kind model prints the JSON Schema of the JSON draft", async () => {
    const printed = await runPlan(["schema", "--kind", "model"], REPO);
    expect(printed.exitCode).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", title: "rcm-plan merged plan" });
  });

  it("needs --kind plan, group or model (exit 2)", async () => {
    expect((await runPlan(["schema"], REPO)).exitCode).toBe(2);
    expect((await runPlan(["schema", "--kind", "action"], REPO)).exitCode).toBe(2);
  });

  it("accepts plan.yaml and every YAML group file of the shipped plan", () => {
    expect(check("plan", "plan.yaml", readFileSync(path.join(SHIPPED, "plan.yaml"), "utf8"))).toEqual([]);
    const groups = readdirSync(path.join(SHIPPED, "groups")).filter((name) => /\.ya?ml$/.test(name));
    expect(groups.length).toBeGreaterThan(0);
    for (const name of groups) expect(check("group", name, readFileSync(path.join(SHIPPED, "groups", name), "utf8")), name).toEqual([]);
  });

  it("accepts what a person writes by hand: one id for a list, a bare year, a plain string for a text", () => {
    const text = readFileSync(path.join(SHIPPED, "groups/1-intelligence.yaml"), "utf8")
      .replace("lead: [MX, IOM]", "lead: MX")
      .replace("timeframe: {start: 2019-Q1, end: 2020-Q4}", "timeframe: {start: 2019, end: 2020}");
    expect(text).toContain("lead: MX");
    expect(check("group", "g.yaml", text)).toEqual([]);
  });

  const OBJECTIVE_TITLE = [
    "    title:",
    "      en: Generate and manage actionable intelligence by country and between countries",
    "      es: Generar y gestionar inteligencia accionable por país y entre países\n",
  ].join("\n");

  /** Each broken group: the change, what plan validate reports, and the JSON Schema keyword that must fail at the same place. */
  const BROKEN = [
    { change: ["lead: [MX, IOM]", "leed: [MX, IOM]"], code: "unknown-key", keyword: "additionalProperties", at: "/objectives/0/actions/0" },
    { change: ["partners: [ALL, UNODC]", "partners: {ALL: UNODC}"], code: "invalid-type", keyword: "type", at: "/objectives/0/actions/0/partners" },
    { change: ["        timeframe: {start: 2019-Q1, end: 2020-Q4}\n", ""], code: "missing-field", keyword: "required", at: "/objectives/0/actions/0" },
    { change: ["priority: high", "priority: urgent"], code: "invalid-value", keyword: "enum", at: "/objectives/0/actions/0/priority" },
    { change: ["{country: SV, role: investigator}", "{country: sv, role: investigator}"], code: "invalid-value", keyword: "enum", at: "/participants/0/country" },
    { change: ["{country: SV, role: investigator}", "{country: XK, role: investigator}"], code: "unknown-country", keyword: "enum", at: "/participants/0/country" },
    { change: ["        lead: [MX, IOM]\n", ""], code: "missing-lead", keyword: "required", at: "/objectives/0/actions/0" },
    { change: ["lead: [MX, IOM]", "lead: []"], code: "missing-lead", keyword: "minItems", at: "/objectives/0/actions/0/lead" },
    { change: ["lead: [MX, IOM]", "lead: [XX, IOM]"], code: "unknown-country", keyword: "pattern", at: "/objectives/0/actions/0/lead/0" },
    { change: ["timeframe: {start: 2019-Q1, end: 2020-Q4}", "timeframe: {start: 1800-Q1, end: 2020-Q4}"], code: "invalid-value", keyword: "pattern", at: "/objectives/0/actions/0/timeframe/start" },
    { change: ["rapporteur: {name: {en: Delegation of El Salvador, es: Delegación de El Salvador}, country: SV}", "rapporteur: {name: '  ', country: SV}"], code: "missing-field", keyword: "pattern", at: "/rapporteur/name" },
    { change: [OBJECTIVE_TITLE, "    title: {}\n"], code: "invalid-value", keyword: "minProperties", at: "/objectives/0/title" },
  ];

  for (const { change, code, keyword, at } of BROKEN) {
    it(`rejects a group with ${code} (${keyword} at ${at}) as plan validate does`, async () => {
      const dir = copyToTemp(SHIPPED);
      const file = path.join(dir, "groups/1-intelligence.yaml");
      const text = readFileSync(file, "utf8");
      expect(text).toContain(change[0]);
      writeFileSync(file, text.replace(change[0]!, change[1]!));
      const validated = await runPlan(["validate", "--format", "json"], dir);
      const reported = JSON.parse(validated.stdout).diagnostics as { code: string; file: string; path: string }[];
      expect(reported.filter((d) => d.file === "groups/1-intelligence.yaml").map((d) => d.code)).toContain(code);
      const errors = check("group", "1-intelligence.yaml", readFileSync(file, "utf8"));
      expect(errors.map((e) => `${e.keyword} ${e.instancePath}`)).toContain(`${keyword} ${at}`);
    });
  }

  it("rejects a plan.yaml that lists a language twice, or no country, as plan validate does", async () => {
    const dir = copyToTemp(SHIPPED);
    const file = path.join(dir, "plan.yaml");
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^languages: \[en, es\]$/m);
    writeFileSync(file, `${text.replace(/^languages: \[en, es\]$/m, "languages: [en, es, en]")}countries: []\n`);
    const validated = await runPlan(["validate"], dir);
    expect(validated.exitCode).toBe(1);
    expect(validated.stdout).toContain("error  'languages' lists en twice  invalid-value");
    expect(validated.stdout).toContain("error  'countries' lists no country: ALL in a matrix would name nobody  invalid-value");
    const errors = check("plan", "plan.yaml", readFileSync(file, "utf8")).map((e) => `${e.keyword} ${e.instancePath}`);
    expect(errors).toEqual(expect.arrayContaining(["uniqueItems /languages", "minItems /countries"]));
  });

  it("tells an editor what each field means, in English and Spanish, and offers the codes, organisations and indicators to complete", () => {
    const group = jsonSchemaOf("group", builtInEditorData()) as { properties: Record<string, any> };
    const action = group.properties.objectives.items.properties.actions.items;
    expect(action.properties.lead.description).toMatch(/^Who leads the action \(Lead\).*\n\nQuién la lidera \(Responsables\)/s);
    expect(action.properties.title.description).toContain("A plain string, or a map by language");
    const offered = (field: any) => field.anyOf.flatMap((branch: any) => [branch, branch.items].filter(Boolean)).flatMap((node: any) => node.examples ?? []);
    expect(offered(action.properties.lead)).toEqual(expect.arrayContaining(["ALL", "IOM", "UNHCR", "MX", "GT"]));
    expect(offered(action.properties.protocol)).toEqual(expect.arrayContaining(["SOM-6.1", "SOM-10.4"]));
    const plan = jsonSchemaOf("plan", builtInEditorData()) as { properties: Record<string, any> };
    expect(plan.properties.countries.items.enum).toEqual(expect.arrayContaining(["BZ", "CA", "US", "ES"]));
    expect(plan.properties.countries.items.enum).not.toContain("XX");
    // The defaults zod leaves out where a transform is inside, as the format documents them.
    expect(action.properties.partners.default).toEqual([]);
    expect(plan.properties.groups.default).toBe("groups/*.{yaml,yml,md}");
    expect(plan.properties.countries.default).toEqual(["BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"]);
    // Each code completes in `rules`, with its title; one that stays an error may only say so.
    expect(plan.properties.rules.properties["missing-protocol"]).toMatchObject({ enum: ["off", "info", "warning", "error"], description: expect.stringContaining("Protocol") });
    expect(plan.properties.rules.properties["unknown-key"].enum).toEqual(["error"]);
    const settings = (rules: string) => check("plan", "plan.yaml", `${readFileSync(path.join(SHIPPED, "plan.yaml"), "utf8")}rules: ${rules}\n`).map((e) => `${e.keyword} ${e.instancePath}`);
    expect(settings("{missing-protocol: error, no-such-code: warning}")).toEqual([]);
    expect(settings('{unknown-key: "off"}')).toContain("enum /rules/unknown-key");
    for (const [kind, schema] of [["group", group], ["plan", plan]] as const) {
      const fields = Object.entries(schema.properties);
      expect(fields.filter(([, field]) => typeof field.description !== "string").map(([key]) => `${kind} ${key}`)).toEqual([]);
    }
  });

  it("accepts a plan's own organisation and indicator, which only plan validate knows", () => {
    const text = readFileSync(path.join(SHIPPED, "groups/1-intelligence.yaml"), "utf8").replace("lead: [MX, IOM]", "lead: [MX, CSO-NET]").replace("protocol: [SOM-10.4, SOM-6.6]", "protocol: [SOM-10.4, RCM-1]");
    expect(text).toContain("CSO-NET");
    expect(text).toContain("RCM-1");
    expect(check("group", "g.yaml", text)).toEqual([]);
  });

  it("rejects a plan.yaml without a period, as plan validate does", async () => {
    const dir = copyToTemp(SHIPPED);
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("period: {start: 2019, end: 2025}\n", ""));
    const validated = await runPlan(["validate"], dir);
    expect(validated.stdout).toContain("error  missing required field 'period'  missing-field");
    const errors = check("plan", "plan.yaml", readFileSync(file, "utf8"));
    expect(errors.map((e) => `${e.keyword} ${JSON.stringify(e.params)}`)).toContain('required {"missingProperty":"period"}');
  });
});
