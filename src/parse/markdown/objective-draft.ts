/**
 * An objective and its actions' sections as the body is read: each started at its heading, its
 * rows once a table gives them, and the sections given their rows, those met before the table too.
 */
import { clip, QUOTED_LENGTH } from "../../diagnostics/make.js";
import type { Heading, Paragraph } from "mdast";
import type { DataPath } from "../document.js";
import { ID_PATTERN, mistypedId, withoutMarkdownEscapes } from "../../model/fields.js";
import type { Lang } from "../../model/text.js";
import { fromOneLine } from "./inline.js";
import { headingId, headingPiece } from "./headings.js";
import type { Item } from "./items.js";
import type { BrokenTable } from "./misread-table.js";
import { spanOf, type Reader } from "./reader.js";
import type { Span } from "./source-map.js";
import type { ActionRow } from "./table.js";
import { newTextParts, type TextParts } from "./texts.js";
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

/** An objective as read so far: its heading's id and title, its description and list (Block), its rows and the sections that found theirs. */
export interface ObjectiveDraft extends Block {
  path: DataPath;
  id?: string;
  title: TextParts;
  rows?: ActionRow[];
  /** The language its table is headed in. */
  tableLang?: Lang;
  /** Which of its table's columns holds the ids, where one does: rows cut off the table by a blank line are read by it. */
  idColumn?: number;
  /** The heading of the action's section its table was written in, where no table goes (tableInSection in objectives.ts). */
  tableInSection?: string;
  /** Each id's first row, for the sections to find theirs without a search per section. */
  rowById: Map<string, ActionRow>;
  sections: Map<ActionRow, Section>;
  /**
   * A `##` heading that starts with no id (`## Objetivo 1: Garantizar …`): said once its rows are
   * read, whose ids tell the objective's (reportUnnamed).
   */
  unnamed: { text: string; span: Span } | undefined;
  /**
   * Sections met while the objective had no rows yet (no table above them), each with its action's
   * id: read all the same, and given their rows once the objective has them (settleSections), as a
   * table pasted into one of them gives.
   */
  unsettled: { id: string; section: Section }[];
}

/** The objective's rows made of a table's that the matrix does not read, at `path`: their ids alone, their other fields unread. */
export function adoptRows(reader: Reader, objective: ObjectiveDraft, rows: BrokenTable["rows"], path: DataPath): void {
  objective.rows = [];
  appendRows(reader, objective, rows, path);
}

/** adoptRows, after the rows the objective has. */
export function appendRows(reader: Reader, objective: ObjectiveDraft, rows: BrokenTable["rows"], path: DataPath): void {
  const read = objective.rows ?? [];
  for (const row of rows) {
    const place = [...path, read.length];
    reader.unread.push({ under: place, fields: ROW_FIELDS });
    reader.map.add(place, row.span);
    read.push({ id: row.id, path: place, row: row.span, title: newTextParts(), fields: {} });
  }
  objective.rows = read;
  objective.rowById = firstRowById(read);
  objective.closed = true;
}

/**
 * Each id's first row: a section belongs to the first action with its id. A row whose id is at fault
 * by a word processor's or a converter's hand (`FLD–1.1`, `**FLD-1.1**`, `FLD\-1.1`), which the
 * schema check says, is found by the id meant too: its section is not said to have no row.
 */
export function firstRowById(rows: readonly ActionRow[]): Map<string, ActionRow> {
  const byId = new Map<string, ActionRow>();
  for (const row of rows) if (row.id !== undefined && !byId.has(row.id)) byId.set(row.id, row);
  for (const row of rows) {
    const meant = row.id !== undefined && !ID_PATTERN.test(row.id) ? mistypedId(row.id, ID_PATTERN)?.id : undefined;
    if (meant !== undefined && !byId.has(meant)) byId.set(meant, row);
  }
  return byId;
}

export function startObjective(reader: Reader, heading: Heading, path: DataPath): ObjectiveDraft {
  const span = spanOf(heading);
  reader.map.add(path, span, span);
  const piece = headingPiece(reader, heading);
  const match = headingId(piece.text);
  const marked = match ? undefined : markedHeadingId(piece.text);
  if (marked) {
    const message = `the objective heading '${clip(piece.text)}' has its id in bold or escaped, as Google Docs' Markdown writes it: an id is read written plain`;
    reader.report("md-heading-id", message, span, { path, hint: `Write the heading plain: \`## ${marked.id}: ${clip(marked.title, 2 * QUOTED_LENGTH)}\`` });
  } else if (!match && heading.depth === 1) {
    const hint = "The group's name and details go in the front matter; each `#` or `##` heading is an objective: `## FLD-O1: Title`.";
    reader.report("md-heading-id", `the objective heading '${clip(piece.text)}' does not start with an id`, span, { path, hint });
  }
  const skip = match?.[0].length ?? 0;
  if (match) reader.map.addBelow(path, "id", { start: piece.start, end: piece.start + match[1]!.length });
  const written = marked ? { text: marked.title, start: piece.start, end: piece.end } : { text: fromOneLine(piece.text.slice(skip), false), start: piece.start + skip, end: piece.end };
  const title = withoutAnchor(reader, written, path);
  reader.map.addBelow(path, "title", title.text === "" ? span : title);
  // Every field from the start, here and for the sections: addBlock reads blocks of these kinds,
  // and objects that gain fields as they go take on more shapes than V8 reads quickly.
  return { paragraphs: [], items: [], closed: false, lostItemAbove: false, path, id: match?.[1] ?? marked?.id, title: newTextParts(title), rows: undefined, tableLang: undefined, tableInSection: undefined, rowById: new Map(), sections: new Map(), unnamed: !match && !marked && heading.depth > 1 ? { text: piece.text, span } : undefined, unsettled: [] };
}

/**
 * A title without the anchor pandoc and Google Docs' Markdown end a heading with (`## PRE-O1:
 * Campañas {#pre-o1-campañas}`), said: the drafts printed it in the title, in the matrix and in
 * each action's objective. They make each heading's anchor themselves.
 */
function withoutAnchor(reader: Reader, title: { text: string; start: number; end: number }, path: DataPath): { text: string; start: number; end: number } {
  const anchor = /\s*\{#[^{}\s]*\}\s*$/.exec(title.text);
  if (!anchor) return title;
  const at = reader.text.lastIndexOf("{#", title.end);
  if (at >= title.start) reader.report("md-unexpected-content", `the heading ends with an anchor, ${clip(anchor[0].trim())}, as pandoc and Google Docs write one: the drafts would print it in the title`, { start: at, end: title.end }, { path, hint: "Remove it: the drafts give each heading its anchor." });
  return { ...title, text: title.text.slice(0, anchor.index) };
}

/**
 * `## **PRE-O1:** Campañas` or `## **PRE\-O1: Campañas**`: an objective heading as Google Docs'
 * Markdown writes it, its id in bold or with escapes, and the id and title it says. Told as a
 * heading without an id, its hint wrote the id twice, and its table's rows were not checked.
 */
function markedHeadingId(text: string): { id: string; title: string } | undefined {
  if (!/^(?:\*\*|__)|\\/.test(text)) return undefined;
  const { plain } = withoutMarkdownEscapes(text.replace(/\*\*|__/g, ""));
  const match = headingId(plain);
  return match && ID_PATTERN.test(match[1]!) ? { id: match[1]!, title: fromOneLine(plain.slice(match[0].length), false).trim() } : undefined;
}

/**
 * An action's section; content under a heading that names no action is read and dropped. Before the
 * objective has rows, the section waits for them (ObjectiveDraft.unsettled).
 */
export function startSection(reader: Reader, objective: ObjectiveDraft, heading: Heading): Block {
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
export function settleSections(reader: Reader, objective: ObjectiveDraft): void {
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

/**
 * What a heading without an id may start with in its id's place: a label (`Objetivo 1:`,
 * `Objective 2 –`, `Objetivo específico 1.`) or a number (`1.`), which the id replaces.
 */
const OBJECTIVE_LABEL = /^(?:(?:objetivo|objective)(?: (?:espec[ií]fico|estrat[ée]gico|general|specific|strategic))?(?: n[º°o.]*)? ?\d*\.?\s*[:\-–—]?|\d+[.)])\s+/i;

/** An action id with its objective's number (`SOL-1.2`, action 2 of objective 1): the objective's id, `SOL-O1`. */
const ACTION_OF_OBJECTIVE = /^([A-Z][A-Z0-9_]*)-(\d+)\.\d+$/;

/**
 * Says an objective's heading that starts with no id (ObjectiveDraft.unnamed), with the heading as
 * it would read with one: the id its rows' ids give (else, or where another heading has it, `<id>`),
 * and the title without the label the id replaces (`## SOL-O1: Garantizar …` for `## Objetivo 1: Garantizar …`).
 */
export function reportUnnamed(reader: Reader, draft: ObjectiveDraft, unnamed: { text: string; span: Span }): void {
  const action = (draft.rows ?? []).map((row) => (row.id === undefined ? null : ACTION_OF_OBJECTIVE.exec(row.id))).find((match) => match);
  const id = action ? `${action[1]}-O${Number(action[2])}` : undefined;
  const taken = id !== undefined && new RegExp(`^#{1,3} +${id}\\b`, "m").test(reader.text);
  // The heading's words after its label, to be copied as they are (clipped only past what a title
  // runs to); the id written after the label (`Objetivo SOL-O1:`) is the one the hint puts first.
  const unlabelled = unnamed.text.replace(OBJECTIVE_LABEL, "");
  const title = clip((id === undefined ? unlabelled : unlabelled.replace(new RegExp(`^${id}\\b\\s*[:.\\-–—]?\\s*`), "")) || unnamed.text, 2 * QUOTED_LENGTH);
  const hint = `Start the heading with the objective's id and a colon: \`## ${id === undefined || taken ? "<id>" : id}: ${title}\`.`;
  reader.report("md-heading-id", `the objective heading '${clip(unnamed.text)}' does not start with an id`, unnamed.span, { path: draft.path, hint });
}
