/**
 * A narrative's GFM table in Word: columns as wide as their longest text suggests, each aligned as
 * its delimiter row says, the header shaded and repeated on each page.
 */
import type { PhrasingContent, Table } from "mdast";
import { phrasingRuns, plainText, type RunLook } from "./inline.js";
import type { Place } from "./narrative.js";
import { rowHeight } from "./pages.js";
import { bodyRow, cell, fixedTable, HEADER_FILL, proportional } from "./tables.js";
import { fitColumns } from "./widths.js";
import { paragraph, tableRow } from "./xml.js";

export function writeTable(place: Place, table: Table): void {
  const { writer, context } = place;
  const rows = table.children.map((row) => row.children.map((c) => c.children));
  // The header's, as GFM has it: a row's cells past them are dropped (GitHub shows none), and a
  // pipe in a code span splits a cell in GFM, so `a|b` in one made a column of its own.
  const columns = rows[0]?.length ?? 0;
  // As wide as the longest text asks, up to a point, and never narrower than the longest word.
  const texts = rows.map((row) => Array.from({ length: columns }, (_, i) => plainText(row[i] ?? [])));
  const longest = (i: number, measure: (text: string) => number) => texts.reduce((most, row) => Math.max(most, measure(row[i]!)), 0);
  const longestWord = (text: string) => text.split(/\s+/).reduce((most, word) => Math.max(most, word.length), 0);
  const weights = Array.from({ length: columns }, (_, i) => Math.max(Math.min(60, longest(i, (t) => t.length)), longest(i, longestWord) + 2));
  const widths = fitColumns(proportional(weights, writer.pages.textWidth), texts);
  // `|:-:|` centres a column, `|--:|` sets it right (a column of figures).
  const aligned = (i: number) => ({ center: table.align?.[i] === "center", right: table.align?.[i] === "right" });
  const [head = [], ...body] = rows;
  const runs = (content: PhrasingContent[] | undefined, look: RunLook) => ({ runs: phrasingRuns(content ?? [], look, context) });
  const headLook = { ...place.look, bold: true, color: "FFFFFF" };
  const header = tableRow(widths.map((width, i) => cell(writer, runs(head[i], headLook), width, { fill: HEADER_FILL, ...aligned(i) })).join(""), true);
  if (!place.flow.note) {
    const [headTexts = [], ...bodyTexts] = texts;
    const headHeight = rowHeight(headTexts, widths);
    writer.pages.row(headHeight, 0);
    for (const row of bodyTexts) writer.pages.row(rowHeight(row, widths), headHeight);
  }
  const bodyRows = body.map((row) => bodyRow(widths.map((width, i) => cell(writer, runs(row[i], place.look), width, aligned(i)))));
  place.add(fixedTable([header, ...bodyRows], widths), 0);
  place.add(paragraph({ spacing: { after: 0 } }), 1);
}
