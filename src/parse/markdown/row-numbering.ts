/**
 * A workshop's numbering of its table's rows (1, 2, 3 … under an empty heading, `No.`, `Nº` or
 * `#`), which is no column of the matrix's: in a table pasted from a spreadsheet (pasted-table.ts)
 * or written with pipes (table.ts). Each takes a table as its rows of cells' texts, the header's first.
 */
import { listed } from "../../diagnostics/make.js";
import { columnKey, normalizeWord } from "./vocabulary.js";

/**
 * Headings a workshop numbers its rows under, as normalizeWord compares them: none, `No.`, `Nº`,
 * `N.º` (or with the degree sign a keyboard offers for º), `Nro.`, `Núm.`, `Número`, `Number`, `#`.
 * `#` is also the Id column's (numberedCells tells which it heads).
 */
const NUMBERING_HEADINGS: ReadonlySet<string> = new Set(["", "#", "n", "no", "no.", "nº", "n.º", "n°", "n.°", "nro", "nro.", "num", "num.", "numero", "number"]);

/** Whether a column headed `heading` may number the rows, as its cells then tell. */
export const isNumberingHeading = (heading: string) => NUMBERING_HEADINGS.has(normalizeWord(heading));

/**
 * Whether column `c` of `rows` numbers them: its heading is a numbering one (NUMBERING_HEADINGS),
 * and each of its other cells is empty or its row's number (1, `1.` or `1)` in the first row under
 * the header, 2 in the next; or 6, 7 where the numbering carries on from a table above), one at
 * least. Deleting it loses nothing.
 */
export function numbersRows(rows: readonly (readonly string[])[], c: number): boolean {
  const cells = numberedCells(rows, c);
  return cells !== undefined && cells.others === 0 && cells.numbered > 0;
}

/**
 * Whether column `c` of `rows` is a workshop's numbering of its rows all the same: all but one of
 * its cells under a numbering heading are empty or their row's number, two at least (`1`, `2`, `2`;
 * `1`, `2a`, `3`). Deleting it is what is meant, not heading it; but only a person can tell what
 * the one other cell says.
 */
export function isNumberingButOne(rows: readonly (readonly string[])[], c: number): boolean {
  const cells = numberedCells(rows, c);
  return cells !== undefined && cells.others === 1 && cells.numbered >= 2;
}

/**
 * How many cells of column `c` under the header are their row's number, and how many hold
 * something else; none where the header heads it otherwise. A `#` column is the table's Id column
 * but beside another (`Id`, `Código`): its cells `1`, `2` may be the actions' ids, their sections
 * headed `### 1`, `### 2`.
 */
function numberedCells(rows: readonly (readonly string[])[], c: number): { numbered: number; others: number } | undefined {
  const header = rows[0]!;
  if (!isNumberingHeading(header[c] ?? "")) return undefined;
  if (columnKey(header[c]!) === "id" && !header.some((heading, k) => k !== c && columnKey(heading) === "id")) return undefined;
  const first = firstNumber(rows, c);
  let numbered = 0;
  let others = 0;
  rows.forEach((cells, row) => {
    const cell = cells[c] ?? "";
    if (row === 0 || cell === "") return;
    const number = first + row - 1;
    if (cell === String(number) || cell === `${number}.` || cell === `${number})`) numbered++;
    else others++;
  });
  return { numbered, others };
}

/** A row's number as a workshop writes it: `7`, `7.` or `7)`. */
const ROW_NUMBER = /^(\d+)[.)]?$/;

/**
 * The number column `c` of `rows` gives its first row under the header: 1, or where the numbering
 * carries on from a table above (6, 7, 8), the one most of its numbers count from. Not from 1000
 * up: such numbers are years, which no workshop's rows run to.
 */
function firstNumber(rows: readonly (readonly string[])[], c: number): number {
  const counts = new Map<number, number>();
  rows.forEach((cells, row) => {
    const match = row === 0 ? null : ROW_NUMBER.exec(cells[c] ?? "");
    const first = match ? Number(match[1]) - row + 1 : 0;
    if (first >= 1 && first < 1000) counts.set(first, (counts.get(first) ?? 0) + 1);
  });
  let best = 1;
  for (const [first, count] of counts) if (count > (counts.get(best) ?? 0)) best = first;
  return best;
}

/** What to do with the `columns` (1-based, as the user counts them) that number the rows: `delete column 1, which numbers the rows`. */
export function deleteNumbering(columns: readonly string[]): string {
  return columns.length === 1 ? `delete column ${columns[0]}, which numbers the rows` : `delete columns ${listed(columns)}, which number the rows`;
}
