/**
 * One malformed action does not hide the rest of its file: the actions of a group that fails the
 * schema check still go through the plan's rules when they pass the schema on their own.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
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
