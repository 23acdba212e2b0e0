import type { Table, TableCell } from "mdast";
import { didYouMean } from "../../diagnostics/suggest.js";
import type { DataPath } from "../document.js";
import { fromOneLine, parseTimeframe, splitIds, timepointValue, trimPiece, type Piece } from "./inline.js";
import { spanOf, type Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import { newTextParts, type TextParts } from "./texts.js";
import { columnKey, columnNames, EMPTY_CELL, PRIORITY_WORDS, type ColumnKey } from "./vocabulary.js";

/** An action as its table row gives it; its section adds the rest. */
export interface ActionRow {
  id?: string;
  path: DataPath;
  row: Span;
  title: TextParts;
  /** The row's other fields, already as data (lead, partners, timeframe, priority, protocol). */
  fields: Record<string, unknown>;
}

/** The actions of an objective's table, one per row, in order. */
export function readTable(reader: Reader, table: Table, objectivePath: DataPath): ActionRow[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = readHeader(reader, header.children);
  return rows.map((row, index) => {
    const path = [...objectivePath, "actions", index];
    const span = spanOf(row);
    if (row.children.length !== header.children.length) {
      const message = `this row has ${row.children.length} cells; the header has ${header.children.length}`;
      reader.report("md-row-cells", message, span, { path });
    }
    reader.map.add(path, span);
    const action: ActionRow = { path, row: span, title: newTextParts(), fields: {} };
    row.children.forEach((cell, c) => {
      const key = columns[c];
      if (key) readCell(reader, action, key, cellPiece(reader, cell));
    });
    return action;
  });
}

function readHeader(reader: Reader, cells: readonly TableCell[]): (ColumnKey | undefined)[] {
  const seen = new Set<ColumnKey>();
  const columns = cells.map((cell) => {
    const piece = cellPiece(reader, cell);
    const key = columnKey(piece.text);
    if (!key) {
      const hint = didYouMean(piece.text, columnNames());
      reader.report("md-unknown-column", `unknown column '${piece.text}'`, piece, hint ? { hint } : {});
      return undefined;
    }
    if (seen.has(key)) {
      reader.report("md-duplicate-column", `the column '${piece.text}' appears twice`, piece);
      return undefined;
    }
    seen.add(key);
    return key;
  });
  for (const [key, name] of [["id", "Id"], ["title", "Action"]] as const) {
    if (!seen.has(key)) reader.report("md-missing-column", `the table has no ${name} column`, spanOf(cells[0]!));
  }
  return columns;
}

/** A cell's source between its pipes, trimmed, with its offsets. */
function cellPiece(reader: Reader, cell: TableCell): Piece {
  let { start, end } = spanOf(cell);
  if (reader.text[start] === "|") start++;
  if (end > start && reader.text[end - 1] === "|" && reader.text[end - 2] !== "\\") end--;
  return trimPiece(reader.text.slice(start, end), start);
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
  if (key === "priority") action.fields.priority = PRIORITY_WORDS[piece.text.toLowerCase()] ?? piece.text.toLowerCase();
  else if (key === "timeframe") readTimeframe(reader, action, piece, path);
  else {
    const ids = splitIds(piece);
    ids.forEach((id, k) => reader.map.addBelow(path, k, id));
    action.fields[key] = ids.map((id) => id.text);
  }
}

function readTimeframe(reader: Reader, action: ActionRow, piece: Piece, path: DataPath): void {
  const span = parseTimeframe(piece);
  if (!span) {
    reader.report("md-timeframe", `'${piece.text}' is not a timeframe`, piece, { path });
    return;
  }
  reader.map.addBelow(path, "start", span.start);
  reader.map.addBelow(path, "end", span.end);
  action.fields.timeframe = { start: timepointValue(span.start.text), end: timepointValue(span.end.text) };
}
