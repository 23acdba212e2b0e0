import type { Heading, Paragraph } from "mdast";
import { blockStart, mdastBlock, type BodyBlock } from "./fast-tree.js";
import type { DataPath } from "../document.js";
import { clip } from "../../diagnostics/make.js";
import { ID_PATTERN, ID_SHAPED, mistypedId } from "../../model/fields.js";
import type { Lang } from "../../model/text.js";
import { fromOneLine, type Piece } from "./inline.js";
import { headingId, headingPiece, isObjectiveBelowLevel, isSectionAboveLevel, unspacedHeading } from "./headings.js";
import { addLabelledTranslation, isListOnly, readItems, reportLabelledLines, type Item } from "./items.js";
import { codePaste, headerPaste, notATable, paragraphPaste, type BrokenTable, type MisreadTable } from "./misread-table.js";
import { spanOf, type Reader } from "./reader.js";
import { finishAction } from "./sections.js";
import type { Span } from "./source-map.js";
import { readTable, type ActionRow } from "./table.js";
import { tableInList } from "./table-in-list.js";
import { htmlTable, pandocTable } from "./exported-table.js";
import { newTextParts, resolveText, type TextParts } from "./texts.js";
import { COLUMNS, type ColumnKey } from "./vocabulary.js";

/** A table row's fields but its id. */
const ROW_FIELDS: ReadonlySet<ColumnKey> = new Set(COLUMNS.map((column) => column.key).filter((key) => key !== "id"));

/** Blocks under one heading: the description's paragraphs, then the labelled list. */
export interface Block {
  paragraphs: Paragraph[];
  items: Item[];
  /** Set once a list or table came: a paragraph after it would not be part of the description. */
  closed: boolean;
  /**
   * Set by a paragraph holding an item whose - was lost (`**Indicator:** …`): the indented items
   * of a list right below it are that item's, and its error covers them.
   */
  lostItemAbove: boolean;
}

/** An action's section (`### FLD-1.1`), with its heading's text: a second section for the action names the first. */
interface Section extends Block {
  heading: Span;
}

interface ObjectiveDraft extends Block {
  path: DataPath;
  id?: string;
  title: TextParts;
  rows?: ActionRow[];
  /** The language its table is headed in. */
  tableLang?: Lang;
  /** Each id's first row, for the sections to find theirs without a search per section. */
  rowById: Map<string, ActionRow>;
  sections: Map<ActionRow, Section>;
  /**
   * Sections met while the objective had no rows yet (no table above them), each with its action's
   * id: read all the same, and given their rows once the objective has them (settleSections), as a
   * table pasted into one of them gives.
   */
  unsettled: { id: string; section: Section }[];
}

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
  if (inList) addBlock(reader, inList.list, section ?? objective, section ? undefined : objective);
  // Indented under the list's last item, a table is still read as the one it is, once said.
  if (inList?.indented) addBlock(reader, inList.indented, objective, objective);
  const pasted = header ?? inList?.table ?? (node.type === "code" ? codePaste(reader, node) : node.type === "paragraph" ? paragraphPaste(reader, node) : undefined);
  const table = exported ?? pasted;
  if (!table) {
    if (!inList) addBlock(reader, node, section ?? objective, section ? undefined : objective);
    return undefined;
  }
  const at = reader.lineFrom(pasted?.start ?? blockStart(node));
  if (section) pastedInSection(reader, objective, headingPiece(reader, heading!).text, { ...table, start: at.start, end: at.end });
  // A spreadsheet's rows below the objective's table: plan fmt writes no second table, which would not be read either.
  else if (objective.rows && pasted && pasted.code === undefined) keepRows(reader, objective, "md-not-a-table", { ...pasted, hint: SECOND_TABLE }, at);
  else keepRows(reader, objective, pasted?.code ?? "md-not-a-table", table, at);
  return table.end;
}

const SECOND_TABLE = "An objective has one table of actions, the one above: move these rows into it, or remove the lines.";

/**
 * Reports a table pasted from a spreadsheet into an action's section (`### FLD-1.1`), where no
 * table goes: most likely the objective's rows, pasted under the wrong heading. Its lines are not
 * the section's description or items. Where the objective has no table, its rows' ids are the
 * objective's, as a table Markdown reads as text keeps them (keepRows): the sections find their
 * actions, this one too, and the one mistake is said once, not again as each section's unknown
 * action and the objective's lack of any.
 */
function pastedInSection(reader: Reader, objective: ObjectiveDraft, heading: string, pasted: BrokenTable & Span): void {
  const place = `under the objective's heading (\`## ${objective.id ?? "FLD-O1"}: …\`), above its actions' sections`;
  const move = objective.rows ? "write its rows into the table there, their cells separated by | as that table's are" : "move the lines there, then run plan fmt on the file, which writes them as a table";
  const path = objective.rows || pasted.rows.length === 0 ? undefined : [...objective.path, "actions"];
  reader.report("md-not-a-table", `these lines are a table pasted from a spreadsheet, its cells separated by tabs, in an action's section (\`### ${clip(heading)}\`), where no table goes`, pasted, {
    path,
    hint: `The table of an objective's actions goes ${place}: ${move}; or remove the lines.`,
  });
  if (!path) return;
  adoptRows(reader, objective, pasted.rows, path);
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

function addBlock(reader: Reader, node: BodyBlock, block: Block, objective: ObjectiveDraft | undefined): void {
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
    const items = readItems(reader, node);
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
    objective.rowById = firstRowById(objective.rows);
    reader.map.addBelow(objective.path, "actions", reader.lineFrom(blockStart(node)));
    objective.closed = true;
  } else if (node.type === "paragraph") {
    // A lost item after a list (`**Indicator:** …`, a blank line above it) is said as that, not as content out of place.
    if (reportsLostItem(reader, node, objective) !== undefined) block.lostItemAbove = true;
    else unexpected(reader, node, "after the list or table; a description goes right under its heading");
  } else {
    unexpected(reader, node, objective?.rows ? "after the table outside an action's section (`### FLD-1.1`)" : "in an objective");
  }
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

/** The objective's rows made of a table's that the matrix does not read, at `path`: their ids alone, their other fields unread. */
function adoptRows(reader: Reader, objective: ObjectiveDraft, rows: BrokenTable["rows"], path: DataPath): void {
  reader.unread.push({ under: path, fields: ROW_FIELDS });
  objective.rows = rows.map((row, index) => {
    const place = [...path, index];
    reader.map.add(place, row.span);
    return { id: row.id, path: place, row: row.span, title: newTextParts(), fields: {} };
  });
  objective.rowById = firstRowById(objective.rows);
  objective.closed = true;
}

/**
 * Each id's first row: a section belongs to the first action with its id. A row whose id is at fault
 * by a word processor's or a converter's hand (`FLD–1.1`, `**FLD-1.1**`, `FLD\-1.1`), which the
 * schema check says, is found by the id meant too: its section is not said to have no row.
 */
function firstRowById(rows: readonly ActionRow[]): Map<string, ActionRow> {
  const byId = new Map<string, ActionRow>();
  for (const row of rows) if (row.id !== undefined && !byId.has(row.id)) byId.set(row.id, row);
  for (const row of rows) {
    const meant = row.id !== undefined && !ID_PATTERN.test(row.id) ? mistypedId(row.id, ID_PATTERN)?.id : undefined;
    if (meant !== undefined && !byId.has(meant)) byId.set(meant, row);
  }
  return byId;
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

function startObjective(reader: Reader, heading: Heading, path: DataPath): ObjectiveDraft {
  const span = spanOf(heading);
  reader.map.add(path, span, span);
  const piece = headingPiece(reader, heading);
  const match = headingId(piece.text);
  if (!match) {
    const hint = heading.depth === 1 ? "The group's name and details go in the front matter; each `#` or `##` heading is an objective: `## FLD-O1: Title`." : undefined;
    reader.report("md-heading-id", `the objective heading '${clip(piece.text)}' does not start with an id`, span, { path, hint });
  }
  const skip = match?.[0].length ?? 0;
  if (match) reader.map.addBelow(path, "id", { start: piece.start, end: piece.start + match[1]!.length });
  const title = { text: fromOneLine(piece.text.slice(skip), false), start: piece.start + skip, end: piece.end };
  reader.map.addBelow(path, "title", title.text === "" ? span : title);
  // Every field from the start, here and for the sections: addBlock reads blocks of these kinds,
  // and objects that gain fields as they go take on more shapes than V8 reads quickly.
  return { paragraphs: [], items: [], closed: false, lostItemAbove: false, path, id: match?.[1], title: newTextParts(title), rows: undefined, tableLang: undefined, rowById: new Map(), sections: new Map(), unsettled: [] };
}

/**
 * An action's section; content under a heading that names no action is read and dropped. Before the
 * objective has rows, the section waits for them (ObjectiveDraft.unsettled).
 */
function startSection(reader: Reader, objective: ObjectiveDraft, heading: Heading): Block {
  const piece = headingPiece(reader, heading);
  const id = piece.text.replace(/:$/, "").trim();
  if (!ID_PATTERN.test(id)) {
    const mistyped = mistypedId(id, ID_PATTERN);
    reader.report("md-section-heading", `the section heading '${clip(piece.text)}' is not an action id alone`, spanOf(heading), mistyped ? { hint: `${mistyped.why}: \`### ${clip(mistyped.id)}\`` } : {});
    return newBlock();
  }
  const section: Section = { paragraphs: [], items: [], closed: false, lostItemAbove: false, heading: piece };
  if (objective.rows === undefined) objective.unsettled.push({ id, section });
  else settleSection(reader, objective, id, section);
  return section;
}

/** Gives the sections that waited for the objective's rows theirs, in order; at the objective's end, with none, each is said to have none. */
function settleSections(reader: Reader, objective: ObjectiveDraft): void {
  for (const { id, section } of objective.unsettled.splice(0)) settleSection(reader, objective, id, section);
}

/** Gives the section for action `id` its row, unless it has none or a section already; its content is then dropped. */
function settleSection(reader: Reader, objective: ObjectiveDraft, id: string, section: Section): void {
  const row = objective.rowById.get(id);
  // A table whose rows have no ids (its Id column headed `Id interno`, which is said at the heading)
  // leaves its sections nothing to find: that is not said again at each of them.
  if (!row && objective.rows !== undefined && objective.rows.length > 0 && objective.rows.every((each) => each.id === undefined)) return;
  if (!row) {
    const where = objective.id ? ` of objective ${clip(objective.id)}` : "";
    // Its hint, to add a row to the table above, would be no help where there is none.
    if (objective.rows !== undefined) reader.report("md-unknown-section", `no action ${clip(id)} in the table${where}`, section.heading);
    else reader.report("md-unknown-section", `no action ${clip(id)}: ${objective.id ? `objective ${clip(objective.id)}` : "the objective"} has no table of actions`, section.heading, { hint: NO_TABLE_HINT });
    return;
  }
  const first = objective.sections.get(row);
  if (first) {
    reader.reportRepeat("md-duplicate-section", `a second section for ${id}`, section.heading, first.heading, `first section for ${id}`);
    return;
  }
  objective.sections.set(row, section);
}

const NO_TABLE_HINT = "Write the objective's table of actions under its heading, above its actions' sections, with a row for each action.";

function newBlock(): Block {
  return { paragraphs: [], items: [], closed: false, lostItemAbove: false };
}

function finishObjective(reader: Reader, draft: ObjectiveDraft): Record<string, unknown> {
  settleSections(reader, draft);
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

/** The description: the paragraphs' source from the first to the last, blank lines and all. */
export function paragraphsPiece(reader: Reader, paragraphs: readonly Paragraph[]): Piece | undefined {
  if (paragraphs.length === 0) return undefined;
  const start = spanOf(paragraphs[0]!).start;
  const end = spanOf(paragraphs[paragraphs.length - 1]!).end;
  return { text: reader.text.slice(start, end), start, end };
}

export function setText(target: Record<string, unknown>, key: string, text: unknown): void {
  if (text !== undefined) target[key] = text;
}
