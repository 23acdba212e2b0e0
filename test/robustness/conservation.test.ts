/**
 * Conservation: whatever groups a plan holds and whichever form each is written in, every action
 * of the inputs appears in every draft `plan build` writes. An action that silently drops out of
 * the Word or Markdown draft is the worst failure a consolidation tool can have.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPlanSources } from "../../src/io/load-plan.js";
import { loadBuiltInReference } from "../../src/io/reference.js";
import { readPart } from "../../src/render/docx/package.js";
import { validatePlan } from "../../src/validate/validate-plan.js";
import { actionsOf } from "../../src/validate/workspace.js";
import { copyToTemp, runPlan } from "../helpers/run.js";
import { FUZZ_SCALE, SHIPPED, shippedGroupsInBothForms } from "./shipped-groups.js";

/** The shipped groups, each in both forms, by name. */
const forms = new Map<string, { yaml: string; md: string }>();

beforeAll(async () => {
  for (const group of await shippedGroupsInBothForms()) forms.set(group.name, group);
});

/** The ids of the actions the plan in `dir` holds, read as `plan validate` reads them. */
async function actionIds(dir: string): Promise<string[]> {
  const { workspace } = await validatePlan(await loadPlanSources(dir, dir), loadBuiltInReference());
  return actionsOf(workspace.groups, []).map(({ action }) => action.id);
}

/** A draft's text: a Word document's body with its XML tags made spaces, other drafts as they are. */
function textOf(file: string): string {
  if (!file.endsWith(".docx")) return readFileSync(file, "utf8");
  return (readPart(new Uint8Array(readFileSync(file)), "word/document.xml") ?? "").replace(/<[^>]+>/g, " ");
}

/** `id` as a word of `text`: INT-1.1 must not count as found inside INT-1.10. */
function mentions(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`).test(text);
}

describe("every action of the inputs appears in every draft", () => {
  it("for any selection of the shipped groups, each in YAML or Markdown", async () => {
    const selection = fc.uniqueArray(fc.record({ name: fc.constantFrom(...forms.keys()), markdown: fc.boolean() }), {
      minLength: 1, maxLength: forms.size, selector: (group) => group.name,
    });
    await fc.assert(
      fc.asyncProperty(selection, async (groups) => {
        const dir = copyToTemp(SHIPPED);
        rmSync(path.join(dir, "groups"), { recursive: true });
        mkdirSync(path.join(dir, "groups"));
        for (const { name, markdown } of groups) {
          const form = markdown ? "md" : "yaml";
          writeFileSync(path.join(dir, "groups", `${name}.${form}`), forms.get(name)![form]);
        }
        const ids = await actionIds(dir);
        expect(ids.length).toBeGreaterThan(0);
        // --force: a group left out breaks `related` links to its actions; the drafts are still wanted here.
        const build = await runPlan(["build", ".", "--out", "out", "--format", "md,docx,json", "--force"], dir);
        expect(build.stderr).not.toContain("internal error");
        const drafts = readdirSync(path.join(dir, "out")).sort();
        expect(drafts).toEqual(["rcm-smuggling.en.docx", "rcm-smuggling.en.md", "rcm-smuggling.es.docx", "rcm-smuggling.es.md", "rcm-smuggling.json"]);
        for (const draft of drafts) {
          const text = textOf(path.join(dir, "out", draft));
          const missing = ids.filter((id) => (draft.endsWith(".json") ? !text.includes(`"${id}"`) : !mentions(text, id)));
          expect(missing, `actions missing from ${draft}`).toEqual([]);
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 8 * FUZZ_SCALE },
    );
  });
});
