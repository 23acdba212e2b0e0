import type { Heading, Paragraph, Table } from "mdast";
import { blockStart, mdastBlock, type BodyBlock } from "./fast-tree.js";
import type { ScannedTable } from "./fast-table.js";
import { clip } from "../../diagnostics/make.js";
import type { Piece } from "./inline.js";
import { headingId, headingPiece, isObjectiveBelowLevel, isSectionAboveLevel, unspacedHeading } from "./headings.js";
import { addLabelledTranslation, dedent, isListOnly, readItems, reportLabelledLines } from "./items.js";
import { codePaste, headerPaste, linesAsRows, notATable, paragraphPaste, type BrokenTable, type MisreadTable } from "./misread-table.js";
import { spanOf, type Reader } from "./reader.js";
import { finishAction } from "./sections.js";
import type { Span } from "./source-map.js";
import { readTable } from "./table.js";
import { adoptRows, appendRows, firstRowById, reportUnnamed, settleSections, startObjective, startSection, type Block, type ObjectiveDraft } from "./objective-draft.js";
import { tableInList } from "./table-in-list.js";
import { htmlTable, pandocTable } from "./exported-table.js";
import { newTextParts, resolveText } from "./texts.js";

/**
 * The objectives of the body: `##` headings, each with its description, list, table and sections;
 * the body is read once, in order. An objective's texts are resolved once the matrix's language is
 * known (Reader.lang): objectives ended before the first table wait for it, or for the body's end.
 */
export function readObjectives(reader: Reader, nodes: Iterable<BodyBlock>): Record<string, unknown>[] {
  const objectives: Record<string, unknown>[] = [];
  const waiting: ObjectiveDraft[] = [];
  const finish = (draft: ObjectiveDraft) => {
    if (reader.lang === undefined) {
      waiting.push(draft);
      return;
    }
    for (const early of waiting.splice(0)) objectives.push(finishObjective(reader, early));
    objectives.push(finishObjective(reader, draft));
  };
  let count = 0;
  let objective: ObjectiveDraft | undefined;
  let section: Block | undefined;
  let sectionHeading: Heading | undefined;
  // The end of a table pandoc wrote, whose lines Markdown reads as blocks of all kinds: those are the table's.
  let tableEnd = -1;
  for (const block of nodes) {
    if (blockStart(block) < tableEnd) continue;
    const node = unspacedHeading(reader, block, objective) ?? block;
    if (!objective && reader.frontMatterUnclosed && node.type === "heading" && !/\d/.test(headingId(headingPiece(reader, node).text)?.[1] ?? "")) continue;
    // `#<tab>Id<tab>…`, a pasted table's header over its row numbers, is a heading to Markdown.
    const header = objective && node.type === "heading" ? headerPaste(reader, node) : undefined;
    const objectiveHeading = !header && node.type === "heading" && (node.depth <= 2 ? !isSectionAboveLevel(reader, node, objective) : isObjectiveBelowLevel(reader, node, objective));
    if (objectiveHeading) {
      if (objective) finish(objective);
      objective = startObjective(reader, node, ["objectives", count]);
      if (count === 0) reader.map.add(["objectives"], spanOf(node));
      count++;
      section = undefined;
    } else if (!objective) {
      if (!reader.frontMatterMissing) unexpected(reader, node, "before the first objective heading (`## FLD-O1: …`)");
    } else if (node.type === "heading" && !header) {
      section = startSection(reader, objective, node);
      sectionHeading = node;
    } else tableEnd = readBlock(reader, node, objective, section, sectionHeading, header) ?? tableEnd;
  }
  reader.settleLanguage();
  if (objective) finish(objective);
  return objectives;
}

/**
 * Reads a block under an objective's heading, or in an action's `section` under `heading`. A table Markdown reads
 * as something else is said once, and where its lines end returned: the blocks up to there are its;
 * `header` is the table a heading starts (headerPaste).
 */
function readBlock(reader: Reader, node: BodyBlock, objective: ObjectiveDraft, section: Block | undefined, heading: Heading | undefined, header?: MisreadTable): number | undefined {
  const exported = !section && !objective.rows && (node.type === "paragraph" || node.type === "thematicBreak") ? pandocTable(reader.text, blockStart(node)) : undefined;
  const inList = node.type === "list" ? tableInList(reader, node, !section) : undefined;
  if (inList) addBlock(reader, inList.list, section ?? objective, section ? undefined : objective, heading);
  // Indented under the list's last item, a table is still read as the one it is, once said.
  if (inList?.indented) addBlock(reader, inList.indented, objective, objective);
  const pasted = header ?? inList?.table ?? (node.type === "code" ? codePaste(reader, node) : node.type === "paragraph" ? paragraphPaste(reader, node) : undefined);
  const table = exported ?? pasted;
  if (section && (node.type === "table" || node.type === "scannedTable")) {
    tableInSection(reader, objective, headingPiece(reader, heading!).text, node);
    return undefined;
  }
  if (!table) {
    if (!inList) addBlock(reader, node, section ?? objective, section ? undefined : objective, heading);
    return undefined;
  }
  const at = reader.lineFrom(pasted?.start ?? blockStart(node));
  if (section) tableInSection(reader, objective, headingPiece(reader, heading!).text, { ...table, start: at.start, end: at.end });
  // A spreadsheet's rows below the objective's table: plan fmt writes no second table, which would not be read either.
  else if (objective.rows && pasted && pasted.code === undefined) keepRows(reader, objective, "md-not-a-table", { ...pasted, hint: SECOND_TABLE }, at);
  else keepRows(reader, objective, pasted?.code ?? "md-not-a-table", table, at);
  return table.end;
}

const SECOND_TABLE = "An objective has one table of actions, the one above: move these rows into it, or remove the lines.";

/**
 * Reports a table in an action's section (`### FLD-1.1`), where no table goes: most likely the
 * objective's rows, pasted from a spreadsheet or written under the wrong heading, or right under
 * the section's list, whose last item Markdown reads them into. Its lines are not the section's
 * description or items. Where the objective has no table, this one is its: a pasted one's rows'
 * ids, as a table Markdown reads as text keeps them (keepRows), or a table Markdown reads as one,
 * read as the objective's. The sections find their actions, this one too, and the one mistake is
 * said once, not again as each section's unknown action and the objective's lack of any.
 */
function tableInSection(reader: Reader, objective: ObjectiveDraft, heading: string, table: (BrokenTable & Span) | Table | ScannedTable): void {
  const read = "type" in table;
  const piped = read || reader.text[table.start] === "|";
  const place = `under the objective's heading (\`## ${objective.id ?? "FLD-O1"}: …\`), above its actions' sections`;
  // Where the objective's rows came from a table in another section, that one is told to move too: there is no table there yet.
  const into = objective.tableInSection !== undefined ? `move the lines there, with the table in \`### ${clip(objective.tableInSection)}\`, as one table`
    : piped ? "write its rows into the table there" : "write its rows into the table there, their cells separated by | as that table's are";
  const move = objective.rows ? into : piped ? "move the lines there, with a blank line before them" : "move the lines there, then run plan fmt on the file, which writes them as a table";
  const what = piped ? "these lines are a table" : "these lines are a table pasted from a spreadsheet, its cells separated by tabs,";
  const path = objective.rows || (!read && table.rows.length === 0) ? undefined : [...objective.path, "actions"];
  reader.report(piped ? "md-unexpected-content" : "md-not-a-table", `${what} in an action's section (\`### ${clip(heading)}\`), where no table goes`, read ? reader.lineFrom(blockStart(table)) : table, {
    path,
    hint: `The table of an objective's actions goes ${place}: ${move}; or remove the lines.`,
  });
  if (!path) return;
  objective.tableInSection = heading;
  if (read) addBlock(reader, table, objective, objective);
  else adoptRows(reader, objective, table.rows, path);
  settleSections(reader, objective);
}

/**
 * Reports the lines of a paragraph that are items whose - was lost (`**Title (es):** …`, and in an
 * action's section `**Indicator:** …`); where the first starts, if any. Looked for in the paragraph's own
 * text: indexOf from its start would read on to the next ** in the file, every paragraph, and a
 * long matrix without one took seconds.
 */
function reportsLostItem(reader: Reader, paragraph: Paragraph, objective: ObjectiveDraft | undefined): number | undefined {
  const { start, end } = spanOf(paragraph);
  // An objective has no indicators, outputs or related actions: there `**Output:** …` is its description's own.
  return reader.text.slice(start, end).includes("**") ? reportLabelledLines(reader, start, end, objective ? () => false : isListOnly) : undefined;
}

/** Adds `node` to `block`: the objective's, or, with no `objective`, the section's under `heading`. */
function addBlock(reader: Reader, node: BodyBlock, block: Block, objective: ObjectiveDraft | undefined, heading?: Heading): void {
  // Only where the objective's table goes: a section's paragraph is its description, whatever its lines start with.
  const broken = node.type === "paragraph" && objective ? notATable(reader, spanOf(node)) : node.type === "html" && objective ? htmlTable(node.value, spanOf(node).start) : undefined;
  if (broken !== undefined && objective) {
    keepRows(reader, objective, node.type === "html" ? "md-unexpected-content" : "md-not-a-table", broken, reader.firstLine(node));
    return;
  }
  if (node.type === "paragraph" && !block.closed) {
    // `**Title (es):** …` or `**Indicator:** …` without its -: a paragraph of the description, to
    // Markdown. One that is all lost item is no description (whose missing translation would be said too).
    const lost = reportsLostItem(reader, node, objective);
    if (lost !== undefined) block.lostItemAbove = true;
    if (lost !== spanOf(node).start) block.paragraphs.push(node);
  } else if (node.type === "list" || node.type === "scannedList") {
    const items = readItems(reader, node, !block.closed && block.paragraphs.length > 0);
    if (block.lostItemAbove) {
      // Indented (`  - **es:** …`): the lost item's own; `- **Output:** …` is the section's next item.
      for (const item of items) if (reader.lines.position(item.label.start).column > 3) item.underLostItem = true;
      block.lostItemAbove = false;
    }
    for (const item of items) block.items.push(item);
    block.closed = true;
  } else if ((node.type === "table" || node.type === "scannedTable") && objective && !objective.rows) {
    const table = readTable(reader, node, objective.path);
    objective.rows = table.rows;
    objective.tableLang = table.lang;
    objective.idColumn = table.idColumn;
    objective.rowById = firstRowById(objective.rows);
    reader.map.addBelow(objective.path, "actions", reader.lineFrom(blockStart(node)));
    objective.closed = true;
  } else if (node.type === "paragraph") {
    // A lost item after a list (`**Indicator:** …`, a blank line above it) is said as that, not as content out of place.
    if (reportsLostItem(reader, node, objective) !== undefined) block.lostItemAbove = true;
    else if (!rowsAfterBlankLine(reader, objective, node)) unexpected(reader, node, "after the list or table; a description goes right under its heading");
  } else if (objective?.rows && (node.type === "table" || node.type === "scannedTable")) {
    // A second table of actions, likely: one table an objective, its rows unread here.
    const id = clip(objective.id ?? "FLD-O1");
    reader.report("md-unexpected-content", `objective ${id} already has a table: this second table's rows are not read`, reader.firstLine(mdastBlock(node)), {
      hint: "Move its rows into the table above (one table an objective), or give them an objective of their own, under a heading `## <new id>: …` above them.",
    });
  } else {
    const section = `\`### ${clip(objective?.rows?.[0]?.id ?? "FLD-1.1")}\``;
    const where = !objective ? `in an action's section (\`### ${clip(headingPiece(reader, heading!).text)}\`)` : objective.rows ? `after the table, outside an action's section (${section})` : "in an objective";
    unexpected(reader, node, where);
  }
}

/**
 * `| SOL-1.2 | … |` lines below the objective's table, a blank line between: Markdown ends a table
 * at a blank line and reads the rows after it as a paragraph. Said once, at the blank line, with
 * the rows' ids kept as a broken table's are (keepRows), so that their sections find them and the
 * objective is not said to have no actions.
 */
function rowsAfterBlankLine(reader: Reader, objective: ObjectiveDraft | undefined, paragraph: Paragraph): boolean {
  if (!objective?.rows) return false;
  const { start, end } = spanOf(paragraph);
  const lines = reader.text.slice(start, end).split("\n");
  if (!lines.every((line) => line.trimStart().startsWith("|"))) return false;
  const above = /\n([ \t]*\|[^\n]*)\n(?:[ \t]*\n)+[ \t]*$/.exec(reader.text.slice(Math.max(0, start - 4096), start));
  if (!above) return false;
  const blank = start - above[0].length + above[1]!.length + 2;
  // Each row's Id cell as written (`FLD–1.1` too, which the schema then tells and its section still finds); a row with none is no action.
  const column = objective.idColumn ?? 0;
  const rows = linesAsRows(lines, start).flatMap(({ cells, span }) => (cells[column] ? [{ id: cells[column]!, span }] : []));
  const count = lines.length === 1 ? "the row below it is" : `the ${lines.length} rows below it are`;
  reader.report("md-not-a-table", `a blank line ends the table of objective ${clip(objective.id ?? "FLD-O1")}: ${count} read as text, not as actions`, reader.lineFrom(blank), {
    hint: "Remove the blank line: a table's rows follow one another, with no blank line between them.",
  });
  appendRows(reader, objective, rows, [...objective.path, "actions"]);
  return true;
}

/**
 * Reports a table the matrix does not read (Markdown reads it as text, or it is HTML) at `at`, and
 * keeps its rows' ids where it is the objective's table, as a row a cell short keeps its own: the
 * plan's other files may name them, and their sections find them. Their other cells are not read,
 * so the rules do not say those are missing (a lead there, in a line Markdown reads as text).
 */
function keepRows(reader: Reader, objective: ObjectiveDraft, code: string, table: BrokenTable, at: Span): void {
  const path = objective.rows ? undefined : [...objective.path, "actions"];
  reader.report(code, table.message, at, { path, hint: table.hint });
  if (!path) return;
  if (table.fix) reader.fixes.push(table.fix);
  adoptRows(reader, objective, table.rows, path);
}

/** What a matrix's writer calls the blocks a matrix has no place for. */
const BLOCK_NAMES: Readonly<Record<string, string>> = {
  html: "HTML",
  table: "a second table",
  code: "a code block",
  blockquote: "a quotation (>)",
  thematicBreak: "a horizontal rule (---)",
  definition: "a link definition",
};

/** Reports a block that has no place where it is (rare: a scanned block is made into remark's node for it). */
function unexpected(reader: Reader, block: BodyBlock, where: string): void {
  const node = mdastBlock(block);
  const what = BLOCK_NAMES[node.type] ?? `a ${node.type.replace(/([A-Z])/g, " $1").toLowerCase()}`;
  reader.report("md-unexpected-content", `${what} ${where}`, reader.firstLine(node));
}

function finishObjective(reader: Reader, draft: ObjectiveDraft): Record<string, unknown> {
  settleSections(reader, draft);
  if (draft.unnamed) reportUnnamed(reader, draft, draft.unnamed);
  const description = newTextParts(paragraphsPiece(reader, draft.paragraphs));
  for (const item of draft.items) addLabelledTranslation(reader, item, { title: draft.title, description }, "in an objective");
  const objective: Record<string, unknown> = {};
  if (draft.id !== undefined) objective.id = draft.id;
  reader.textsInMatrixLang = draft.tableLang !== undefined && draft.tableLang === reader.lang;
  setText(objective, "title", resolveText(reader, draft.title, [...draft.path, "title"]));
  setText(objective, "description", resolveText(reader, description, [...draft.path, "description"]));
  if (draft.rows) objective.actions = draft.rows.map((row) => finishAction(reader, row, draft.sections.get(row)));
  reader.textsInMatrixLang = false;
  return objective;
}

/** The description: the paragraphs' source from the first to the last, blank lines and all, but a line's indentation with tabs (dedent). */
export function paragraphsPiece(reader: Reader, paragraphs: readonly Paragraph[]): Piece | undefined {
  if (paragraphs.length === 0) return undefined;
  const start = spanOf(paragraphs[0]!).start;
  const end = spanOf(paragraphs[paragraphs.length - 1]!).end;
  return { text: dedent(reader.text.slice(start, end), 0), start, end };
}

export function setText(target: Record<string, unknown>, key: string, text: unknown): void {
  if (text !== undefined) target[key] = text;
}
