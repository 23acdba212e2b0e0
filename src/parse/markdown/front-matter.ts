import type { Yaml } from "mdast";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { DataPath, ParsedDocument } from "../document.js";
import type { Reader } from "./reader.js";

export interface FrontMatter {
  /** The group's details; empty when the front matter is missing or not a mapping. */
  value: Record<string, unknown>;
  /** False when the YAML could not be read: the file then has no value at all. */
  parsed: boolean;
  locate(path: DataPath, part?: "key" | "value"): Range;
}

/**
 * The YAML between the `---` lines, as `doc` (the front matter node's value, parsed by the YAML
 * parser below blank lines in place of the lines above it, so that its places and errors are those
 * of a YAML file, on the file's lines).
 */
export function readFrontMatter(reader: Reader, node: Yaml | undefined, doc: ParsedDocument | undefined): FrontMatter {
  if (!node || !doc) {
    // Opened and never closed, it is no front matter to Markdown: its lines are text, and the second `---` is what to add.
    if (/^---[ \t]*\r?(?:\n|$)/.test(reader.text)) {
      // A line of more dashes looks like the closing one, and is not.
      const dashes = /\n(-{4,})[ \t]*\r?\n/.exec(reader.text);
      const hint = dashes ? `Close it with a line of exactly three dashes, \`---\`: a \`${dashes[1]}\` line does not.` : "End the group's details with a `---` line of its own, before the first heading.";
      reader.report("md-front-matter", "the front matter opened by the `---` on line 1 is never closed", { start: 0, end: 3 }, { hint });
      reader.frontMatterUnclosed = true;
    } else if (/^\+\+\+[ \t]*\r?\n/.test(reader.text)) {
      // Hugo's habit: TOML between `+++` lines, which is no front matter to the matrix (its lines are text).
      const hint = "Write the group's details as YAML between two `---` lines: `group: field-operations` for `group = \"field-operations\"`, and `facilitator:` with its keys indented under it for `[facilitator]`.";
      reader.report("md-front-matter", "the front matter is TOML between `+++` lines, as Hugo writes it: the group's details are YAML between two `---` lines", { start: 0, end: 3 }, { hint });
    } else if (openingLost(reader.text)) {
      // Its closing `---` is a thematic break to Markdown, its YAML comments headings: not said again.
      reader.report("md-front-matter", "the front matter has no opening `---`: the group's details above the `---` line are read as Markdown", { start: 0, end: 0 }, { hint: "Add a line of three dashes, `---`, as the file's first line." });
      reader.frontMatterUnclosed = true;
    } else reader.report("md-front-matter", "the file has no front matter (the group's details between two `---` lines)", { start: 0, end: 0 });
    reader.frontMatterMissing = true;
    return { value: {}, parsed: true, locate: () => reader.map.range({ start: 0, end: 0 }) };
  }
  for (const diagnostic of doc.diagnostics) reader.diagnostics.push(diagnostic);
  const { locate } = doc;
  const value = doc.value ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    reader.report("md-front-matter", "the front matter must hold the group's details as `key: value` lines", reader.firstLine(node));
    return { value: {}, parsed: doc.value !== undefined, locate };
  }
  return { value: value as Record<string, unknown>, parsed: doc.value !== undefined, locate };
}

/**
 * Whether the file starts with the group's details whose first `---` is lost: lines of YAML
 * (`key: value`, comments, blank and indented lines), a top-level key among them, down to a `---`
 * line. Line by line, each looked at once.
 */
function openingLost(text: string): boolean {
  let keyed = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const line = text.slice(start, newline < 0 ? text.length : newline).replace(/\r$/, "");
    if (/^---[ \t]*$/.test(line)) return keyed;
    if (TOP_LEVEL_KEY.test(line)) keyed = true;
    else if (!/^[ \t]*(?:#.*)?$/.test(line) && !/^[ \t]/.test(line)) return false;
    if (newline < 0) return false;
    start = newline + 1;
  }
  return false;
}

const TOP_LEVEL_KEY = /^[A-Za-z_][\w-]*:(?:[ \t]|$)/;
