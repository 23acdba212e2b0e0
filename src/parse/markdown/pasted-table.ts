/**
 * A table pasted from a spreadsheet (Excel, LibreOffice, Google Sheets) into a matrix: its cells
 * tabs apart, its rows lines apart, which Markdown reads as a paragraph; and the pipe table
 * `plan fmt` writes in its place.
 */
import type { TextEdit } from "../document.js";
import { toOneLine } from "./inline.js";
import type { RowNumbering } from "./row-numbering.js";
import type { Span } from "./source-map.js";

export interface PastedRow {
  cells: string[];
  span: Span;
}

/** A cell a spreadsheet copies in quotes, as it does one holding a line break: its own quotes doubled. */
const QUOTED_CELL = /"((?:[^"]|"")*)"(?=\t|\n|$)/y;
const PLAIN_CELL = /[^\t\n]*/y;

/**
 * The rows of `text`, lines pasted from a spreadsheet at `start` in the file, each cell trimmed. A
 * cell holding a line break comes in quotes over as many lines, and is one cell; a quoted cell on
 * one line is taken as written, as a spreadsheet quotes no such cell.
 */
export function spreadsheetRows(text: string, start: number): PastedRow[] {
  const rows: PastedRow[] = [];
  let cells: string[] = [];
  let rowStart = 0;
  let at = 0;
  for (;;) {
    QUOTED_CELL.lastIndex = at;
    const quoted = QUOTED_CELL.exec(text);
    if (quoted !== null && quoted[1]!.includes("\n")) {
      cells.push(quoted[1]!.replace(/""/g, '"').trim());
      at += quoted[0].length;
    } else {
      PLAIN_CELL.lastIndex = at;
      const plain = PLAIN_CELL.exec(text)![0];
      cells.push(plain.trim());
      at += plain.length;
    }
    if (text[at] === "\t") {
      at++;
      continue;
    }
    rows.push({ cells, span: { start: start + rowStart, end: start + at } });
    if (at >= text.length) return rows;
    rowStart = ++at;
    cells = [];
  }
}

/**
 * A table pasted from a spreadsheet, its `rows` of cells, written as the pipe table it was meant to
 * be in place of `start` to `end`, a cell's pipe escaped and its line breaks `<br>`, as the matrix's
 * writer writes them; none where a row has more cells than the header (beyond empty ones a
 * spreadsheet's selection may bring), which only a person can place. A column empty in every row,
 * the header's too, is such a selection's, past the table's last: left out, as is a row with
 * nothing in the columns kept (an empty row but for its number).
 */
export function pipeTable(rows: readonly (readonly string[])[], kept: readonly number[], start: number, end: number): TextEdit | undefined {
  const width = rows[0]!.length;
  if (rows.some((cells) => cells.slice(width).some((cell) => cell !== ""))) return undefined;
  // An empty row the workshop numbered all the same holds nothing once its number is left out: no action's row.
  const filled = rows.slice(1).filter((cells) => kept.some((c) => (cells[c] ?? "") !== ""));
  return { start, end, text: [pipeRow(rows[0]!, kept), `| ${kept.map(() => "---").join(" | ")} |`, ...filled.map((cells) => pipeRow(cells, kept))].join("\n") };
}

/** A pasted row as a pipe table's line, of its cells in `columns`, each on one line. */
export function pipeRow(cells: readonly string[], columns: readonly number[]): string {
  // A cell copied from a matrix may hold its pipe escaped already (`\|`): escaped again, `\\|`, the pipe would end the cell.
  return `| ${columns.map((c) => toOneLine((cells[c] ?? "").replace(/\\\|/g, "|"), true)).join(" | ")} |`;
}

/**
 * The columns of pasted `rows` the pipe table keeps: those with a cell in some row, the header's or
 * another's; but a workshop's numbering of every row (`numbering`, rowNumbering's for each column), no column of the matrix's.
 */
export function keptColumns(rows: readonly (readonly string[])[], numbering: readonly (RowNumbering | undefined)[]): number[] {
  return rows[0]!.map((_, c) => c).filter((c) => rows.some((cells) => (cells[c] ?? "") !== "") && numbering[c] !== "every");
}
