/**
 * A workshop's numbering of its table's rows (1, 2, 3 … under an empty heading), which is no
 * column of the matrix's: in a table pasted from a spreadsheet (pasted-table.ts) or written with
 * pipes (table.ts). Each takes a table as its rows of cells' texts, the header's first.
 */
import { listed } from "../../diagnostics/make.js";

/**
 * Whether column `c` of `rows` numbers them: the header leaves it empty, and each of its other
 * cells is empty or its row's number (1 in the first row under the header, 2 in the next), one at
 * least. Deleting it loses nothing.
 */
export function numbersRows(rows: readonly (readonly string[])[], c: number): boolean {
  const cells = numberedCells(rows, c);
  return cells !== undefined && cells.others === 0 && cells.numbered > 0;
}

/**
 * Whether column `c` of `rows` is a workshop's numbering of its rows all the same: the header
 * leaves it empty, and all but one of its other cells are empty or their row's number, two at
 * least (`1`, `2`, `2`; `1`, `2a`, `3`). Deleting it is what is meant, not heading it; but only a
 * person can tell what the one other cell says.
 */
export function isNumberingButOne(rows: readonly (readonly string[])[], c: number): boolean {
  const cells = numberedCells(rows, c);
  return cells !== undefined && cells.others === 1 && cells.numbered >= 2;
}

/** How many cells of column `c` under the header are their row's number, and how many hold something else; none where the header heads it. */
function numberedCells(rows: readonly (readonly string[])[], c: number): { numbered: number; others: number } | undefined {
  if (rows[0]![c] !== "") return undefined;
  let numbered = 0;
  let others = 0;
  rows.forEach((cells, row) => {
    const cell = cells[c] ?? "";
    if (row === 0 || cell === "") return;
    if (cell === String(row)) numbered++;
    else others++;
  });
  return { numbered, others };
}

/** What to do with the `columns` (1-based, as the user counts them) that number the rows: `delete column 1, which numbers the rows`. */
export function deleteNumbering(columns: readonly string[]): string {
  return columns.length === 1 ? `delete column ${columns[0]}, which numbers the rows` : `delete columns ${listed(columns)}, which number the rows`;
}
