/**
 * plan.yaml's date and period at the edges of what they may be: leap days, the first and last years
 * a date may name, a one-year and a five-year period. Each case is a whole `plan validate` run, and
 * what is checked is what the user reads: code, severity, message and place.
 */
import { describe, expect, it } from "vitest";
import { groupYaml, planDir, planYaml } from "../helpers/plans.js";
import { runPlan } from "../helpers/run.js";

/** A group with no fault of its own, so that every problem found is plan.yaml's. */
const GROUP = groupYaml();

/** The problems `plan validate` finds in a plan whose plan.yaml has `date` and `period`, as `line:column severity message code`. */
async function problems(date: string, period = "{start: 2024, end: 2028}"): Promise<{ exitCode: number; lines: string[] }> {
  const dir = planDir({ "plan.yaml": planYaml({ date, period }), "groups/intelligence.yaml": GROUP }, "rcm-plan-edges-");
  const result = await runPlan(["validate", "--format", "json"], dir);
  const report = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; column: number; severity: string; message: string; code: string }[] };
  return { exitCode: result.exitCode, lines: report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.code}`) };
}

describe("plan.yaml's date at its edges", () => {
  it.each(["2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31"])("%s is a date a draft may have", async (date) => {
    expect(await problems(date)).toEqual({ exitCode: 0, lines: [] });
  });

  it.each([
    ["2023-02-29", "that month has 28 days"],
    ["1900-02-29", "that month has 28 days"],
    ["2100-02-29", "that month has 28 days"],
    ["2024-04-31", "that month has 30 days"],
  ])("%s is no day of the calendar (%s)", async (date, why) => {
    expect(await problems(date)).toEqual({ exitCode: 1, lines: [`plan.yaml:5:7 error ${date} is not a day of the calendar: ${why} invalid-value`] });
  });

  it.each(["1899-12-31", "2201-01-01"])("%s is outside the years a draft may name", async (date) => {
    expect(await problems(date)).toEqual({
      exitCode: 1,
      lines: [`plan.yaml:5:7 error ${date} is not a plausible date for a draft: its year is outside 1900 to 2200 invalid-value`],
    });
  });
});

describe("plan.yaml's period at its edges", () => {
  it("a one-year period runs forwards: it is short, not backwards", async () => {
    expect(await problems("2024-01-15", "{start: 2024, end: 2024}")).toEqual({
      exitCode: 0,
      lines: ["plan.yaml:6:9 warning the plan period 2024–2024 covers 1 year, fewer than 5 short-period"],
    });
  });

  it("a five-year period is long enough", async () => {
    expect(await problems("2024-01-15", "{start: 2024, end: 2028}")).toEqual({ exitCode: 0, lines: [] });
  });

  it("a period that ends the year before it starts is backwards", async () => {
    expect(await problems("2024-01-15", "{start: 2024, end: 2023}")).toEqual({
      exitCode: 1,
      lines: ["plan.yaml:6:17 error the plan period starts in 2024, after it ends in 2023 period-order"],
    });
  });
});

describe("plan.yaml's groups at its edges", () => {
  it("an empty list is an error at `groups`, as an empty pattern is, and the group files are still checked where the default looks", async () => {
    const plan = planYaml() + "groups: []\n";
    const group = GROUP.replace("protocol: [SOM-6.1]", "protocol: [SOM-6.9]");
    const dir = planDir({ "plan.yaml": plan, "groups/intelligence.yaml": group }, "rcm-plan-edges-");
    const result = await runPlan(["validate"], dir);
    expect(result).toMatchObject({ exitCode: 1, stderr: "" });
    expect(result.stdout).toBe(
      "groups/intelligence.yaml:13:20  error  unknown indicator SOM-6.9  unknown-indicator\n  hint: Did you mean SOM-6.1?\n" +
        "plan.yaml:10:9  error  'groups' needs at least 1 item  invalid-value\n  hint: Change the value to one the message allows.\n\n2 problems (2 errors, 0 warnings, 0 infos) in 2 files\n",
    );
  });
});

describe("a country the plan's countries lack", () => {
  const hintFor = async (lead: string, countries?: string, languages = "[en]") => {
    const plan = planYaml({ languages }) + (countries === undefined ? "" : `countries: ${countries}\n`);
    const dir = planDir({ "plan.yaml": plan, "groups/intelligence.yaml": groupYaml({ lead }) }, "rcm-plan-edges-");
    const report = JSON.parse((await runPlan(["validate", "--format", "json"], dir)).stdout) as { diagnostics: { code: string; hint: string }[] };
    return report.diagnostics.filter((d) => d.code === "country-not-participating").map((d) => d.hint);
  };

  it("is told, for an RCM observer, that it may stay a partner, and that in countries it would be in every ALL", async () => {
    expect(await hintFor("[MX, CO]")).toEqual(["CO is an RCM observer: it may stay a partner here (this is a warning); added to `countries`, it would be among every action's ALL too."]);
  });

  it("is told, for a member the plan took out of countries, to leave the action; for any other country, to be added or checked", async () => {
    expect(await hintFor("[MX, NI]", "[BZ, CA, CR, DO, SV, GT, HN, MX, PA, US]")).toEqual(["`countries` in plan.yaml leaves NI out: remove it from the action, or add it back there."]);
    expect(await hintFor("[MX, ES]")).toEqual(["Add it to `countries` in plan.yaml (ALL then stands for it too), or check the code."]);
  });

  it("is not told while plan.yaml cannot be read for its countries: the RCM's members would stand in for the plan's own list", async () => {
    expect(await hintFor("[MX, NI, CO]", "[BZ, CA, CR, DO, SV, GT, HN, MX, PA, US]", "[en, fr]")).toEqual([]);
  });
});
