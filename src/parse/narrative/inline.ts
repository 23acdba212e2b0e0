/**
 * The inline Markdown of a narrative's paragraph or heading, scanned for what the drafts cannot
 * carry as written: images, footnotes and reference links (whose definitions are looked up once
 * the whole file is read), and emphasis nested past what remark's tree can hold. Code spans,
 * autolinks, HTML and escaped characters are skipped, as Markdown reads them as no markup.
 */
import { MAX_MARKDOWN_DEPTH } from "../nesting.js";
import type { Segment } from "./blocks.js";

export type InlineMark =
  | { kind: "image"; alt: string; source: string | undefined; at: number; end: number }
  /** `[text][label]`, `[text][]`, or an image's `![text]` alone (`shortcut`), which is an image only where its label is defined. */
  | { kind: "reference"; label: string; text: string; image: boolean; shortcut: boolean; at: number; end: number }
  | { kind: "footnote"; label: string; at: number; end: number }
  | { kind: "emphasis"; at: number; end: number };

/** The text's segments joined, as remark reads a paragraph: its lines joined by line ends. */
export function joined(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join("\n");
}

/** What `text` holds that the narrative checks look at, with offsets into it. */
export function inlineMarks(text: string): InlineMark[] {
  // Most texts hold no image, footnote or reference, and too few delimiters to nest too deep.
  if (!/!\[|\[\^|\]\[/.test(text) && !manyDelimiters(text)) return [];
  const marks: InlineMark[] = [];
  const brackets: { at: number; image: boolean }[] = [];
  let emphasis = 0;
  // A comment's end known to be nowhere further on, and the backtick runs, each looked for once.
  const missing = new Set<string>();
  let runs: BacktickRuns | undefined;
  // From one character that may mark something to the next: most of a text is words.
  const marked = /[\\`<![\]*_]/g;
  for (let found = marked.exec(text); found !== null; found = marked.exec(text)) {
    let i = found.index;
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "`") i = codeSpanEnd(text, i, (runs ??= backtickRuns(text))) - 1;
    else if (c === "<") i = Math.max(i, htmlEnd(text, i, missing) - 1);
    else if (c === "!" && text[i + 1] === "[") brackets.push({ at: i++, image: true });
    else if (c === "[") {
      const footnote = text[i + 1] === "^" ? /^\[\^([^\]\s]+)\]/.exec(text.slice(i, i + 1000)) : null;
      if (footnote) {
        marks.push({ kind: "footnote", label: footnote[1]!, at: i, end: i + footnote[0].length });
        i += footnote[0].length - 1;
      } else brackets.push({ at: i, image: false });
    } else if (c === "]") {
      const opener = brackets.pop();
      if (opener) i = afterLinkText(text, opener, i, marks);
    } else if (c === "*" || c === "_") {
      let end = i;
      while (text[end] === c) end++;
      emphasis = delimiters(text, i, end, emphasis);
      // Each level of emphasis takes two delimiters, one each side.
      if (emphasis > 2 * MAX_MARKDOWN_DEPTH) return [...marks, { kind: "emphasis", at: i, end }];
      i = end - 1;
    }
    marked.lastIndex = i + 1;
  }
  return marks;
}

/**
 * After the `]` at `close` that closes `opener`'s text: an inline link or image (`(…)`), a full or
 * collapsed reference (`[label]`, `[]`), or a shortcut (an image only where its label is defined).
 * Returns where the scan goes on.
 */
function afterLinkText(text: string, opener: { at: number; image: boolean }, close: number, marks: InlineMark[]): number {
  const alt = text.slice(opener.at + (opener.image ? 2 : 1), close);
  if (text[close + 1] === "(") {
    const end = destinationEnd(text, close + 1);
    if (end === undefined) return close;
    if (opener.image) marks.push({ kind: "image", alt, source: /^\(\s*<?([^\s>)]*)/.exec(text.slice(close + 1, end))?.[1], at: opener.at, end });
    return end - 1;
  }
  const label = text[close + 1] === "[" ? /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(close + 1, close + 1002)) : null;
  if (label) {
    const end = close + 1 + label[0].length;
    marks.push({ kind: "reference", label: label[1]!.trim() === "" ? alt : label[1]!, text: alt, image: opener.image, shortcut: false, at: opener.at, end });
    return end - 1;
  }
  if (opener.image) marks.push({ kind: "reference", label: alt, text: alt, image: true, shortcut: true, at: opener.at, end: close + 1 });
  return close;
}

/**
 * The end of an inline link's `(destination "title")` that opens at `open`, parentheses balanced;
 * undefined if it does not close within 1,000 characters (no link's does).
 */
function destinationEnd(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 1000; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
    else if (c === "\n" && text[i + 1] === "\n") return undefined;
  }
  return undefined;
}

/**
 * Where the code span whose backticks start at `at` ends, or the end of its backticks where none
 * closes it. `runs` lists where each length of backtick run starts, found once for the text.
 */
function codeSpanEnd(text: string, at: number, runs: BacktickRuns): number {
  let end = at;
  while (text[end] === "`") end++;
  const same = runs.get(end - at);
  if (same === undefined) return end;
  // The runs of this length before this one were passed by: each list is read from front to back.
  while (same.next < same.starts.length && same.starts[same.next]! < end) same.next++;
  const close = same.starts[same.next++];
  return close === undefined ? end : close + (end - at);
}

type BacktickRuns = Map<number, { starts: number[]; next: number }>;

/** Where each run of backticks starts in `text`, by its length, in order. */
function backtickRuns(text: string): BacktickRuns {
  const runs: BacktickRuns = new Map();
  for (const run of text.matchAll(/`+/g)) {
    const same = runs.get(run[0].length);
    if (same) same.starts.push(run.index);
    else runs.set(run[0].length, { starts: [run.index], next: 0 });
  }
  return runs;
}

/** The end of an autolink, an HTML tag or an HTML comment at `at`, or `at` where there is none. */
function htmlEnd(text: string, at: number, missing: Set<string>): number {
  const rest = text.slice(at, at + 2000);
  if (rest.startsWith("<!--")) {
    const end = missing.has("-->") ? -1 : text.indexOf("-->", at + 2);
    if (end === -1) missing.add("-->");
    return end === -1 ? at : end + 3;
  }
  const tag = /^(?:<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>)/.exec(rest);
  return tag ? at + tag[0].length : at;
}

/**
 * How many emphasis delimiters are open after the run text[at..end): a run that can only open
 * adds to them, one that can only close takes from them (CommonMark's flanking rules).
 */
function delimiters(text: string, at: number, end: number, open: number): number {
  const before = kindOf(text[at - 1]);
  const after = kindOf(text[end]);
  const left = after !== "space" && (after !== "punctuation" || before !== "other");
  const right = before !== "space" && (before !== "punctuation" || after !== "other");
  const underscore = text[at] === "_";
  const opens = left && (!underscore || !right || before === "punctuation");
  const closes = right && (!underscore || !left || after === "punctuation");
  if (opens && !closes) return open + (end - at);
  if (closes && !opens) return Math.max(0, open - (end - at));
  return open;
}

function kindOf(c: string | undefined): "space" | "punctuation" | "other" {
  if (c === undefined || /\s/.test(c)) return "space";
  if (c < "\u0080") return ASCII_PUNCTUATION.includes(c) ? "punctuation" : "other";
  return /[\p{P}\p{S}]/u.test(c) ? "punctuation" : "other";
}

const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/** Whether `text` holds more emphasis delimiters (`*`, `_`) than could all be open at a depth remark holds. */
export function manyDelimiters(text: string): boolean {
  if (text.length <= 2 * MAX_MARKDOWN_DEPTH) return false;
  let count = 0;
  for (const c of ["*", "_"]) for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) count++;
  return count > 2 * MAX_MARKDOWN_DEPTH;
}
