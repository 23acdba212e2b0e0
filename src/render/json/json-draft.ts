import type { PlanModel } from "../../model/plan-model.js";
import type { ReadAt } from "../../parse/zip-entries.js";

// From this depth down a value is one piece: an objective with its actions, a timeline entry's years.
const PIECE_DEPTH = 4;

/**
 * The JSON draft: the merged model, 2-space indent, trailing newline, as `JSON.stringify(model,
 * null, 2)` writes it, in pieces to be written one after another (on a 10,000-action plan that
 * string would be some 75 MB). Keys follow the model's declaration order, which the merge always
 * builds the same way.
 */
export function* renderJsonDraft(model: PlanModel): Generator<string> {
  yield* jsonPieces(model, "", 0);
  yield "\n";
}

/**
 * Whether the file `readAt` reads, where the JSON draft of the plan `id` is about to be written, is
 * one (it starts as the draft does, white space aside: `{` then the plan's id), or a file plan did
 * not write. A tool's draft is written over whatever was changed in it.
 */
export function jsonDraftOrigin(readAt: ReadAt, id: string): "plan" | "other" {
  const start = `{"id":${JSON.stringify(id)},`;
  // Its white space aside: a draft an editor indented again or a tool minified is still the plan's.
  const head = new TextDecoder().decode(readAt(0, 4096)).replace(/^\uFEFF/, "");
  return head.replace(/\s+/g, "").startsWith(start) ? "plan" : "other";
}

/**
 * `JSON.stringify(value, null, 2)` for a value written at `indent`. The model is plain data:
 * arrays, plain objects, strings, numbers, booleans, with no `toJSON`. An object's member whose
 * value JSON cannot hold is left out, and is `null` in an array, as JSON.stringify does.
 */
function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= PIECE_DEPTH || !isContainer(value)) {
    // JSON text holds no newline but those of its layout, so each one takes the indent.
    yield JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);
  } else if (Array.isArray(value)) {
    yield* memberPieces(["[", "]"], value.map((item: unknown) => [undefined, jsonable(item) ? item : null]), indent, depth);
  } else {
    yield* memberPieces(["{", "}"], Object.entries(value).filter(([, item]) => jsonable(item)), indent, depth);
  }
}

/** An array's items (no key) or an object's members, one to a line, between its brackets. */
function* memberPieces(brackets: [string, string], members: [string | undefined, unknown][], indent: string, depth: number): Generator<string> {
  const [open, close] = brackets;
  if (members.length === 0) {
    yield open + close;
    return;
  }
  const inner = `${indent}  `;
  for (const [index, [key, item]] of members.entries()) {
    yield `${index === 0 ? open : ","}\n${inner}${key === undefined ? "" : `${JSON.stringify(key)}: `}`;
    yield* jsonPieces(item, inner, depth + 1);
  }
  yield `\n${indent}${close}`;
}

function isContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function jsonable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}
