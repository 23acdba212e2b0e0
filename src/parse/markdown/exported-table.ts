/**
 * An objective's table as a converter exports it rather than as the matrix writes it: pandoc's grid
 * table (`+---+` borders, what `pandoc -t markdown` makes of a Word table) and an HTML table (what
 * `pandoc -t gfm` makes of a table whose cells hold more than a line, and what a web page's copy
 * brings). The matrix reads neither, but their rows' ids are kept, as those of a table Markdown
 * reads as text are: the plan's other files may name them, and their sections find them.
 */
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
export function gridTable(text: string, start: number, isId: (id: string) => boolean): ExportedTable | undefined {
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
  const rows: ExportedTable["rows"] = [];
  // A row runs from border to border; its id may be broken over its lines where the column is narrow (`FL` over `D-1.1`).
  let row: { id: string; span: Span } | undefined;
  const flush = () => {
    if (row !== undefined && isId(row.id)) rows.push(row);
    row = undefined;
  };
  let offset = start;
  lines.forEach((line, index) => {
    if (GRID_BORDER.test(line.trim())) flush();
    else if (index > body) {
      const part = cellsOf(line)[idColumn] ?? "";
      row = row === undefined ? { id: part, span: { start: offset, end: offset + line.length } } : { id: row.id + part, span: { start: row.span.start, end: offset + line.length } };
    }
    offset += line.length + 1;
  });
  flush();
  return {
    message: "these lines are a grid table (+---+ borders, as pandoc writes a Word table), which Markdown reads as text",
    hint: `Write the table as ${PIPE_TABLE}; a cell's lines joined on one, or parted by <br>.`,
    rows,
  };
}

const ROW = /<tr\b[^>]*>([\s\S]*?)(?:<\/tr>|(?=<tr\b)|$)/gi;
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)(?:<\/t[dh]>|(?=<t[dh]\b)|$)/gi;

/** An HTML block at `start` that is a table whose first row names a column of the matrix, or undefined. */
export function htmlTable(html: string, start: number, isId: (id: string) => boolean): ExportedTable | undefined {
  if (!/^\s*<table\b/i.test(html)) return undefined;
  const rows: ExportedTable["rows"] = [];
  let idColumn: number | undefined;
  for (const row of html.matchAll(ROW)) {
    const cells = [...row[1]!.matchAll(CELL)].map((cell) => cell[1]!.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim());
    if (idColumn === undefined) {
      if (!cells.some((cell) => columnKey(cell) !== undefined)) return undefined;
      idColumn = Math.max(0, cells.findIndex((cell) => columnKey(cell) === "id"));
      continue;
    }
    const id = cells[idColumn];
    if (id !== undefined && isId(id)) rows.push({ id, span: { start: start + row.index!, end: start + row.index! + row[0].trimEnd().length } });
  }
  if (idColumn === undefined) return undefined;
  return {
    message: "an HTML table (as pandoc writes a table whose cells hold more than a line, or a web page's copy brings), where the matrix reads a Markdown table",
    hint: `Write the table as ${PIPE_TABLE}; a line break in a cell is <br>, and the text under an action's row goes in its section (\`### FLD-1.1\`).`,
    rows,
  };
}
