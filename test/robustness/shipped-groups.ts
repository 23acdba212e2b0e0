import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { convertGroup } from "../../src/render/group/convert.js";
import { REPO } from "../helpers/run.js";

export const SHIPPED = path.join(REPO, "plans/rcm-smuggling");

/** `RCM_FUZZ_SCALE=100 npx vitest run test/robustness --testTimeout=0` runs each property a hundred times as often, for a deeper search. */
export const FUZZ_SCALE = Number(process.env.RCM_FUZZ_SCALE) || 1;

/** A shipped group file in both forms: its name without extension, its YAML and its Markdown text. */
export interface GroupInBothForms {
  name: string;
  yaml: string;
  md: string;
}

/** The shipped groups (a mix of YAML and Markdown), each also converted to the other form by `plan convert`'s code. */
export async function shippedGroupsInBothForms(): Promise<GroupInBothForms[]> {
  const groupDir = path.join(SHIPPED, "groups");
  const groups: GroupInBothForms[] = [];
  for (const file of readdirSync(groupDir).sort()) {
    const text = readFileSync(path.join(groupDir, file), "utf8");
    const inForm = async (form: "yaml" | "md") => {
      if (file.endsWith(`.${form}`)) return text;
      const converted = await convertGroup(`groups/${file}`, text, form);
      expect(converted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      return converted.text!;
    };
    groups.push({ name: file.replace(/\.(yaml|md)$/, ""), yaml: await inForm("yaml"), md: await inForm("md") });
  }
  return groups;
}
