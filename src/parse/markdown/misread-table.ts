/**
 * Tables Markdown does not read as the matrix's table, as it reads their lines: as text (a header
 * and a |---| line that differ, cells tabs apart as a spreadsheet pastes them, a grid table), as
 * code, or (indentedPaste, for table-in-list.ts) as more of a list item.
 */
import type { Code, Heading, Paragraph } from "mdast";
import type { TextEdit } from "../document.js";
import { clip, listed } from "../../diagnostics/make.js";
import { ID_PATTERN, ID_SHAPED } from "../../model/fields.js";
import { gridTable } from "./exported-table.js";
import { keptColumns, pipeTable, spreadsheetRows, type PastedRow } from "./pasted-table.js";
import { spanOf, type Reader } from "./reader.js";
import { deleteNumbering, rowNumbering, type RowNumbering } from "./row-numbering.js";
import type { Span } from "./source-map.js";
import { missingColumns } from "./table.js";
import { COLUMNS, columnKey, columnLanguage, columnName } from "./vocabulary.js";

/** Why an objective's table is not read, the hint to write it, its rows' ids, and, where that is beyond doubt, the table written as one. */
export interface BrokenTable {
  /** md-not-a-table where not said. */
  code?: string;
  message: string;
  hint?: string;
  rows: { id: string; span: Span }[];
  fix?: TextEdit;
}

/** A workshop's number for a row of its table, where the row has no id yet: `1`, `2.`, `1.2`. */
const ROW_NUMBER = /^\d+(?:\.\d+)*\.?$/;

/**
 * Why the lines from `start` to `end` (a paragraph's, or indentedPaste's), which start with | (a
 * table, as written), are no table to Markdown, or undefined for lines that are not one; `read`
 * says how Markdown reads pasted ones. GFM needs a header row and, under it, a |---| line of as many cells.
 * A header that names no column of the matrix is a description's text (`| a | b |`), not a table.
 * Lines whose cells tabs separate are a table pasted from a spreadsheet (Excel, LibreOffice, Google
 * Sheets), where a group drafted its matrix: the same, where their first line names two columns, or
 * names one among three cells or more over rows that hold action ids.
 */
export function notATable(reader: Reader, { start, end }: Span, read = "them as text"): BrokenTable | undefined {
  const text = reader.text.slice(start, end);
  if (text[0] === "+") return gridTable(text, start);
  const tabbed = text[0] !== "|";
  if (tabbed && !text.includes("\t")) return undefined;
  const lines = text.split("\n");
  if (!tabbed && !lines.every((line) => line.trim().startsWith("|"))) return undefined;
  // A spreadsheet's cell holding a line break comes in quotes over several lines: one cell. Its
  // empty rows, blank lines to Markdown, may run on inside a code block: they are left out.
  const records = tabbed ? spreadsheetRows(text, start).filter((record) => record.cells.some((cell) => cell !== "")) : linesAsRows(lines, start);
  if (records.length < 2 || (tabbed && !records.every((record) => record.cells.length > 1))) return undefined;
  const header = records[0]!.cells;
  const cells = records.map((record) => record.cells);
  // Tabs are no table's own mark as pipes are: a description's `Period<tab>2019–2021` lines are a
  // word and its text, where a spreadsheet's header row has more cells (`No.<tab>Actividad<tab>
  // Responsable<tab>Fecha`, one of them a column's name) or names more columns. A `#` over the
  // rows' numbers heads no Id column.
  const delimited = !tabbed && /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(lines[1]!.trim());
  // A |---| line, of whatever cells, is no row: the rows a workshop numbered are those under it.
  const numbering = header.map((_, c) => rowNumbering(delimited ? [header, ...cells.slice(2)] : cells, c));
  const columns = header.map((cell, c) => (numbering[c] ? undefined : columnKey(cell)));
  const named = new Set(columns.filter((key) => key !== undefined));
  if (named.size === 0) return undefined;
  const idColumn = Math.max(0, columns.indexOf("id"));
  const rows: { id: string; span: Span }[] = [];
  records.forEach(({ cells, span }, index) => {
    const id = cells[idColumn];
    if (index >= (delimited ? 2 : 1) && id !== undefined && ID_PATTERN.test(id)) rows.push({ id, span });
  });
  // A header naming one column, a workshop's own words about it, is a paste's where its rows are
  // actions, with their ids or their numbers: text indented under a list item, `<tab>Socios<tab>OIM<tab>por
  // confirmar`, or a description's `Partners<tab>IOM<tab>to be confirmed` over `Timeframe<tab>2019<tab>…`,
  // has cells enough and names a column, but no row of it is an action's (a word is no action's id).
  if (tabbed && named.size < 2 && (header.filter((cell) => cell !== "").length < 3 || !rows.some(({ id }) => ID_SHAPED.test(id) || ROW_NUMBER.test(id)))) return undefined;
  const why = delimited ? `its header row has ${header.length} cells, and the |---| line under it ${pipeCells(lines[1]!).length}` : "the line under its header row is not a |---| line";
  const message = tabbed ? `these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads ${read}` : `these lines are written as a table, but Markdown reads them as text: ${why}`;
  // In the header's own words: a Spanish matrix's pasted `Acción` retyped as the hint's `Action` would make the whole matrix read as English. Not a `No.` over the rows' numbers, which are to go.
  const [first, second] = header.filter((cell, c) => cell !== "" && numbering[c] === undefined).map((cell) => clip(cell, 30));
  if (!tabbed) {
    const numbered = numberedPipeLines(lines, cells, { start, end }, numbering, delimited, `\`| ${first} | ${second} | … |\`, then \`|----|--------|…|\``);
    if (numbered.hint !== undefined) return { message, rows, ...numbered };
    // The |---| line to write, a cell for each of the header's: with no word of English in a Spanish matrix.
    const line = header.length <= 12 ? `|${"---|".repeat(header.length)}` : "|---|---|…|";
    // The |---| line and the rows a cell over the header: the header lost a column's name (written as
    // hinted, the |---| line a cell short, every row had a cell too many).
    const width = delimited ? pipeCells(lines[1]!).length : 0;
    const unnamed = delimited && width > header.length && cells.slice(2).length > 0 && cells.slice(2).every((row) => row.length === width);
    // The matrix's columns the header does not name, where as many as the names lacking: those are they.
    const lang = header.map((cell) => columnLanguage(cell)).find((each) => each !== undefined) ?? reader.knownLanguage;
    const unheaded = COLUMNS.filter(({ key }) => !named.has(key)).map(({ key }) => columnName(key, lang));
    const lost = width - header.length;
    const hint = unnamed
      ? `the |---| line and the rows have ${width} cells: the header row lacks ${lost === 1 ? "a column's name" : `${lost} columns' names`}; add ${unheaded.length === lost ? listed(unheaded) : lost === 1 ? "it" : "them"} where the column is, and the rows read as they are`
      : delimited ? `give the header row and the |---| line under it as many cells as the table has columns (\`${line}\` for ${header.length})` : `add a |---| line under the header row, a cell for each of its ${header.length} columns: \`${line}\``;
    return { message, rows, hint };
  }
  const kept = keptColumns(cells, numbering);
  const fix = pipeTable(cells, kept, start, end);
  const write = `separate the cells with |, and put a |---| line under the header row: \`| ${first} | ${second} | … |\`, then \`|----|--------|…|\``;
  if (!fix) return { message, hint: write, rows };
  // Written with a heading that names no column (a workshop's own `No.`), or without a column each
  // action needs (Lead, Timeframe), the table would not read either, and fmt would leave the file as it is.
  // A workshop's numbering of the rows but for one of them (those of every row are not kept): to be deleted, not headed.
  const butOne = kept.filter((c) => numbering[c] === "all but one");
  const others = kept.filter((c) => !butOne.includes(c));
  const strays = others.map((c) => header[c]!).filter((cell) => cell !== "" && columnKey(cell) === undefined).map((cell) => `'${clip(cell, 30)}'`);
  const unheaded = others.filter((c) => header[c] === "").map((c) => `${c + 1}`);
  const missing = missingColumns(named, true);
  if (strays.length === 0 && unheaded.length === 0 && butOne.length === 0 && missing.length === 0) return { message, hint: `Run plan fmt on the file, which writes them as a table; or ${write}`, rows, fix };
  const lang = header.map((cell) => columnLanguage(cell)).find((each) => each !== undefined) ?? reader.knownLanguage;
  const todo = columnsTodo({ strays, unheaded, numbering: butOne.map((c) => `${c + 1}`), missing: missing.map((key) => columnName(key, lang)) });
  return { message, hint: `${todo}, then run plan fmt on the file, which writes them as a table; or ${write}`, rows };
}

/**
 * What the hint of lines written as a pipe table that Markdown reads as text says of their columns
 * that number the rows (rowNumbering's `numbering`, by column), if any: to delete them, and to give
 * the header row and the |---| line one cell per column, as `example`. Where deleting them is all
 * the table lacks (its |---| line as many cells short of the other `lines`' as there are such
 * columns, each numbering every row), plan fmt's edit, from `start` to `end`, cuts them out.
 */
function numberedPipeLines(lines: readonly string[], cells: readonly (readonly string[])[], { start, end }: Span, numbering: readonly (RowNumbering | undefined)[], delimited: boolean, example: string): { hint?: string; fix?: TextEdit } {
  const columns = numbering.flatMap((numbers, c) => (numbers === undefined ? [] : [c]));
  if (columns.length === 0) return {};
  const todo = deleteNumbering(columns.map((c) => `${c + 1}`));
  const width = cells[0]!.length;
  const mended = delimited && numbering.every((numbers) => numbers !== "all but one") && cells[1]!.length === width - columns.length && cells.every((row, k) => k === 1 || row.length === width);
  if (!mended) return { hint: `${todo}, and give the header row and the |---| line under it one cell per column: ${example}` };
  const text = lines.map((line, k) => (k === 1 ? line : withoutCells(line, columns))).join("\n");
  return { hint: `${todo}, or run plan fmt on the file, which does`, fix: { start, end, text } };
}

/** A pipe table's `line`, which starts with |, without its cells `columns`: each cut from its opening pipe to the next. */
function withoutCells(line: string, columns: readonly number[]): string {
  const pipes = [...line.matchAll(/(?<!\\)\|/g)].map((match) => match.index);
  let kept = line;
  for (const c of [...columns].sort((a, b) => b - a)) kept = kept.slice(0, pipes[c]) + kept.slice(pipes[c + 1] ?? line.length);
  return kept;
}

/**
 * What a pasted table's columns need before plan fmt can write it as a table: its `numbering`
 * columns (row numbers but one) deleted, and each column headed with one of the matrix's names,
 * where `strays` name none and `unheaded` columns have none; else the `missing` columns added.
 */
function columnsTodo({ strays, unheaded, numbering, missing }: { strays: string[]; unheaded: string[]; numbering: string[]; missing: string[] }): string {
  const plural = (list: readonly string[], one: string, more: string) => (list.length === 1 ? one : more);
  const unnamed = [
    ...(strays.length === 0 ? [] : [`${listed(strays)} ${plural(strays, "is", "are")} none`]),
    ...(unheaded.length === 0 ? [] : [`column${plural(unheaded, "", "s")} ${listed(unheaded)} ${plural(unheaded, "has", "have")} no heading`]),
  ];
  // Its other headings may well be the missing columns' (`Fecha` for Plazo): those are said first.
  const headed = unnamed.length > 0
    ? `head each column with one of the matrix's column names, where ${unnamed.join(" and ")}`
    : missing.length > 0 ? `add ${plural(missing, "a", "the")} ${listed(missing)} column${plural(missing, "", "s")}, which each action needs` : undefined;
  const deleted = numbering.length > 0 ? deleteNumbering(numbering) : undefined;
  const todo = [deleted, headed].filter((step) => step !== undefined).join(", and ");
  return `${todo.charAt(0).toUpperCase()}${todo.slice(1)}`;
}

/**
 * notATable's table pasted from a spreadsheet from `start` to `end`, and on over the rows after
 * (rowsEnd): not one written with pipes or a grid's borders.
 */
export function pastedTable(reader: Reader, { start, end }: Span, read?: string): MisreadTable | undefined {
  const first = reader.text[start] === "|" || reader.text[start] === "+" ? undefined : notATable(reader, { start, end }, read);
  if (!first) return undefined;
  const last = rowsEnd(reader, start, end);
  const broken = last === end ? first : notATable(reader, { start, end: last }, read);
  return broken && { ...broken, start, end: last };
}

/** How Markdown reads paragraphPaste's lines when its rows are numbered as a list's items are, `1.` or `1)`. */
const numberedList = (mark: string) => `the first as text and the others as a numbered list, as each starts with its number and ${mark === "." ? "a full stop" : "a parenthesis"}`;

/**
 * pastedTable's lines from a paragraph's start: on past the paragraph to the next blank line where
 * the line after it starts as a numbered list's item (`1.<tab>FLD-1.1<tab>…`, or `1)`), as a workshop numbers
 * its rows, which Markdown starts a list at without a blank line before it.
 */
export function paragraphPaste(reader: Reader, paragraph: Paragraph): MisreadTable | undefined {
  const span = spanOf(paragraph);
  const { text } = reader;
  const run = blankLineAfter(text, span.end);
  const listed = run > span.end ? /^\d+([.)])[ \t]/.exec(text.slice(span.end + 1, span.end + 12)) : null;
  return (listed ? pastedTable(reader, { start: span.start, end: run }, numberedList(listed[1]!)) : undefined) ?? pastedTable(reader, span);
}

/**
 * A table pasted from a spreadsheet whose header row starts with `#` (a workshop's heading over its
 * rows' numbers), which Markdown reads as a heading, as `#` and a tab start one, and the rows under
 * it as text: from the heading's line to the next blank line, and on over the rows after (rowsEnd).
 */
export function headerPaste(reader: Reader, heading: Heading): MisreadTable | undefined {
  const { start } = spanOf(heading);
  if (!reader.text.startsWith("#\t", start)) return undefined;
  return pastedTable(reader, { start, end: blankLineAfter(reader.text, start) }, "the first as a heading, as it starts with # and a tab, and the others as text");
}

/** Where the line before the first blank line of `text` from `from` ends (the text's end, where none comes). */
function blankLineAfter(text: string, from: number): number {
  const blank = /\n[ \t]*(?:\n|$)/g;
  blank.lastIndex = from;
  return blank.exec(text)?.index ?? text.length;
}

/** One blank line or more, from a line's end: a spreadsheet's empty row (its cells' tabs alone) is one to Markdown. */
const BLANK_LINES = /(?:\n[ \t]*(?=\n))+\n/y;

/**
 * Where the rows of a table pasted at `start` end, its lines read up to `end`: past the blank lines
 * after, which end a paragraph to Markdown, while the lines after them are rows of as many cells as
 * its header, as a spreadsheet copies every row.
 */
function rowsEnd(reader: Reader, start: number, end: number): number {
  const { text } = reader;
  const width = text.slice(start, reader.lines.lineEnd(start)).split("\t").length;
  let last = end;
  for (;;) {
    BLANK_LINES.lastIndex = last;
    if (width < 2 || !BLANK_LINES.test(text)) return last;
    const from = BLANK_LINES.lastIndex;
    const to = blankLineAfter(text, from);
    if (!spreadsheetRows(text.slice(from, to), from).every((row) => row.cells.length === width)) return last;
    last = to;
  }
}

/**
 * A table pasted from a spreadsheet whose header row starts with a tab (an empty cell over a
 * column of row numbers, or a selection a column early), which Markdown reads as an indented code
 * block, or after a list as more of its last item, and the rows under it with it or as a paragraph
 * or more: as notATable reads such lines, from the block's line to the next blank line, or to the
 * end of a code block that goes on past it (a selection a column early, every line then code, over
 * an empty row), and on over the rows after (rowsEnd), where Markdown reads the block's first line
 * as `read` says.
 */
export function indentedPaste(reader: Reader, block: Code | Paragraph, read: (whole: boolean) => string): MisreadTable | undefined {
  const { start: blockStart, end: blockEnd } = spanOf(block);
  const start = reader.text.lastIndexOf("\n", blockStart - 1) + 1;
  if (reader.text[start] !== "\t") return undefined;
  const end = rowsEnd(reader, start, Math.max(blankLineAfter(reader.text, start), blockEnd));
  const broken = notATable(reader, { start, end }, read(reader.text.slice(blockEnd, end).trim() === ""));
  return broken && { ...broken, start, end };
}

/** A code fence's line: up to three spaces, then three backticks or tildes or more, and perhaps a language. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A table pasted from a spreadsheet into a code block: between fences (```), as a group may keep
 * its tabs, its empty rows blank lines inside the block; or indented (indentedPaste). A fenced
 * one's lines between the fences are read, and plan fmt writes the pipe table over the fences too.
 */
export function codePaste(reader: Reader, code: Code): MisreadTable | undefined {
  const { end } = spanOf(code);
  const start = reader.text.lastIndexOf("\n", spanOf(code).start - 1) + 1;
  const opening = reader.lines.lineEnd(start);
  const fence = FENCE.exec(reader.text.slice(start, opening))?.[1];
  if (fence === undefined) return indentedPaste(reader, code, CODE);
  const lastLine = reader.text.lastIndexOf("\n", end - 1) + 1;
  const closing = lastLine > opening && reader.text.slice(lastLine, end).trim().startsWith(fence) ? lastLine - 1 : end;
  if (closing <= opening + 1) return undefined;
  const pasted = pastedTable(reader, { start: opening + 1, end: closing }, `them as code, as they are between ${fence} lines`);
  return pasted && { ...pasted, start, end, fix: pasted.fix && { ...pasted.fix, start, end } };
}

/** How Markdown reads indentedPaste's lines as code: all of them, or the first alone (table-in-list.ts says them in a list item). */
const CODE = (whole: boolean) => (whole ? "them as code, as each starts with a tab" : "the first, which starts with a tab, as code, and the others as text");

/** A table found where Markdown reads it as something else, and the lines it spans, from `start` to `end`. */
export type MisreadTable = BrokenTable & { start: number; end: number };

/** Lines of a pipe table as rows, from `start` in the text: each line's cells (pipeCells) and span. */
export function linesAsRows(lines: readonly string[], start: number): PastedRow[] {
  let offset = start;
  return lines.map((line) => {
    const span = { start: offset, end: offset + line.length };
    offset = span.end + 1;
    return { cells: pipeCells(line), span };
  });
}

/** The cells of a line of a pipe table, trimmed (`\\|` is a cell's own pipe, not a border). */
export function pipeCells(line: string): string[] {
  return line.trim().replace(/\\\|/g, "  ").replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
}
