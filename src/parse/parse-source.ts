import { parseMarkdownGroup } from "./markdown-group.js";
import type { ParsedDocument } from "./document.js";
import { parseYaml } from "./yaml.js";

/** A group file is Markdown when it ends in .md, YAML otherwise. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/** Parses a plan or group file by its extension. */
export function parseSource(file: string, text: string): ParsedDocument {
  return isMarkdownFile(file) ? parseMarkdownGroup(file, text) : parseYaml(file, text);
}
