/**
 * The SARIF report against the official SARIF 2.1.0 JSON Schema (as published on SchemaStore,
 * version rtm.5, shipped in the npm package @microsoft/jest-sarif: no network at test time).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/diagnostics/catalogue.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { summarize } from "../../src/diagnostics/diagnostic.js";
import { sarif } from "../../src/diagnostics/formatters/sarif.js";
import { VERSION } from "../../src/cli/version.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";

const require = createRequire(import.meta.url);
const schemaFile = path.join(path.dirname(require.resolve("@microsoft/jest-sarif/package.json")), "lib/schemas/sarif-2.1.0-rtm.5.json");
// The published schema's language-tag pattern is not valid as a Unicode regular expression.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

function expectValid(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

const duplicate: Diagnostic = {
  code: "duplicate-id", severity: "error", message: "el id INT-1.1 ya se usó", file: "groups/señales y rutas.yaml",
  line: 20, column: 13, endLine: 20, endColumn: 20, path: "objectives.0.actions.1.id", hint: "Ids name things for good.",
  related: [{ file: "groups/1-intelligence.yaml", line: 9, column: 13, message: "first used here" }],
};
const info: Diagnostic = { ...duplicate, code: "short-period", severity: "info", related: undefined, path: undefined, hint: undefined, file: "plan.yaml" };

describe("--format sarif", () => {
  it("is valid against the SARIF 2.1.0 schema for a plan with problems and for a clean plan", async () => {
    const broken = await runPlan(["validate", "--format", "sarif"], path.join(REPO, "test/golden/ci-github/input"));
    expect(broken.exitCode).toBe(1);
    expectValid(JSON.parse(broken.stdout));
    const clean = await runPlan(["validate", "plans/rcm-smuggling", "--format", "sarif"], REPO);
    expect(clean.exitCode).toBe(0);
    const log = JSON.parse(clean.stdout);
    expectValid(log);
    expect(log.runs[0].results).toEqual([]);
  });

  it("names the tool and has one rule per catalogue code with its title, hint and default level", () => {
    const log = JSON.parse(sarif([], { color: false, summary: summarize([], 1), version: VERSION }));
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "rcm-plan", version: VERSION });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(Object.keys(CATALOGUE).sort());
    expect(driver.rules.find((rule: { id: string }) => rule.id === "missing-protocol")).toEqual({
      id: "missing-protocol",
      shortDescription: { text: CATALOGUE["missing-protocol"]!.title },
      help: { text: CATALOGUE["missing-protocol"]!.hint },
      defaultConfiguration: { level: "warning" },
    });
  });

  it("gives each result its rule, level, relative location, region and data path", () => {
    const text = sarif([duplicate, info], { color: false, summary: summarize([duplicate, info], 2), version: VERSION });
    const log = JSON.parse(text);
    expectValid(log);
    const [first, second] = log.runs[0].results;
    expect(log.runs[0].tool.driver.rules[first.ruleIndex].id).toBe("duplicate-id");
    expect(first).toMatchObject({
      ruleId: "duplicate-id",
      level: "error",
      message: { text: "el id INT-1.1 ya se usó (hint: Ids name things for good.)" },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: "groups/se%C3%B1ales%20y%20rutas.yaml", uriBaseId: "%SRCROOT%" },
          region: { startLine: 20, startColumn: 13, endLine: 20, endColumn: 20 },
        },
        logicalLocations: [{ fullyQualifiedName: "objectives.0.actions.1.id" }],
      }],
      relatedLocations: [{
        id: 0,
        message: { text: "first used here" },
        physicalLocation: { artifactLocation: { uri: "groups/1-intelligence.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 9, startColumn: 13 } },
      }],
    });
    expect(second.level).toBe("note");
    expect(text).not.toMatch(/TimeUtc|\/tmp\/|\/work\//);
  });

  it("is the same bytes on every run", async () => {
    const dir = copyToTemp(path.join(REPO, "test/golden/ci-github/input"));
    const first = await runPlan(["validate", "--format", "sarif"], dir);
    const second = await runPlan(["validate", "--format", "sarif"], dir);
    expect(second.stdout).toBe(first.stdout);
  });
});
