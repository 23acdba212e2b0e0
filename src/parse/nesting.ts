import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { ParsedDocument } from "./document.js";

/**
 * A file nested thousands of levels deep (brackets in brackets, quotes in quotes) overflows the
 * stack of the parser that reads it: that is the file's fault, not a bug. It is said at the start
 * of the file, since where the stack ran out depends on how deep it already was, not on the file.
 */
export function nestedTooDeep(file: string, kind: ParsedDocument["kind"]): ParsedDocument {
  const diagnostic = makeDiagnostic("nested-too-deep", "the file nests lists, mappings, quotes or brackets too deeply to be read", file, START_OF_FILE);
  return { file, kind, value: undefined, locate: () => START_OF_FILE, diagnostics: [diagnostic] };
}

/** Whether `error` is V8's stack overflow. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Deeper than any text needs. remark's search for links takes time that grows with the square of
 * their depth (4,000 deep: 1.6 s; 30,000: over a minute), and quotes in quotes (`> > >`) use its
 * stack: a text or file past this is not handed to it.
 */
export const MAX_MARKDOWN_DEPTH = 100;

/** Whether `text` opens more than MAX_MARKDOWN_DEPTH brackets at once, or a line more quotes. */
export function nestsTooDeep(text: string): boolean {
  return tooDeepAt(text) !== undefined;
}

/** Where `text` opens its bracket or quote past MAX_MARKDOWN_DEPTH deep (an offset into it), if it does. */
export function tooDeepAt(text: string): number | undefined {
  return bracketsTooDeep(text) ?? quotesTooDeep(text);
}

/** Brackets (`[`, not escaped) open at once. */
function bracketsTooDeep(text: string): number | undefined {
  let depth = 0;
  // From one bracket or backslash to the next: a text is mostly neither.
  const marks = /[[\]\\]/g;
  marks.lastIndex = text.indexOf("[");
  if (marks.lastIndex === -1) return undefined;
  for (let found = marks.exec(text); found !== null; found = marks.exec(text)) {
    const c = text.charCodeAt(found.index);
    if (c === 0x5c) marks.lastIndex++; // a backslash escapes the next character
    else if (c === 0x5b && ++depth > MAX_MARKDOWN_DEPTH) return found.index;
    else if (c === 0x5d && depth > 0) depth--;
  }
  return undefined;
}

/** Quote markers (`>`, spaces between them) at the start of one line. */
function quotesTooDeep(text: string): number | undefined {
  for (let at = text.indexOf(">"); at !== -1; at = text.indexOf(">", at + 1)) {
    let depth = 0;
    let i = text.lastIndexOf("\n", at) + 1;
    for (; i < text.length && (text[i] === ">" || text[i] === " " || text[i] === "\t"); i++) if (text[i] === ">" && ++depth > MAX_MARKDOWN_DEPTH) return i;
    at = Math.max(at, i);
  }
  return undefined;
}
