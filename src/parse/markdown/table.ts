import type { Table } from "mdast";
import { clip, listed } from "../../diagnostics/make.js";
import { didYouMean, meantFor } from "../../diagnostics/suggest.js";
import { ID_PATTERN, PRIORITIES, withoutMarkdownEscapes } from "../../model/fields.js";
import { LANGUAGE_NAMES, type Lang } from "../../model/text.js";
import type { DataPath, TextEdit } from "../document.js";
import { eachCell, type ScannedTable } from "./fast-table.js";
import { formatTimeframe, fromOneLine, parseTimeframe, pipeBetweenIds, splitIds, timepointValue, trimPiece, type Piece } from "./inline.js";
import { spanOf, type Reader } from "./reader.js";
import { deleteNumbering, isNumberingHeading, rowNumbering } from "./row-numbering.js";
import type { Span } from "./source-map.js";
import { newTextParts, type TextParts } from "./texts.js";
import { timeframeCellHint } from "../../validate/timeframe-hints.js";
import { broadColumnWord, COLUMNS, columnByFirstWords, columnKey, columnLanguage, columnName, columnNames, EMPTY_CELL, labelName, PRIORITY_WORDS, type ColumnKey } from "./vocabulary.js";

/** An action as its table row gives it; its section adds the rest. */
export interface ActionRow {
  id?: string;
  path: DataPath;
  row: Span;
  title: TextParts;
  /** The row's other fields, already as data (lead, partners, timeframe, priority, protocol). */
  fields: Record<string, unknown>;
}

/**
 * The actions of an objective's table, remark's or as the scanner read it, one per row, in order,
 * and the language its Action column is headed in.
 */
export function readTable(reader: Reader, table: Table | ScannedTable, objectivePath: DataPath): { rows: ActionRow[]; lang?: Lang } {
  const places = rowsOf(table);
  const header = places[0];
  if (!header) return { rows: [] };
  const rows = places.slice(1);
  const numbering = numberingColumns(reader, places);
  const { columns, lang } = readHeader(reader, header, objectivePath, rows.length > 0, numbering);
  let rowFields: ReadonlySet<string> | undefined;
  const wrapped = wrappedRows(reader, rows, header.cells.length);
  const actions: ActionRow[] = [];
  const numbers = [...numbering.keys()];
  rows.forEach((row, index) => {
    // The rest of a row a line or more above: said with it, and no action of its own; so is a row
    // empty but for its number, whose line reportNumbering says to delete with the numbers.
    if (wrapped.continued.has(index) || (numbers.length > 0 && numberedOnly(reader, row, header.cells.length, numbers))) return;
    const path = [...objectivePath, "actions", actions.length];
    // Its cells would be read into the columns beside them: only its id is read, and the rules do
    // not say its other columns are missing (its lead is there, a cell over).
    const misaligned = row.cells.length !== header.cells.length;
    if (misaligned) {
      const said = misalignedRows(reader, rows, index, header.cells.length, wrapped.rests.get(index));
      if (said) reader.report("md-row-cells", said.message, said.span, { path, hint: said.hint });
      rowFields ??= new Set(columns.filter((key) => key !== undefined && key !== "id"));
      reader.unread.push({ under: path, fields: rowFields });
    }
    reader.map.add(path, row.span);
    const action: ActionRow = { path, row: row.span, title: newTextParts(), fields: {} };
    row.cells.forEach((cell, c) => {
      const key = columns[c];
      if (key && !misaligned) readCell(reader, action, key, cellPiece(reader, cell));
      else if (key === "id") readCell(reader, action, key, firstWord(cellPiece(reader, cell)));
    });
    actions.push(action);
  });
  if (numbering.size > 0) reportNumbering(reader, places, numbering, !hasErrorIn(reader, header.span.start, places[places.length - 1]!.span.end));
  return { rows: actions, lang };
}

/**
 * Whether an error is said in the lines from `start` to `end`: one read in a table's cells, or said
 * of the table before it was read (indented into a list item), which plan fmt does not correct.
 */
function hasErrorIn(reader: Reader, start: number, end: number): boolean {
  const [first, last] = [reader.lines.position(start).line, reader.lines.position(end).line];
  return reader.diagnostics.some((d) => d.severity === "error" && d.line >= first && d.line <= last);
}

const wrappedRowHint = (lines: number) => `Join the ${countWord(lines)} lines into one: a table row is written on one line (a line break inside a cell is \`<br>\`).`;

const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const countWord = (count: number) => COUNT_WORDS[count] ?? String(count);

/**
 * The rows a hard wrap broke over two lines or more, as an email or a PDF pastes a table: a row of
 * too few cells, then others, whose cells add up to the header's, a break inside a cell (where the
 * line above ends, and the one below starts, without a pipe) making two cells of one. Each such
 * row's index, with the rows holding its rest (`rests`), and those rows' indexes (`continued`);
 * none of them a row whose line starts with an action's id, which is a row of its own.
 */
function wrappedRows(reader: Reader, rows: readonly RowPlaces[], columns: number): { rests: Map<number, RowPlaces[]>; continued: Set<number> } {
  const rests = new Map<number, RowPlaces[]>();
  const continued = new Set<number>();
  const line = (row: RowPlaces) => reader.text.slice(row.span.start, row.span.end).trim();
  const idFirst = (row: RowPlaces) => {
    const cell = row.cells[0] === undefined ? "" : cellPiece(reader, row.cells[0]).text;
    return ID_PATTERN.test(cell) && /\d/.test(cell);
  };
  // The cells a line adds to the row above it: one fewer where the break is inside a cell.
  const added = (above: RowPlaces, row: RowPlaces) => row.cells.length - (!line(above).endsWith("|") && !line(row).startsWith("|") ? 1 : 0);
  for (let index = 0; index + 1 < rows.length; index++) {
    let cells = rows[index]!.cells.length;
    let next = index + 1;
    for (; next < rows.length && cells < columns && rows[next]!.cells.length < columns && !idFirst(rows[next]!); next++) cells += added(rows[next - 1]!, rows[next]!);
    if (cells !== columns || next === index + 1) continue;
    // A last cell broken over more lines than one (`… | SOM-11.1` then `y SOM-6.1 |`) adds none.
    while (next < rows.length && !idFirst(rows[next]!) && added(rows[next - 1]!, rows[next]!) === 0) next++;
    rests.set(index, rows.slice(index + 1, next));
    for (let k = index + 1; k < next; k++) continued.add(k);
    index = next - 1;
  }
  return { rests, continued };
}

/**
 * What md-row-cells says of row `index` of `rows`, whose cells are not the header's `width`: a row
 * broken over lines, with the `rest` of its lines; or rows pasted from a spreadsheet, their cells
 * separated by tabs (pastedRow), said once from the first of them to the last, and nothing said
 * of the others then.
 */
function misalignedRows(reader: Reader, rows: readonly RowPlaces[], index: number, width: number, rest: readonly RowPlaces[] | undefined): { message: string; span: Span; hint?: string } | undefined {
  const row = rows[index]!;
  const cells = (line: RowPlaces) => String(line.cells.length);
  if (rest) {
    const message = `this row is broken over ${countWord(rest.length + 1)} lines, of ${listed([row, ...rest].map(cells))} cells; the header has ${width}`;
    return { message, span: { start: row.span.start, end: rest[rest.length - 1]!.span.end }, hint: wrappedRowHint(rest.length + 1) };
  }
  const pasted = (k: number) => k >= 0 && k < rows.length && pastedRow(reader, rows[k]!, width) !== undefined;
  const first = pastedRow(reader, row, width);
  if (first === undefined) return { message: `this row has ${cellCount(row.cells.length)}; the header has ${width}` , span: row.span };
  if (pasted(index - 1)) return undefined;
  let last = index;
  while (pasted(last + 1)) last++;
  const run = rows.slice(index, last + 1);
  const counts = new Set(run.map(cells));
  const message = run.length === 1 ? `this row has ${cellCount(row.cells.length)}` : `these ${countWord(run.length)} rows have ${counts.size === 1 ? `${cellCount(row.cells.length)} each` : `${listed(run.map(cells))} cells`}`;
  const hint = `The ${run.length === 1 ? "row's" : "rows'"} cells are separated by tabs, as a spreadsheet pastes them: separate them with | as the header does (\`| ${clip(first, 20)} | … |\`)`;
  return { message: `${message}; the header has ${width}`, span: { start: row.span.start, end: run[run.length - 1]!.span.end }, hint };
}

const cellCount = (count: number) => `${count} cell${count === 1 ? "" : "s"}`;

/**
 * A row pasted from a spreadsheet (Excel, LibreOffice, Google Sheets), whose cells come separated
 * by tabs: its first cell's text, where its tabs would make the header's `width` of cells.
 */
function pastedRow(reader: Reader, row: RowPlaces, width: number): string | undefined {
  const text = reader.text.slice(row.span.start, row.span.end);
  if (row.cells.length >= width || !text.includes("\t")) return undefined;
  // A spreadsheet keeps an empty cell as two tabs, the last one's after the last tab: the row's fields are its tabs and one.
  const parts = text.replace(/^ +| +$/g, "").replace(/^\||\|$/g, "").split("\t").map((cell) => cell.trim());
  return parts.length >= width ? (parts.find((cell) => cell !== "") ?? "") : undefined;
}

/** A row's place and its cells' places, a cell running from its opening pipe to the next. */
interface RowPlaces {
  span: Span;
  cells: Span[];
}

function rowsOf(table: Table | ScannedTable): RowPlaces[] {
  if (table.type === "table") return table.children.map((row) => ({ span: spanOf(row), cells: row.children.map(spanOf) }));
  const { src } = table;
  return table.rows.map((row) => {
    const start = src.lineStart(row.line);
    const cells: Span[] = [];
    eachCell(src, row, (first, end) => cells.push({ start: start + first, end: start + end }));
    return { span: { start, end: src.lineEnd(row.line) }, cells };
  });
}

/** The columns a table must have: each row's action needs its id, title, lead and timeframe. */
const REQUIRED_COLUMNS: readonly ColumnKey[] = ["id", "title", "lead", "timeframe"];
/** Needed only where there are rows: an objective drafted before its actions has none. */
const ROW_COLUMNS: ReadonlySet<ColumnKey> = new Set(["lead", "timeframe"]);

/** The columns a table headed with `headed` lacks, as md-missing-column says them: those of REQUIRED_COLUMNS, but those only rows need where it has none. */
export function missingColumns(headed: ReadonlySet<ColumnKey>, hasRows: boolean): ColumnKey[] {
  return REQUIRED_COLUMNS.filter((key) => !headed.has(key) && (!ROW_COLUMNS.has(key) || hasRows));
}

/** The columns the header names; the first Action heading also says the matrix's language (Reader.lang). */
function readHeader(reader: Reader, header: RowPlaces, objectivePath: DataPath, hasRows: boolean, numbering: ReadonlyMap<number, boolean>): { columns: (ColumnKey | undefined)[]; lang?: Lang } {
  const seen = new Map<ColumnKey, Piece>();
  let lang: Lang | undefined;
  // The language a hint names the columns in: the table's Action heading's, if it has one (asked only for a hint).
  const headerLang = () => header.cells.map((cell) => cellPiece(reader, cell).text).flatMap((text) => (columnKey(text) === "title" ? (columnLanguage(text) ?? []) : []))[0] ?? reader.knownLanguage;
  const unknown: string[] = [];
  const headed = new Set(header.cells.flatMap((cell, c) => (numbering.has(c) ? [] : (columnKey(cellPiece(reader, cell).text) ?? []))));
  const columns = header.cells.map((cell, c) => {
    // Said by reportNumbering, once the rows are read: no column misspelt, whose fields may be unread.
    if (numbering.has(c)) return undefined;
    const piece = cellPiece(reader, cell);
    const key = columnKey(piece.text);
    if (!key) {
      const hint = unknownColumnHint(piece.text, headed, headerLang());
      reader.report("md-unknown-column", `unknown column '${clip(piece.text)}'`, piece, hint ? { hint } : {});
      unknown.push(piece.text);
      return undefined;
    }
    const first = seen.get(key);
    if (first) {
      reader.reportRepeat("md-duplicate-column", `the column '${piece.text}' appears twice`, piece, first, `first '${first.text}'`);
      return undefined;
    }
    seen.set(key, piece);
    if (key === "title") lang = headedIn(reader, piece);
    return key;
  });
  const absent = missingColumns(new Set(seen.keys()), hasRows);
  // The header row, which lacks the column, rather than a cell of it; a Lead or Timeframe column misspelt (`Plazos`) is said as such alone,
  // as is any column headed with more words after its name (`Plazo de implementación`).
  const misspelt = (key: ColumnKey) => unknown.some((typed) => {
    const meant = new Set(misspeltColumns(typed));
    return meant.size < COLUMNS.length && meant.has(key);
  });
  const lengthened = (key: ColumnKey) => unknown.some((typed) => lengthenedColumn(typed, headed)?.key === key);
  for (const key of absent) if (!lengthened(key) && (!ROW_COLUMNS.has(key) || !misspelt(key))) reader.report("md-missing-column", `the table has no ${columnName(key, headerLang())} column`, header.span);
  const unread = [...new Set([...unknown.flatMap((typed) => misspeltColumns(typed)), ...absent])].filter((key) => !seen.has(key));
  if (unread.length > 0) reader.unread.push({ under: objectivePath, fields: new Set(unread) });
  return { columns, lang };
}

/**
 * The columns of a table that a workshop numbered its rows in, under an empty heading or `No.`: each with
 * true where it numbers every row, false where all but one (rowNumbering).
 */
function numberingColumns(reader: Reader, places: readonly RowPlaces[]): Map<number, boolean> {
  const numbering = new Map<number, boolean>();
  const header = places[0]!.cells;
  if (!header.some((cell) => isNumberingHeading(cellPiece(reader, cell).text))) return numbering;
  const texts = places.map((row) => row.cells.map((cell) => cellPiece(reader, cell).text));
  header.forEach((_, c) => {
    const numbers = rowNumbering(texts, c);
    if (numbers !== undefined) numbering.set(c, numbers === "every");
  });
  return numbering;
}

/**
 * Reports the `numbering` columns of a table (numberingColumns), no columns of the matrix's, as
 * to be deleted. Where each numbers every row, and the table is `clean` otherwise (no error read in
 * it), plan fmt deletes them: the table then reads, with nothing lost.
 */
function reportNumbering(reader: Reader, places: readonly RowPlaces[], numbering: ReadonlyMap<number, boolean>, clean: boolean): void {
  const columns = [...numbering.keys()];
  const fix = clean && [...numbering.values()].every((every) => every) ? withoutColumns(reader, places, columns) : undefined;
  // Left with their lines once the numbers are deleted by hand, they would be actions without an id.
  const empty = places.slice(1).filter((row) => numberedOnly(reader, row, places[0]!.cells.length, columns)).map((row) => `${reader.lines.position(row.span.start).line}`);
  const rowsToo = empty.length === 0 ? "" : empty.length === 1 ? `, and the row at line ${empty[0]}, which holds nothing but its number` : `, and the rows at lines ${listed(empty)}, which hold nothing but their numbers`;
  for (const c of numbering.keys()) {
    const todo = deleteNumbering([`${c + 1}`]) + rowsToo;
    const heading = cellPiece(reader, places[0]!.cells[c]!);
    const under = heading.text === "" ? "under an empty heading" : `headed '${heading.text}'`;
    const message = `column ${c + 1}, ${under}, numbers the rows: the matrix has no such column`;
    const at = heading.text === "" ? betweenPipes(reader, places[0]!.cells[c]!) : heading;
    reader.report("md-unknown-column", message, at, { hint: fix ? `${todo}, or run plan fmt on the file, which does` : todo });
  }
  if (fix) reader.fixes.push({ ...fix, undone: "delete the column here that numbers the rows: without it, the table would still not read" });
}

/**
 * The table of `places`, its header, |---| line and rows, without its `columns`: each of their
 * cells cut from its opening pipe to the next, or to the closing pipe for a row's last. None where
 * the |---| line has not as many cells as the header.
 */
function withoutColumns(reader: Reader, places: readonly RowPlaces[], columns: readonly number[]): TextEdit | undefined {
  const { text } = reader;
  const [header, ...rows] = places;
  const delimiterStart = reader.lines.lineEnd(header!.span.start) + 1;
  const delimiter = delimiterCells(text, delimiterStart, reader.lines.lineEnd(delimiterStart));
  if (delimiter.length !== header!.cells.length) return undefined;
  const start = header!.span.start;
  const end = places[places.length - 1]!.span.end;
  let written = "";
  let at = start;
  for (const cells of [header!.cells, delimiter]) at = cutColumns(text, cells, columns, at, (kept) => (written += kept));
  for (const row of rows) {
    // An empty row the workshop numbered all the same goes with its number, as a pasted table's does (pipeTable).
    if (!numberedOnly(reader, row, header!.cells.length, columns)) {
      at = cutColumns(text, row.cells, columns, at, (kept) => (written += kept));
      continue;
    }
    // From the line break before it to its line's end.
    written += text.slice(at, text.lastIndexOf("\n", row.span.start - 1));
    at = Math.min(reader.lines.lineEnd(row.span.end), end);
  }
  return { start, end, text: written + text.slice(at, end) };
}

/**
 * Whether `row` of a table `width` cells wide is empty but for its number in the numbering
 * `columns`: it holds nothing once the numbers are deleted, no action's row, which would read as
 * one without an id.
 */
function numberedOnly(reader: Reader, row: RowPlaces, width: number, columns: readonly number[]): boolean {
  return row.cells.length === width && row.cells.every((cell, c) => columns.includes(c) || cellPiece(reader, cell).text === "");
}

/** Walks a line's `cells` from `at`, giving `keep` the text up to each of `columns` and going past it: where the walk is then. */
function cutColumns(text: string, cells: readonly Span[], columns: readonly number[], at: number, keep: (kept: string) => void): number {
  let from = at;
  for (const c of columns) {
    keep(text.slice(from, cells[c]!.start));
    from = c + 1 < cells.length ? cells[c + 1]!.start : beforeClosingPipe(text, cells[c]!.start, cells[c]!.end);
  }
  return from;
}

/** What to head an unknown column with, in the words of a matrix in `lang`. */
function unknownColumnHint(typed: string, headed: ReadonlySet<ColumnKey>, lang: Lang): string | undefined {
  // Not the name of a column the table has already (`Plazo de seguimiento` beside `Plazo`): headed so, it would be that column twice.
  const named = lengthenedColumn(typed, headed);
  if (named !== undefined) return `head the column with its name alone: ${columnName(named.key, named.lang ?? lang)}`;
  const broad = broadColumnWord(typed);
  if (broad !== undefined) {
    return `'${broad.word}' alone heads the ${columnName(broad.key, lang)} column; the matrix has no column for more: write what this one says in each action's ${labelName("notes", lang)}`;
  }
  const names = COLUMNS.map((column) => column.names[lang]);
  return didYouMean(typed, columnNames()) ?? `the columns are ${listed(names)}`;
}

/** The column a heading names by its first words (columnByFirstWords), unless the table has that column under its own name. */
function lengthenedColumn(typed: string, headed: ReadonlySet<ColumnKey>): ReturnType<typeof columnByFirstWords> {
  const named = columnByFirstWords(typed);
  return named !== undefined && !headed.has(named.key) ? named : undefined;
}

/** The columns an unknown one may be misspelt for: the one its first words name (`Plazo de implementación`), the closest (`Leed`: lead), or, like none (`Budget`), any. */
function misspeltColumns(typed: string): ColumnKey[] {
  const named = columnByFirstWords(typed);
  if (named !== undefined) return [named.key];
  return meantFor(typed, columnNames()).flatMap((name) => columnKey(name) ?? []);
}

/**
 * The first table's Action heading says the matrix's language (Reader.lang). A later table headed
 * in the other one is likely copied from another group's matrix: its unlabelled texts are still
 * read in the matrix's language, which the group may not expect. The heading's language.
 */
function headedIn(reader: Reader, heading: Piece): Lang | undefined {
  const lang = columnLanguage(heading.text);
  if (reader.lang === undefined) reader.lang = lang;
  else if (lang !== undefined && lang !== reader.lang) {
    const [table, matrix] = [LANGUAGE_NAMES[lang], LANGUAGE_NAMES[reader.lang]];
    reader.report("md-table-language", `this table is headed in ${table}, but the matrix is in ${matrix} (its first table): its unlabelled texts are read as ${matrix}`, heading);
  }
  return lang;
}

/** `FLD-1.1 Adopt regional standards`: an id cell run into the next (its pipe lost) keeps the id. */
function firstWord(piece: Piece): Piece {
  const end = piece.text.search(/\s/);
  return end < 0 ? piece : { text: piece.text.slice(0, end), start: piece.start, end: piece.start + end };
}

/** A cell's source between its pipes, trimmed, with its offsets. */
function cellPiece(reader: Reader, cell: Span): Piece {
  const { start, end } = betweenPipes(reader, cell);
  return trimPiece(reader.text.slice(start, end), start);
}

/** Where a cell's source is, between its pipes. */
function betweenPipes(reader: Reader, cell: Span): Span {
  const start = reader.text[cell.start] === "|" ? cell.start + 1 : cell.start;
  return { start, end: beforeClosingPipe(reader.text, start, cell.end) };
}

/**
 * Where a cell of `text` from `start` to `end` ends: at its closing pipe, where it is a row's last,
 * which runs to the end of the line, past that pipe and any spaces or tabs an editor left after it.
 */
function beforeClosingPipe(text: string, start: number, end: number): number {
  let close = end;
  while (close > start && (text[close - 1] === " " || text[close - 1] === "\t")) close--;
  return close > start && text[close - 1] === "|" && text[close - 2] !== "\\" ? close - 1 : end;
}

/**
 * The cells of a |---| line from `start` to `end`, as remark places a row's: each from its opening
 * pipe to the next, the first from the line's first character where no pipe opens it.
 */
function delimiterCells(text: string, start: number, end: number): Span[] {
  const line = text.slice(start, end);
  const pipes = [...line.matchAll(/\|/g)].map((match) => start + match.index);
  const first = start + Math.max(0, line.search(/\S/));
  const opens = text[first] === "|" ? pipes : [first, ...pipes];
  // A closing pipe opens no cell.
  if (opens.length > 1 && line.trimEnd().endsWith("|")) opens.pop();
  return opens.map((open, k) => ({ start: open, end: opens[k + 1] ?? end }));
}

function readCell(reader: Reader, action: ActionRow, key: ColumnKey, piece: Piece): void {
  const path = [...action.path, key];
  reader.map.add(path, piece);
  if (key === "title") {
    action.title = newTextParts({ text: fromOneLine(piece.text, true), start: piece.start, end: piece.end });
    return;
  }
  if (key === "id") {
    if (piece.text !== "") action.id = piece.text;
    return;
  }
  if (EMPTY_CELL.has(piece.text)) return;
  if (key === "priority") action.fields.priority = priorityOf(piece.text);
  else if (key === "timeframe") readTimeframe(reader, action, piece, path);
  else {
    const ids = splitIds(piece, reader.names);
    ids.forEach((id, k) => reader.map.addBelow(path, k, id));
    action.fields[key] = ids.map((id) => id.text);
    reportPipe(reader, piece, ids);
  }
}

function readTimeframe(reader: Reader, action: ActionRow, piece: Piece, path: DataPath): void {
  const span = parseTimeframe(piece);
  if (!span) {
    const hint = unreadTimeframeHint(piece.text);
    reader.report("md-timeframe", `'${clip(piece.text)}' is not a timeframe`, piece, { path, ...(hint === undefined ? {} : { hint }) });
    return;
  }
  reader.map.addBelow(path, "start", span.start);
  reader.map.addBelow(path, "end", span.end);
  action.fields.timeframe = { start: timepointValue(span.start.text), end: timepointValue(span.end.text) };
}

/**
 * The hint for a Timeframe cell that is no timeframe: one as Google Docs' Markdown writes it
 * (`2019\-Q3 – 2020\-Q4`) is told its escapes and the cell without them; else timeframeCellHint's,
 * of the cell without them.
 */
function unreadTimeframeHint(cell: string): string | undefined {
  const { plain, escapes } = withoutMarkdownEscapes(cell);
  const span = escapes === undefined ? undefined : parseTimeframe({ text: plain, start: 0, end: plain.length });
  return span ? `it holds ${escapes}: write ${formatTimeframe({ start: span.start.text, end: span.end.text })}` : timeframeCellHint(plain);
}

/** A priority cell's value: `High` and `alta` are `high`; a word that is none stays as typed, for the schema to quote. */
function priorityOf(cell: string): string {
  const word = cell.toLowerCase();
  return PRIORITY_WORDS[word] ?? ((PRIORITIES as readonly string[]).includes(word) ? word : cell);
}

/**
 * A pipe typed between a cell's or an item's ids: read as a comma, and said once, with the ids
 * written with commas. Said without the list's data path, which would have the schema check take
 * it for the list's own finding and keep quiet about the ids in it (`IOM \| Ministry of Health`).
 */
export function reportPipe(reader: Reader, piece: Piece, ids: readonly Piece[]): void {
  const pipe = pipeBetweenIds(piece, ids);
  if (pipe) reader.report("invalid-value", `'${pipe.at.text}' does not separate ids: commas do`, pipe.at, { hint: pipe.hint });
}
