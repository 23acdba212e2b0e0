import { expect } from "vitest";
import { GroupSchema, type WorkingGroup } from "../../src/model/schema.js";
import { parseMarkdownGroup } from "../../src/parse/markdown-group.js";

/** A Markdown matrix read as a group, expected to read without a problem. */
export async function readMarkdown(text: string): Promise<WorkingGroup> {
  const doc = await parseMarkdownGroup("g.md", text);
  expect(doc.diagnostics).toEqual([]);
  return GroupSchema.parse(doc.value);
}
