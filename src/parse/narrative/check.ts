/**
 * A narrative file (plan.yaml's `narrative`) as `plan validate` checks it and the drafts take it:
 * what the drafts would not print as its author sees it in a preview of the file alone, and the
 * block it leaves open, which the drafts close. On the line scanner's reading (blocks.ts,
 * inline.ts), without remark, which `plan validate` does not load.
 */
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import { clip, makeDiagnostic } from "../../diagnostics/make.js";
import { droppedCharacters } from "../decode.js";
import { MAX_MARKDOWN_DEPTH, tooDeepAt, tooDeepRange, writtenIndex } from "../nesting.js";
import { scanBlocks, type BlockScan, type OpenBlock, type Segment } from "./blocks.js";
import { normalizeLabel } from "./line-starts.js";
import { inlineMarks, joined, manyDelimiters, type InlineMark } from "./inline.js";

export interface NarrativeCheck {
  diagnostics: Diagnostic[];
  /** Nested past what remark reads (nested-too-deep): the drafts leave the file out. */
  tooDeep: boolean;
}

/** The problems of the narrative file `file` whose text is `text`. */
export function checkNarrative(file: string, text: string): NarrativeCheck {
  const found = findings(file, text);
  const dropped = droppedCharacters(file, text);
  return dropped.length === 0 ? found : { ...found, diagnostics: [...dropped, ...found.diagnostics] };
}

function findings(file: string, text: string): NarrativeCheck {
  if (holdsNothingToReport(text)) return { diagnostics: [], tooDeep: false };
  // Brackets, quotes, list items and footnotes as nesting.ts counts them, before the scan, which reads no deeper.
  const nested = tooDeepRange(text);
  if (nested) return nestedTooDeep(file, nested);
  const scan = scanBlocks(text);
  const texts = scan.texts.map((segments) => ({ segments, marks: inlineMarks(joined(segments)) }));
  const emphasis = deepEmphasis(scan, texts);
  if (emphasis) return nestedTooDeep(file, emphasis);
  const diagnostics: Diagnostic[] = [];
  const report = (code: string, message: string, range: Range, hint?: string) => diagnostics.push(makeDiagnostic(code, message, file, range, { hint }));
  if (scan.frontMatterEnd !== undefined) {
    const range = { line: 1, column: 1, endLine: scan.frontMatterEnd + 1, endColumn: scan.lines[scan.frontMatterEnd]!.length + 1 };
    report("narrative-front-matter", "the file starts with front matter (--- … ---), which the drafts print as a rule and a heading", range);
  }
  if (scan.open) report("narrative-unclosed", ...unclosed(scan.open, scan.lines));
  for (const { line, start, end } of scan.emptyHeadings) {
    report("narrative-empty-heading", "a heading with no text: the drafts show an empty heading here, and their contents leave it out", rangeIn(scan.lines, line, start, line, end));
  }
  for (const { segments, marks } of texts) {
    for (const mark of marks) {
      const found = markProblem(mark, scan);
      if (found) report(found.code, found.message, rangeOf(segments, { at: found.from ?? mark.at, end: mark.end }, scan.lines));
    }
  }
  return { diagnostics, tooDeep: false };
}

function nestedTooDeep(file: string, range: Range): NarrativeCheck {
  const message = `lists, quotes, brackets or emphasis nested more than ${MAX_MARKDOWN_DEPTH} deep: the drafts cannot be written with this file`;
  const hint = "A narrative needs a few levels of lists or quotes at most: look for markers (`- `, `>`, `[`, `*`) repeated by mistake.";
  return { diagnostics: [makeDiagnostic("nested-too-deep", message, file, range, { hint })], tooDeep: true };
}

/**
 * `markdown` with the fence, comment or HTML block left open at its end closed there, so that it
 * does not run on into what follows it in a draft (a preview of the file alone ends it there).
 */
export function closeOpenBlock(markdown: string): string {
  // A file with nothing to report leaves nothing open: no fence, no HTML (as checkNarrative skips it).
  if (holdsNothingToReport(markdown)) return markdown;
  const open = scanBlocks(markdown).open;
  if (!open) return markdown;
  return `${markdown}${/\n$/.test(markdown) ? "" : "\n"}${open.prefix}${open.closer}\n`;
}

/**
 * Whether `markdown` nests past what remark reads in reasonable time and stack: brackets, quotes,
 * list items and footnotes (nesting.ts), and emphasis, which takes two characters a level at
 * least, so a shorter text is not scanned for it.
 */
export function nestsTooDeepForRemark(markdown: string): boolean {
  if (tooDeepAt(markdown) !== undefined) return true;
  if (markdown.length <= 2 * MAX_MARKDOWN_DEPTH) return false;
  return scanBlocks(markdown).texts.some((segments) => inlineMarks(joined(segments)).some((mark) => mark.kind === "emphasis"));
}

/**
 * Whether `text` certainly holds nothing checkNarrative reports, as most narrative files (the
 * shipped plan's) are told from their characters alone, without the scan's cost at start-up: no
 * fence, HTML, image, reference link, front matter or empty heading; each footnote defined at the start of a line
 * (with no fence or HTML about, such a line is a definition); no line starting with 101 container
 * marks (a quote, list item or footnote takes one character at least of the line that opens it,
 * and of each line inside it); too few brackets, quotes or delimiters to nest too deep.
 */
export function holdsNothingToReport(text: string): boolean {
  if (/`{3}|~{3}|<[!?A-Za-z]|!\[|\]\[/.test(text) || text.startsWith("---")) return false;
  // A heading with no text, maybe inside a quote or a list item.
  if (/^[ \t>*+\-\d.)]*#{1,6}(?:[ \t]+#*)?[ \t]*$/m.test(text)) return false;
  if (/^(?:[ \t>*+\-\d.)]|\[\^[^\]\s]*\]:){101}/m.test(text) || tooDeepAt(text) !== undefined || manyDelimiters(text)) return false;
  const defined = new Set(Array.from(text.matchAll(/^\[\^([^\]\s]+)\]:/gm), (found) => normalizeLabel(found[1]!)));
  return Array.from(text.matchAll(/\[\^([^\]\s]+)\]/g)).every((found) => defined.has(normalizeLabel(found[1]!)));
}

type Scanned = { segments: Segment[]; marks: InlineMark[] };

/** Where the text first nests emphasis too deep (inline.ts's manyDelimiters). */
function deepEmphasis(scan: BlockScan, texts: readonly Scanned[]): Range | undefined {
  for (const { segments, marks } of texts) {
    const emphasis = marks.find((mark) => mark.kind === "emphasis");
    if (emphasis) return rangeOf(segments, { ...emphasis, end: emphasis.at + 1 }, scan.lines);
  }
  return undefined;
}

function unclosed(open: OpenBlock, lines: readonly string[]): [string, Range, string] {
  const range = rangeIn(lines, open.line, open.start, open.line, open.start + open.opener.length);
  const tail = "the drafts end it at the end of this file, so that it does not run on into the next chapter";
  if (open.kind === "fence") {
    const fence = fenceNamed(open.opener);
    return [`the code block opened with ${fence} is never closed: the rest of the file reads as code`, range, `Write ${fence} on a line of its own where the code ends; ${tail}.`];
  }
  const what = open.kind === "comment" ? "comment" : `HTML block ${open.opener}`;
  return [`the ${what} is never closed (no ${open.closer}): the rest of the file is part of it`, range, `Write ${open.closer} where it ends; ${tail}.`];
}

/**
 * A fence as a message names it: as written (\`\`\`), or by its length where a line of thousands of
 * backticks had made the message as long (a fence is closed by one as long or longer).
 */
function fenceNamed(opener: string): string {
  return opener.length <= 10 ? opener : `${opener.length} ${opener[0] === "`" ? "backticks" : "tildes"}`;
}

/**
 * What is wrong with an inline mark, if anything, once the file's definitions are known; `from`,
 * where the problem starts after the mark does.
 */
function markProblem(mark: InlineMark, scan: BlockScan): { code: string; message: string; from?: number } | undefined {
  // `¡Véase![^1]`, `![^1][]`: a footnote after an exclamation mark, which the scanner takes for an image's `![…]`.
  const afterMark = mark.kind === "reference" && mark.image && mark.label === mark.text && mark.label.startsWith("^");
  if (mark.kind === "footnote" || afterMark) {
    const footnote = mark.kind === "footnote" ? mark.label : mark.label.slice(1);
    if (scan.footnotes.has(normalizeLabel(footnote))) return undefined;
    const label = clip(footnote);
    const message = `the footnote [^${label}] has no definition in this file ([^${label}]: …): the drafts print it as written`;
    return { code: "narrative-undefined-reference", message, from: afterMark ? mark.at + 1 : undefined };
  }
  if (mark.kind === "reference" && !scan.links.has(normalizeLabel(mark.label))) {
    // `![text]` with no definition is no image, but its own words.
    if (mark.shortcut) return undefined;
    const label = clip(mark.label);
    return { code: "narrative-undefined-reference", message: `the link [${label}] has no definition in this file ([${label}]: https://…): the drafts print it as written` };
  }
  if (mark.kind === "emphasis" || !(mark.kind === "image" || mark.image)) return undefined;
  const alt = mark.kind === "image" ? mark.alt : mark.text;
  const source = mark.kind === "image" ? mark.source : undefined;
  const shown = alt.trim() === "" ? "nothing, as the image has no alt text," : `its alt text ("${clip(alt)}") alone`;
  const relative = source === undefined || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(source);
  const where = relative ? `, and the Markdown draft, written to drafts/, looks for ${source ? clip(source) : "a relative path"} from there` : "";
  return { code: "narrative-image", message: `an image: the Word draft shows ${shown} in its place${where}` };
}

/** The range of `mark` (offsets into the segments joined) in the file. */
function rangeOf(segments: readonly Segment[], mark: { at: number; end: number }, lines: readonly string[]): Range {
  const [startLine, start] = placeOf(segments, mark.at);
  const [endLine, end] = placeOf(segments, mark.end);
  return rangeIn(lines, startLine, start, endLine, end);
}

/** The line and index (tabs expanded) of `offset` into the segments joined by line ends. */
function placeOf(segments: readonly Segment[], offset: number): [number, number] {
  let rest = offset;
  for (const segment of segments) {
    if (rest <= segment.text.length) return [segment.line, segment.start + rest];
    rest -= segment.text.length + 1;
  }
  const last = segments[segments.length - 1]!;
  return [last.line, last.start + last.text.length];
}

function rangeIn(lines: readonly string[], line: number, start: number, endLine: number, end: number): Range {
  return { line: line + 1, column: writtenIndex(lines[line] ?? "", start) + 1, endLine: endLine + 1, endColumn: writtenIndex(lines[endLine] ?? "", end) + 1 };
}
