import type { ParsedDocument } from "./document.js";
import { parseYaml } from "./yaml.js";

/** A group file is Markdown when it ends in .md, YAML otherwise. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/**
 * Parses a plan or group file by its extension. Async because the Markdown parser (remark) is
 * loaded only when a Markdown file is met: a YAML-only plan never loads it.
 */
export async function parseSource(file: string, text: string): Promise<ParsedDocument> {
  if (!isMarkdownFile(file)) return parseYaml(file, text);
  const { parseMarkdownGroup } = await import("./markdown-group.js");
  return parseMarkdownGroup(file, text);
}
