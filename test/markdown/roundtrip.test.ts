import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GroupSchema } from "../../src/model/schema.js";
import { parseYaml } from "../../src/parse/yaml.js";
import { convertGroup, formatFile } from "../../src/render/group/convert.js";
import { renderGroupMarkdown } from "../../src/render/group/markdown.js";
import { renderGroupYaml } from "../../src/render/group/yaml.js";
import { workingGroup } from "./arbitraries.js";
import { readMarkdown } from "./read-matrix.js";

const RUNS = { numRuns: 60 };

describe("plan convert is lossless", () => {
  it("YAML → Markdown → YAML gives the same group", async () => {
    await fc.assert(
      fc.asyncProperty(workingGroup, async (generated) => {
        const group = GroupSchema.parse(generated);
        const yaml = renderGroupYaml(group);
        expect(GroupSchema.parse(parseYaml("g.yaml", yaml).value)).toEqual(group);
        const markdown = (await convertGroup("g.yaml", yaml, "md")).text!;
        const back = (await convertGroup("g.md", markdown, "yaml")).text!;
        expect(GroupSchema.parse(parseYaml("g.yaml", back).value)).toEqual(group);
      }),
      RUNS,
    );
  });

  it("Markdown → YAML → Markdown gives the same text once formatted", async () => {
    await fc.assert(
      fc.asyncProperty(workingGroup, async (generated) => {
        const markdown = renderGroupMarkdown(GroupSchema.parse(generated));
        expect(renderGroupMarkdown(await readMarkdown(markdown))).toBe(markdown);
        const yaml = (await convertGroup("g.md", markdown, "yaml")).text!;
        expect((await convertGroup("g.yaml", yaml, "md")).text).toBe(markdown);
      }),
      RUNS,
    );
  });
});

describe("plan fmt is idempotent", () => {
  it("formats a formatted file to itself, Markdown and YAML", async () => {
    await fc.assert(
      fc.asyncProperty(workingGroup, fc.constantFrom("g.md", "g.yaml"), async (generated, file) => {
        const group = GroupSchema.parse(generated);
        const text = file.endsWith(".md") ? renderGroupMarkdown(group) : renderGroupYaml(group);
        const once = (await formatFile(file, text, "group")).text!;
        expect((await formatFile(file, once, "group")).text).toBe(once);
      }),
      RUNS,
    );
  });
});
