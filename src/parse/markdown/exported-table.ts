/**
 * An objective's table as a converter exports it rather than as the matrix writes it: pandoc's grid
 * table (`+---+` borders, what `pandoc -t markdown` makes of a Word table) and an HTML table (what
 * `pandoc -t gfm` makes of a table whose cells hold more than a line, and what a web page's copy
 * brings). The matrix reads neither, but their rows' ids are kept, as those of a table Markdown
 * reads as text are: the plan's other files may name them, and their sections find them.
 */
import { ID_PATTERN } from "../../model/fields.js";
import type { Span } from "./source-map.js";
import { columnKey } from "./vocabulary.js";

/** Why the table is not read, the hint to write it, and its rows' ids, each with its place. */
export interface ExportedTable {
  message: string;
  hint: string;
  rows: { id: string; span: Span }[];
}

const PIPE_TABLE = "a pipe table, a row a line: `| Id | Action | … |`, then `|----|--------|…|`, then `| FLD-1.1 | … |`";
const GRID_BORDER = /^\+(?:[-=:]+\+)+$/;
/** The border pandoc puts under a grid table's header row. */
const GRID_HEADER_BORDER = /^\+(?:[=:]+\+)+$/;

/**
 * `text` (a paragraph at `start`) as a grid table whose header names a column of the matrix, or
 * undefined. A row's cells may run over several lines, its id too where its column is narrow.
 */
export function gridTable(text: string, start: number): ExportedTable | undefined {
  const lines = text.split("\n");
  if (!GRID_BORDER.test(lines[0]!.trim()) || !lines.every((line) => /^[+|]/.test(line.trim()))) return undefined;
  const cellsOf = (line: string) => line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
  const header = lines.find((line) => line.trim().startsWith("|"));
  if (header === undefined) return undefined;
  const columns = cellsOf(header);
  if (!columns.some((cell) => columnKey(cell) !== undefined)) return undefined;
  const idColumn = Math.max(0, columns.findIndex((cell) => columnKey(cell) === "id"));
  // Under the header's `+===+` border; without one (a table pandoc wrote without a header row), under the first row.
  const headed = lines.findIndex((line) => GRID_HEADER_BORDER.test(line.trim()));
  const body = headed >= 0 ? headed : lines.findIndex((line, index) => index > 0 && GRID_BORDER.test(line.trim()));
  // A row runs from border to border.
  const rows = new RowIds();
  let offset = start;
  lines.forEach((line, index) => {
    if (GRID_BORDER.test(line.trim())) rows.end();
    else if (index > body) rows.add(cellsOf(line)[idColumn] ?? "", { start: offset, end: offset + line.length });
    offset += line.length + 1;
  });
  rows.end();
  return {
    message: "these lines are a grid table (+---+ borders, as pandoc writes a Word table), which Markdown reads as text",
    hint: `Write the table as ${PIPE_TABLE}; a cell's lines joined on one, or parted by <br>.`,
    rows: rows.rows,
  };
}

/**
 * The ids of a converter's table whose rows may run over several lines, the id's too where its
 * column is narrow (`FL` over `D-1.1`): each line's part added to the row's, until the row ends.
 * A row whose id is none (a heading's, an empty cell) is left out.
 */
class RowIds {
  readonly rows: ExportedTable["rows"] = [];
  #row: { id: string; span: Span } | undefined;

  add(part: string, span: Span): void {
    this.#row = this.#row === undefined ? { id: part, span } : { id: this.#row.id + part, span: { start: this.#row.span.start, end: span.end } };
  }

  end(): void {
    if (this.#row !== undefined && ID_PATTERN.test(this.#row.id)) this.rows.push(this.#row);
    this.#row = undefined;
  }
}

// A tag's attributes run to its `>` but not past another `<`: a `<tr` or `<td` never closed (or a
// cell's `x < 5`) was read on to the next `>` anywhere after it, each, which took minutes on a table
// of 100,000 of them.
const ROW = /<tr\b[^<>]*>([\s\S]*?)(?:<\/tr>|(?=<tr\b)|$)/gi;
const CELL = /<t[dh]\b[^<>]*>([\s\S]*?)(?:<\/t[dh]>|(?=<t[dh]\b)|$)/gi;
const TAG = /<[^<>]*>/g;

/** An HTML block at `start` that is a table whose first row names a column of the matrix, or undefined. */
export function htmlTable(html: string, start: number): ExportedTable | undefined {
  if (!/^\s*<table\b/i.test(html)) return undefined;
  const rows: ExportedTable["rows"] = [];
  let idColumn: number | undefined;
  for (const row of html.matchAll(ROW)) {
    const cells = [...row[1]!.matchAll(CELL)].map((cell) => cell[1]!.replace(TAG, "").replace(/&nbsp;/g, " ").trim());
    if (idColumn === undefined) {
      if (!cells.some((cell) => columnKey(cell) !== undefined)) return undefined;
      idColumn = Math.max(0, cells.findIndex((cell) => columnKey(cell) === "id"));
      continue;
    }
    const id = cells[idColumn];
    if (id !== undefined && ID_PATTERN.test(id)) rows.push({ id, span: { start: start + row.index!, end: start + row.index! + row[0].trimEnd().length } });
  }
  if (idColumn === undefined) return undefined;
  return {
    message: "an HTML table (as pandoc writes a table whose cells hold more than a line, or a web page's copy brings), where the matrix reads a Markdown table",
    hint: `Write the table as ${PIPE_TABLE}; a line break in a cell is <br>, and the text under an action's row goes in its section (\`### FLD-1.1\`).`,
    rows,
  };
}

/** A line of dashes alone: a multiline table's top or bottom, to Markdown a horizontal rule. */
const DASHES = /^ {0,3}-{3,}[ \t]*$/;
/** The dashes under a simple or multiline table's header, a run per column. */
const COLUMN_DASHES = /^ *-+(?: +-+)+ *$/;

/**
 * Pandoc's simple or multiline table (`pandoc -t markdown`'s own, from a Word table: columns lined
 * up under runs of dashes, a multiline table's rows parted by blank lines) starting at `start` in
 * the file's `text`, if
 * its header names a column of the matrix; with where it ends, as Markdown reads its lines as many
 * blocks (a rule, paragraphs, code where a cell's line is indented, a heading over the last dashes).
 */
export function pandocTable(text: string, start: number): (ExportedTable & { end: number }) | undefined {
  // Its columns are where their dashes are on the line: from the line's start, before a paragraph's indentation.
  start = text.lastIndexOf("\n", start - 1) + 1;
  const lineAt = (offset: number) => {
    const end = text.indexOf("\n", offset);
    return { text: text.slice(offset, end < 0 ? text.length : end), next: end < 0 ? text.length + 1 : end + 1 };
  };
  const first = lineAt(start);
  const multiline = DASHES.test(first.text);
  const headerAt = multiline ? first.next : start;
  // The header's lines, then the column dashes under them.
  const header: string[] = [];
  let at = headerAt;
  let line = lineAt(at);
  while (at < text.length && !COLUMN_DASHES.test(line.text) && line.text.trim() !== "" && header.length < 3) {
    header.push(line.text);
    at = line.next;
    line = lineAt(at);
  }
  if (header.length === 0 || !COLUMN_DASHES.test(line.text)) return undefined;
  const columns = [...line.text.matchAll(/-+/g)].map((run) => ({ from: run.index!, to: run.index! + run[0].length }));
  // A column's text in a line: from its dashes' start to the next column's (pandoc may write a cell past its dashes).
  const cell = (row: string, c: number) => row.slice(columns[c]!.from, columns[c + 1]?.from ?? row.length).trim();
  const names = columns.map((_, c) => header.map((each) => cell(each, c)).join(" ").trim());
  if (!names.some((name) => columnKey(name) !== undefined)) return undefined;
  const idColumn = Math.max(0, names.findIndex((name) => columnKey(name) === "id"));
  const rows = new RowIds();
  at = line.next;
  for (;;) {
    line = lineAt(at);
    const blank = line.text.trim() === "";
    // A simple table ends at a blank line; a multiline table at its closing dashes (a blank line parts its rows).
    if (at >= text.length || (multiline ? DASHES.test(line.text) || COLUMN_DASHES.test(line.text) : blank)) break;
    if (blank) rows.end();
    else {
      // A simple table's row is a line; a multiline table's runs to the blank line.
      if (!multiline) rows.end();
      rows.add(cell(line.text, idColumn), { start: at, end: at + line.text.length });
    }
    at = line.next;
  }
  rows.end();
  const end = multiline && at < text.length ? line.next - 1 : Math.min(at, text.length);
  return {
    message: `these lines are a ${multiline ? "multiline" : "simple"} table, as pandoc writes a Word table in its own Markdown: GitHub's Markdown reads them as paragraphs and rules`,
    hint: `Write the table as ${PIPE_TABLE}.`,
    rows: rows.rows,
    end,
  };
}
