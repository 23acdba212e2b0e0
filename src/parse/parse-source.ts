import type { Organization } from "../model/reference.js";
import type { Lang } from "../model/text.js";
import type { Period } from "../model/timeframe.js";
import type { ParsedDocument } from "./document.js";
import { escapedControls } from "./decode.js";
import { parseFastYamlDocument } from "./fast-yaml.js";
import { isStackOverflow, nestedTooDeep } from "./nesting.js";

/** A group file is Markdown when it ends in .md, YAML otherwise. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

export interface ParseOptions {
  /**
   * Keep the places of a Markdown body from the first reading, for a caller that asks for many
   * (plan build cites every action's line). Else they are found by reading again when first asked.
   */
  keepPlaces?: boolean;
  /**
   * The plan's primary language, which a plain string stands for: a Markdown matrix's unlabelled
   * text alone is a plain string when it is in that language, and a matrix that does not say its
   * language is in it. Without it (a file outside any plan), English.
   */
  primaryLanguage?: Lang;
  /** The plan's own organisations: a Markdown cell keeps one's name whole, and its id apart from the words of a name. */
  organizations?: readonly Organization[];
  /** The plan's period: a hint's example timeframe is in its years (`2027-Q3 – 2029` in a plan of 2027–2031). */
  period?: Period;
}

/**
 * Parses a plan or group file by its extension. Async because the parsers that cost start-up time
 * are loaded only when needed: remark when a Markdown file is met, the yaml package when the fast
 * YAML reader gives a file up (see fast-yaml.ts).
 */
export async function parseSource(file: string, text: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  if (isMarkdownFile(file)) {
    const { parseMarkdownGroup } = await import("./markdown-group.js");
    return parseMarkdownGroup(file, text, options).catch((error: unknown) => {
      if (isStackOverflow(error)) return nestedTooDeep(file, "markdown");
      throw error;
    });
  }
  return parseYamlSource(file, text);
}

/** Parses YAML as parseYaml does, loading the yaml package only for a file the fast reader gives up. */
export async function parseYamlSource(file: string, text: string): Promise<ParsedDocument> {
  return escapedControls(parseFastYamlDocument(file, text) ?? (await import("./yaml.js")).parseYamlWithPackage(file, text), text);
}
