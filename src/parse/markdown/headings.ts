/**
 * The headings of a Markdown matrix's body: the id an objective's heading starts with, and a
 * heading written wrong, which is said and read as the one it was meant to be (its #s without
 * their space, an action's section at an objective's level, an objective's at a section's).
 */
import type { Heading } from "mdast";
import { clip } from "../../diagnostics/make.js";
import { ID_PATTERN, ID_SHAPED, mistypedId } from "../../model/fields.js";
import type { BodyBlock } from "./fast-tree.js";
import type { Piece } from "./inline.js";
import { spanOf, type Reader } from "./reader.js";
import type { Span } from "./source-map.js";

/** What the readers of a heading ask of the objective above it: its id, and its table's rows by id. */
export interface HeadedObjective {
  id?: string;
  rowById: ReadonlyMap<string, unknown>;
}

const OBJECTIVE_ID = /^([A-Za-z0-9][A-Za-z0-9._-]*):[ \t]*/;
/**
 * An id with a digit in it and another way of setting the title off: a colon after a space, a
 * dash or a full stop (`## FLD-O1 : …`, `## FLD-O1 – …`, `## FLD-O1. …`), which would otherwise
 * start the title. The id then ends in a letter or a digit.
 */
const SET_OFF_ID = /^(?=[^\s]*\d)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)[ \t]*(?::|[.\-\u2013\u2014](?=[ \t]))[ \t]*/;
/** Without a colon, a first word with a digit in it is taken as the id: `## FLD-O1 Develop …`. */
const BARE_ID = /^(?=[^\s]*\d)([A-Za-z0-9][A-Za-z0-9._-]*)(?:[ \t]+|$)/;
/** A heading's first word, up to a colon or a space. */
const FIRST_WORD = /^(\S+?)(:[ \t]*|[ \t]+|$)/;

/**
 * The id a heading starts with, as OBJECTIVE_ID, SET_OFF_ID or BARE_ID read it; or as a word processor or a
 * converter wrote it (`FLD–O1:`, `FLD\-O1:`, `**FLD-O1**:`), an id to mistypedId: read as
 * written, so that the schema check names what is at fault, at the id, as it does an action's,
 * and the objective's rows are still checked.
 */
export function headingId(text: string): RegExpExecArray | null {
  const match = OBJECTIVE_ID.exec(text) ?? SET_OFF_ID.exec(text) ?? BARE_ID.exec(text);
  if (match) return match;
  const word = FIRST_WORD.exec(text);
  // Without a colon, a word with a digit in it, as BARE_ID takes one (not `Develop–Implement …`).
  const id = word && (word[2]!.startsWith(":") || /\d/.test(word[1]!)) ? word[1]! : undefined;
  return id !== undefined && mistypedId(id, ID_PATTERN) ? word : null;
}

/** One to three #s and what starts an id, with no space between: `##FLD-O1: …`, `###FLD-1.1`. */
const UNSPACED_HEADING = /^(#{1,3})(?=[A-Za-z0-9])/;

/**
 * `##FLD-O1: Develop …` or `###FLD-1.1`: a heading whose #s lost their space, which Markdown (and
 * GitHub's page of the file) reads as a paragraph. Reported, and read as the heading it was meant
 * to be, so that the blocks under it are not each said to be out of place and the group empty.
 * Only a line of its own that an id follows (after one #, an id and its colon): a description's
 * paragraph may well start with `#1`, a year or a hashtag. After one #, the id also starts as the
 * objective's above it does (`#FLD-O2:` under FLD-O1), where there is one: `#COVID-19: …` opening
 * a description is a hashtag.
 */
export function unspacedHeading(reader: Reader, block: BodyBlock, above: HeadedObjective | undefined): Heading | undefined {
  if (block.type !== "paragraph") return undefined;
  const { start, end } = spanOf(block);
  const hashes = UNSPACED_HEADING.exec(reader.text.slice(start, start + 4))?.[1];
  if (hashes === undefined) return undefined;
  const line = reader.text.slice(start, end);
  if (line.includes("\n")) return undefined;
  const content = line.slice(hashes.length).trimEnd();
  const id = (OBJECTIVE_ID.exec(content) ?? (hashes === "#" ? null : BARE_ID.exec(content)))?.[1];
  if (id === undefined || !ID_SHAPED.test(id)) return undefined;
  if (hashes === "#" && above?.id !== undefined && idPrefix(id) !== idPrefix(above.id)) return undefined;
  const at = start + hashes.length;
  reader.report("md-heading-space", `'${hashes}${clip(content)}' has no space after its ${hashes}: Markdown reads the line as a paragraph, not a heading`, { start: at, end: at + 1 }, {
    hint: `Put a space after the #s: \`${hashes} ${clip(content)}\`.`,
  });
  const point = (offset: number) => ({ ...reader.lines.position(offset), offset });
  const text = { type: "text" as const, value: content, position: { start: point(at), end: point(at + content.length) } };
  return { type: "heading", depth: hashes.length as 1 | 2 | 3, children: [text], position: block.position };
}

/** What an id starts with before its first hyphen or dot: `FLD` of `FLD-O1`. */
const idPrefix = (id: string) => id.split(/[-.]/)[0];

/**
 * `## FLD-1.1`: an action's section headed at an objective's level, the id alone one of the
 * objective's table. Reported, and read as the section it is, so that its items are not each said
 * to be out of place in an objective, nor the objective said to have no actions.
 */
export function isSectionAboveLevel(reader: Reader, heading: Heading, objective: HeadedObjective | undefined): boolean {
  if (heading.depth !== 2 || !objective) return false;
  const id = headingPiece(reader, heading).text.replace(/:$/, "").trim();
  if (!objective.rowById.has(id)) return false;
  const shown = clip(id);
  reader.report("md-heading-level", `'## ${shown}' heads the section of action ${shown} with ##, an objective's level`, reader.firstLine(heading), {
    hint: `Head an action's section with ###: \`### ${shown}\`; ## heads an objective, with its id and title (\`## ${clip(objective.id ?? "FLD-O1")}: …\`).`,
  });
  return true;
}

/**
 * `### FLD-O2: Train teams`: an objective's heading written at a section's level (a section's
 * heading is an action id alone). Reported, and read as the objective it is, so that its table
 * and sections are not each reported as out of place.
 */
export function isObjectiveBelowLevel(reader: Reader, heading: Heading, objective: HeadedObjective | undefined): boolean {
  const piece = headingPiece(reader, heading);
  const match = OBJECTIVE_ID.exec(piece.text);
  if (!match || match[0].length === piece.text.length || objective?.rowById.has(match[1]!)) return false;
  // Only an id shaped as the objective's (`FLD-O2` after `FLD-O1`): `### FLD-1.9: …` or `### Notes: …` is a
  // section's heading gone wrong, and read as an objective it would make every section below unknown.
  const shape = (id: string) => id.replace(/\d+/g, "0");
  if (objective?.id !== undefined ? shape(match[1]!) !== shape(objective.id) : !/\d/.test(match[1]!)) return false;
  const marks = "#".repeat(heading.depth);
  const id = clip(match[1]!);
  reader.report("md-heading-level", `'${marks} ${id}: …' is an objective's heading written with ${marks}, below an objective's level (##)`, reader.firstLine(heading), {
    hint: `Head an objective with ##: \`## ${id}: …\`; ### heads an action's section, with the action's id alone (\`### FLD-1.1\`).`,
  });
  return true;
}

/** A heading's text, from its first inline to its last, with its offsets; empty at its end where it has none. */
export function headingPiece(reader: Reader, heading: Heading): Piece {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const span: Span = first && last ? { start: spanOf(first).start, end: spanOf(last).end } : { start: spanOf(heading).end, end: spanOf(heading).end };
  return { text: reader.text.slice(span.start, span.end), ...span };
}
