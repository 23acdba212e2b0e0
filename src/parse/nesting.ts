import { START_OF_FILE, type Range } from "../diagnostics/diagnostic.js";
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

/**
 * A Markdown matrix that nests past MAX_MARKDOWN_DEPTH, said where it does (tooDeepRange): remark,
 * which reads what the fast reader gives up, would take minutes on it or run out of stack.
 */
export function markdownTooDeep(file: string, range: Range): ParsedDocument {
  const message = `lists, quotes or brackets nested more than ${MAX_MARKDOWN_DEPTH} deep: the file cannot be read`;
  const hint = "A matrix needs a few levels of lists or quotes at most: look for markers (`- `, `>`, `[`) repeated by mistake.";
  return { file, kind: "markdown", value: undefined, locate: () => START_OF_FILE, diagnostics: [makeDiagnostic("nested-too-deep", message, file, range, { hint })] };
}

/** Whether `error` is V8's stack overflow. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Deeper than any text needs. remark's search for links takes time that grows with the square of
 * their depth (4,000 deep: 1.6 s; 30,000: over a minute), and so does its reading of lists in
 * lists (`- ` 1,250 times on a line: 3.9 s; 5,000: 33 s; 800 lines each indented two spaces more:
 * 88 s); quotes in quotes (`> > >`) use its stack: a text or file past this is not handed to it.
 */
export const MAX_MARKDOWN_DEPTH = 100;

/** Where `text` opens its bracket, quote, list item or footnote past MAX_MARKDOWN_DEPTH deep (an offset into it), if it does. */
export function tooDeepAt(text: string): number | undefined {
  return bracketsTooDeep(text) ?? containersTooDeep(text);
}

/** The place of tooDeepAt in `text`: the one character, its column counting a tab as one. */
export function tooDeepRange(text: string): Range | undefined {
  const offset = tooDeepAt(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split(/\r\n?|\n/);
  const column = before[before.length - 1]!.length + 1;
  return { line: before.length, column, endLine: before.length, endColumn: column + 1 };
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

/** An open quote on the stack of containersTooDeep, whose lines go on with a `>`; an item's or a footnote's is the indentation they go on with. */
const QUOTE = -1;
const ITEM_MARKER = /(?:[-+*]|\d{1,9}[.)])(?= |$)/y;
const FOOTNOTE_LABEL = /\[\^[^\]\s]+\]:/y;
/** A rule (`- - -`, `***`), which is no list item though it starts as one. */
const RULE = /([-*_])(?:[ \t]*\1){2,}[ \t]*$/y;

/**
 * Where `text` opens a quote, list item or footnote past MAX_MARKDOWN_DEPTH deep, as CommonMark
 * opens them line by line: each line goes on with the containers it can (a quote with its `>`,
 * an item or a footnote with its indentation), then opens those it starts. Counted, not read:
 * a line that goes on with fewer and opens none keeps them all (as a paragraph's lazy line
 * does), and markers in code count, so the depth is never less than a reader's.
 */
function containersTooDeep(text: string): number | undefined {
  const open: number[] = [];
  const ends = /\r\n?|\n/g;
  for (let lineStart = 0; lineStart <= text.length; lineStart = ends.lastIndex) {
    const lineEnd = ends.exec(text)?.index ?? text.length;
    const line = text.slice(lineStart, lineEnd);
    const s = expandTabs(line);
    let pos = 0;
    let matched = 0;
    for (; matched < open.length; matched++) {
      const indent = indentAt(s, pos);
      const width = open[matched]!;
      if (width === QUOTE) {
        if (indent > 3 || s[pos + indent] !== ">") break;
        pos += indent + (s[pos + indent + 1] === " " ? 2 : 1);
      } else if (pos + indent < s.length) {
        if (indent < width) break;
        pos += width;
      }
    }
    const before = open.length;
    for (;;) {
      const at = pos + indentAt(s, pos);
      const opened = containerAt(s, at, at - pos);
      if (opened === undefined) break;
      if (open.length === before) open.length = matched;
      open.push(opened.width);
      if (open.length > MAX_MARKDOWN_DEPTH) return lineStart + writtenIndex(line, at);
      pos = opened.content;
    }
    if (open.length === before && pos + indentAt(s, pos) >= s.length) open.length = matched;
    if (lineEnd === text.length) break;
  }
  return undefined;
}

/** The quote, list item or footnote that starts at `at`, `indent` spaces in: the indentation its lines go on with, and where its content starts. */
function containerAt(s: string, at: number, indent: number): { width: number; content: number } | undefined {
  if (indent > 3 || at >= s.length) return undefined;
  if (s[at] === ">") return { width: QUOTE, content: at + (s[at + 1] === " " ? 2 : 1) };
  FOOTNOTE_LABEL.lastIndex = at;
  if (FOOTNOTE_LABEL.test(s)) return { width: 4, content: FOOTNOTE_LABEL.lastIndex };
  ITEM_MARKER.lastIndex = at;
  RULE.lastIndex = at;
  if (!ITEM_MARKER.test(s) || RULE.test(s)) return undefined;
  const after = ITEM_MARKER.lastIndex;
  const spaces = indentAt(s, after);
  const gap = after + spaces >= s.length || spaces > 4 ? 1 : spaces;
  return { width: indent + after - at + gap, content: after + gap };
}

/** How many columns of spaces start `s` at `pos`. */
export function indentAt(s: string, pos: number): number {
  let i = pos;
  while (s.charCodeAt(i) === 0x20) i++;
  return i - pos;
}

/** Tabs as the spaces to the next stop of four, as Markdown counts indentation. */
export function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (let i = 0; i < line.length; i++) out += line[i] === "\t" ? " ".repeat(4 - (out.length % 4)) : line[i];
  return out;
}

/** The index in `line` as written of index `index` in it with its tabs expanded. */
export function writtenIndex(line: string, index: number): number {
  if (!line.includes("\t")) return index;
  let width = 0;
  let i = 0;
  for (; i < line.length && width < index; i++) width += line[i] === "\t" ? 4 - (width % 4) : 1;
  return i;
}
