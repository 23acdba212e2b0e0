import type { Heading, Paragraph } from "mdast";
import { blockStart, mdastBlock, type BodyBlock } from "./fast-tree.js";
import type { DataPath } from "../document.js";
import { fromOneLine, type Piece } from "./inline.js";
import { addLabelledTranslation, readItems, type Item } from "./items.js";
import { spanOf, type Reader } from "./reader.js";
import { finishAction } from "./sections.js";
import type { Span } from "./source-map.js";
import { readTable, type ActionRow } from "./table.js";
import { newTextParts, resolveText, type TextParts } from "./texts.js";

/** Blocks under one heading: the description's paragraphs, then the labelled list. */
export interface Block {
  paragraphs: Paragraph[];
  items: Item[];
  /** Set once a list or table came: a paragraph after it would not be part of the description. */
  closed: boolean;
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
  /** Each id's first row, for the sections to find theirs without a search per section. */
  rowById: Map<string, ActionRow>;
  sections: Map<ActionRow, Section>;
}

const OBJECTIVE_ID = /^([A-Za-z0-9][A-Za-z0-9._-]*):[ \t]*/;
/** Without a colon, a first word with a digit in it is taken as the id: `## FLD-O1 Develop …`. */
const BARE_ID = /^(?=[^\s]*\d)([A-Za-z0-9][A-Za-z0-9._-]*)(?:[ \t]+|$)/;
const ACTION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

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
  for (const node of nodes) {
    if (node.type === "heading" && node.depth <= 2) {
      if (objective) finish(objective);
      objective = startObjective(reader, node, ["objectives", count]);
      if (count === 0) reader.map.add(["objectives"], spanOf(node));
      count++;
      section = undefined;
    } else if (!objective) {
      if (!reader.frontMatterMissing) unexpected(reader, node, "before the first objective heading (`## FLD-O1: …`)");
    } else if (node.type === "heading") {
      section = startSection(reader, objective, node);
    } else {
      addBlock(reader, node, section ?? objective, section ? undefined : objective);
    }
  }
  reader.settleLanguage();
  if (objective) finish(objective);
  return objectives;
}

function addBlock(reader: Reader, node: BodyBlock, block: Block, objective: ObjectiveDraft | undefined): void {
  if (node.type === "paragraph" && !block.closed) block.paragraphs.push(node);
  else if (node.type === "list" || node.type === "scannedList") {
    block.items.push(...readItems(reader, node));
    block.closed = true;
  } else if ((node.type === "table" || node.type === "scannedTable") && objective && !objective.rows) {
    objective.rows = readTable(reader, node, objective.path);
    objective.rowById = firstRowById(objective.rows);
    reader.map.addBelow(objective.path, "actions", reader.lineFrom(blockStart(node)));
    objective.closed = true;
  } else if (node.type === "paragraph") {
    unexpected(reader, node, "after the list or table; a description goes right under its heading");
  } else {
    unexpected(reader, node, objective?.rows ? "after the table outside an action's section (`### FLD-1.1`)" : "in an objective");
  }
}

/** Each id's first row: a section belongs to the first action with its id. */
function firstRowById(rows: readonly ActionRow[]): Map<string, ActionRow> {
  const byId = new Map<string, ActionRow>();
  for (const row of rows) if (row.id !== undefined && !byId.has(row.id)) byId.set(row.id, row);
  return byId;
}

/** Reports a block that has no place where it is (rare: a scanned block is made into remark's node for it). */
function unexpected(reader: Reader, block: BodyBlock, where: string): void {
  const node = mdastBlock(block);
  const what = node.type === "html" ? "HTML" : node.type === "table" ? "a second table" : `a ${node.type.replace(/([A-Z])/g, " $1").toLowerCase()}`;
  reader.report("md-unexpected-content", `${what} ${where}`, reader.firstLine(node));
}

function headingPiece(reader: Reader, heading: Heading): Piece {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const span: Span = first && last ? { start: spanOf(first).start, end: spanOf(last).end } : { start: spanOf(heading).end, end: spanOf(heading).end };
  return { text: reader.text.slice(span.start, span.end), ...span };
}

function startObjective(reader: Reader, heading: Heading, path: DataPath): ObjectiveDraft {
  const span = spanOf(heading);
  reader.map.add(path, span, span);
  const piece = headingPiece(reader, heading);
  const match = OBJECTIVE_ID.exec(piece.text) ?? BARE_ID.exec(piece.text);
  if (!match) {
    const hint = heading.depth === 1 ? "The group's name and details go in the front matter; each `#` or `##` heading is an objective: `## FLD-O1: Title`." : undefined;
    reader.report("md-heading-id", `the objective heading '${piece.text}' does not start with an id`, span, { path, hint });
  }
  const skip = match?.[0].length ?? 0;
  if (match) reader.map.addBelow(path, "id", { start: piece.start, end: piece.start + match[1]!.length });
  const title = { text: fromOneLine(piece.text.slice(skip), false), start: piece.start + skip, end: piece.end };
  reader.map.addBelow(path, "title", title.text === "" ? span : title);
  const draft: ObjectiveDraft = { path, title: newTextParts(title), paragraphs: [], items: [], closed: false, rowById: new Map(), sections: new Map() };
  if (match) draft.id = match[1]!;
  return draft;
}

/** An action's section; content under a heading that names no action is read and dropped. */
function startSection(reader: Reader, objective: ObjectiveDraft, heading: Heading): Block {
  const block: Block = { paragraphs: [], items: [], closed: false };
  const piece = headingPiece(reader, heading);
  const id = piece.text.replace(/:$/, "").trim();
  if (!ACTION_ID.test(id)) {
    reader.report("md-section-heading", `the section heading '${piece.text}' is not an action id alone`, spanOf(heading));
    return block;
  }
  const row = objective.rowById.get(id);
  if (!row) {
    const where = objective.id ? ` of objective ${objective.id}` : "";
    reader.report("md-unknown-section", `no action ${id} in the table${where}`, piece);
    return block;
  }
  const first = objective.sections.get(row);
  if (first) {
    reader.reportRepeat("md-duplicate-section", `a second section for ${id}`, piece, first.heading, `first section for ${id}`);
    return block;
  }
  const section = { ...block, heading: piece };
  objective.sections.set(row, section);
  return section;
}

function finishObjective(reader: Reader, draft: ObjectiveDraft): Record<string, unknown> {
  const description = newTextParts(paragraphsPiece(reader, draft.paragraphs));
  for (const item of draft.items) addLabelledTranslation(reader, item, { title: draft.title, description }, "in an objective");
  const objective: Record<string, unknown> = {};
  if (draft.id !== undefined) objective.id = draft.id;
  setText(objective, "title", resolveText(reader, draft.title, [...draft.path, "title"]));
  setText(objective, "description", resolveText(reader, description, [...draft.path, "description"]));
  if (draft.rows) objective.actions = draft.rows.map((row) => finishAction(reader, row, draft.sections.get(row)));
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
