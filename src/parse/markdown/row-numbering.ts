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
 * How column `c` of `rows` numbers them, if it does: its heading is a numbering one
 * (NUMBERING_HEADINGS), and each of its other cells is empty or its row's number (1, `1.` or `1)`
 * in the first row under the header, 2 in the next; or 6, 7 where the numbering carries on from a
 * table above), one at least: "every", deleting it loses nothing. Or all but one of them, two at
 * least (`1`, `2`, `2`; `1`, `2a`, `3`): "all but one", a workshop's numbering all the same,
 * which is to be deleted, not headed; but only a person can tell what the one other cell says.
 */
export function rowNumbering(rows: readonly (readonly string[])[], c: number): RowNumbering | undefined {
  const cells = numberedCells(rows, c);
  if (cells === undefined) return undefined;
  if (cells.others === 0 && cells.numbered > 0) return "every";
  return cells.others === 1 && cells.numbered >= 2 ? "all but one" : undefined;
}

export type RowNumbering = "every" | "all but one";

/**
 * How many cells of column `c` under the header are their row's number, and how many hold
 * something else; none where the header heads it otherwise. A `#` column is the table's Id column
 * but beside another (`Id`, `Código`): its cells `1`, `2` may be the actions' ids, their sections
 * headed `### 1`, `### 2`. The rows are read once: each number written as a row's (`7`, `7.` or
 * `7)`) says which number the first row under the header would have for it to be its row's, and
 * the first number most of them agree on is the numbering's (firstNumber).
 */
function numberedCells(rows: readonly (readonly string[])[], c: number): { numbered: number; others: number } | undefined {
  const header = rows[0]!;
  if (!isNumberingHeading(header[c] ?? "")) return undefined;
  if (columnKey(header[c]!) === "id" && !header.some((heading, k) => k !== c && columnKey(heading) === "id")) return undefined;
  // By the first row's number each implies: how many cells imply it, and how many of those are written as that number is (`7`, not `07`).
  const implied = new Map<number, number>();
  const exact = new Map<number, number>();
  let filled = 0;
  for (let row = 1; row < rows.length; row++) {
    const cell = rows[row]![c] ?? "";
    if (cell === "") continue;
    filled++;
    const match = ROW_NUMBER.exec(cell);
    const first = match ? Number(match[1]) - row + 1 : 0;
    if (first < 1 || first >= 1000) continue;
    implied.set(first, (implied.get(first) ?? 0) + 1);
    if (String(first + row - 1) === match![1]) exact.set(first, (exact.get(first) ?? 0) + 1);
  }
  const numbered = exact.get(firstNumber(implied)) ?? 0;
  return { numbered, others: filled - numbered };
}

/** A row's number as a workshop writes it: `7`, `7.` or `7)`. */
const ROW_NUMBER = /^(\d+)[.)]?$/;

/**
 * The number a column gives its first row under the header, from how many of its cells `implied`
 * each: 1, or where the numbering carries on from a table above (6, 7, 8), the one most of its
 * numbers count from. Not from 1000 up: such numbers are years, which no workshop's rows run to.
 */
function firstNumber(implied: ReadonlyMap<number, number>): number {
  let best = 1;
  for (const [first, count] of implied) if (count > (implied.get(best) ?? 0)) best = first;
  return best;
}

/** What to do with the `columns` (1-based, as the user counts them) that number the rows: `delete column 1, which numbers the rows`. */
export function deleteNumbering(columns: readonly string[]): string {
  return columns.length === 1 ? `delete column ${columns[0]}, which numbers the rows` : `delete columns ${listed(columns)}, which number the rows`;
}
