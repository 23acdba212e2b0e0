import type { Table } from "mdast";
import { clip, listed } from "../../diagnostics/make.js";
import { didYouMean, meantFor } from "../../diagnostics/suggest.js";
import { PRIORITIES, withoutInvisible, withoutMarkdownEscapes } from "../../model/fields.js";
import { LANGUAGE_NAMES, type Lang } from "../../model/text.js";
import type { DataPath } from "../document.js";
import type { ScannedTable } from "./fast-table.js";
import { formatTimeframe, fromOneLine, parseTimeframe, pipeBetweenIds, splitIds, timepointValue, type Piece } from "./inline.js";
import type { Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import { cellPiece, rowsOf, type RowPlaces } from "./table-cells.js";
import { numberedOnly, numberingColumns, reportNumbering } from "./table-numbering.js";
import { misalignedRows, wrappedRows } from "./table-rows.js";
import { newTextParts, type TextParts } from "./texts.js";
import { timeframeCellHint, timeframeForms } from "../../validate/timeframe-hints.js";
import type { Period } from "../../model/timeframe.js";
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
export function readTable(reader: Reader, table: Table | ScannedTable, objectivePath: DataPath): { rows: ActionRow[]; lang?: Lang; idColumn?: number } {
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
    // empty but for its number, whose line reportNumbering says to delete with the numbers, and a
    // row with every cell empty, a blank row as a template or a spreadsheet leaves one.
    if (wrapped.continued.has(index) || numberedOnly(reader, row, header.cells.length, numbers)) return;
    const path = [...objectivePath, "actions", actions.length];
    // Its cells would be read into the columns beside them: only its id is read, and the rules do
    // not say its other columns are missing (its lead is there, a cell over).
    const misaligned = row.cells.length !== header.cells.length;
    if (misaligned) {
      const said = misalignedRows(reader, rows, index, header.cells.length, wrapped.rests.get(index));
      if (said) reader.report("md-row-cells", said.message, said.span, { path, hint: said.hint });
      if (said?.fix) reader.fixes.push(said.fix);
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
  if (numbering.size > 0) reportNumbering(reader, places, numbering);
  const idColumn = columns.indexOf("id");
  return { rows: actions, lang, idColumn: idColumn < 0 ? undefined : idColumn };
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
  if (key === "priority") action.fields.priority = priorityOf(reader, piece, path);
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
    const hint = unreadTimeframeHint(piece.text, reader.period) ?? `Write ${timeframeForms(reader.period)}.`;
    reader.report("md-timeframe", `'${clip(piece.text)}' is not a timeframe`, piece, { path, hint });
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
function unreadTimeframeHint(cell: string, period: Period | undefined): string | undefined {
  const { visible, invisible } = withoutInvisible(cell);
  const escaped = withoutMarkdownEscapes(visible);
  // `2027-Q1 -- 2028-Q4`: the en dash as pandoc writes it in Markdown.
  const dashes = escaped.plain.includes("--") ? "-- where the span's dash goes (pandoc's way of writing –)" : undefined;
  const plain = escaped.plain.replace(/\s*--\s*/g, " – ");
  const holds = [invisible && `${invisible}, which editors do not show`, escaped.escapes, dashes].filter((what) => what !== undefined);
  const span = holds.length === 0 ? undefined : parseTimeframe({ text: plain, start: 0, end: plain.length });
  return span ? `it holds ${listed(holds)}: write ${formatTimeframe({ start: span.start.text, end: span.end.text })}` : timeframeCellHint(plain, period);
}

/**
 * A priority cell's value: `High` and `alta` are `high`; a word that is none stays as typed, for
 * the schema to quote. One that is a priority but for a character editors do not show (`alta`
 * and a soft hyphen) is said so here, and read as the priority it shows.
 */
function priorityOf(reader: Reader, piece: Piece, path: DataPath): string {
  const written = priorityValue(piece.text);
  if (written !== undefined) return written;
  const { visible, invisible } = withoutInvisible(piece.text);
  const shown = invisible === undefined ? undefined : priorityValue(visible);
  if (shown !== undefined) reader.report("invalid-value", `'${clip(piece.text)}' holds ${invisible}, which editors do not show`, piece, { path, hint: `Retype the cell: ${visible}.` });
  return shown ?? piece.text;
}

/** The priority a cell's word is (`Alta` is `high`), if any: own keys alone, as `constructor` is none. */
function priorityValue(cell: string): string | undefined {
  const word = cell.toLowerCase();
  return Object.hasOwn(PRIORITY_WORDS, word) ? PRIORITY_WORDS[word] : (PRIORITIES as readonly string[]).includes(word) ? word : undefined;
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
