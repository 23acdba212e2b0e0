import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit } from "yaml";
import type { Action, WorkingGroup } from "../../model/schema.js";
import { timepointValue } from "../../parse/markdown/inline.js";
import { carryComments, type SourceComment } from "./comments.js";
import { GROUP_ORDER, orderData } from "./key-order.js";

/**
 * How rcm-plan writes YAML: two-space indent, lines folded at 100 columns, `{a: b}` without inner
 * padding. `plan fmt` and `plan convert` use the same options, so their output is stable.
 */
export const YAML_OPTIONS = { indent: 2, lineWidth: 100, minContentWidth: 20, flowCollectionPadding: false } as const;

/** Short maps and id lists that read best on one line, as the shipped plan writes them. */
const FLOW_KEYS = new Set(["facilitator", "rapporteur", "timeframe", "lead", "partners", "protocol", "related", "period", "languages", "countries"]);

/**
 * A group as canonical YAML: keys in order, defaults left out, years as numbers, and the
 * `comments` of the file it was read from at the same data.
 */
export function renderGroupYaml(group: WorkingGroup, comments: readonly SourceComment[] = []): string {
  const doc = new Document(orderData(groupData(group), GROUP_ORDER));
  styleDocument(doc);
  if (comments.length > 0) {
    carryComments(doc, comments);
    unfoldLongFlows(doc);
  }
  return doc.toString(YAML_OPTIONS);
}

function groupData(group: WorkingGroup): Record<string, unknown> {
  const data: Record<string, unknown> = { ...group };
  omitEmpty(data, "participants", "objectives");
  data.objectives = group.objectives.length === 0 ? undefined : group.objectives.map((objective) => {
    const copy: Record<string, unknown> = { ...objective, actions: objective.actions.map(actionData) };
    omitEmpty(copy, "actions");
    return copy;
  });
  return withoutUndefined(data);
}

function actionData(action: Action): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ...action,
    timeframe: { start: timepointValue(action.timeframe.start), end: timepointValue(action.timeframe.end) },
  };
  omitEmpty(data, "lead", "partners", "protocol", "indicators", "outputs", "related");
  return withoutUndefined(data);
}

/** An empty list reads back as its default (or as absent), so it is left out. */
function omitEmpty(data: Record<string, unknown>, ...keys: string[]): void {
  for (const key of keys) if (Array.isArray(data[key]) && (data[key] as unknown[]).length === 0) delete data[key];
}

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** Flow style for short maps and id lists and for participants; folded blocks for long texts. */
export function styleDocument(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (FLOW_KEYS.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      if (key === "participants" && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
    Seq(_, seq, path) {
      const parent = path[path.length - 1];
      if (isPair(parent) && isScalar(parent.key) && parent.key.value === "actions") seq.items.forEach((item, i) => setSpaceBefore(item, i > 0));
    },
    Scalar(_, scalar, path) {
      const parent = path[path.length - 1];
      if (!isPair(parent) || parent.key === scalar || typeof scalar.value !== "string" || !isScalar(parent.key)) return;
      // Two columns per level of nesting, then `key: `: a text that would run past the line is folded (`>-`).
      const depth = path.filter((node) => isMap(node) || isSeq(node)).length;
      const column = 2 * (depth - 1) + String(parent.key.value).length + 2;
      if (column + scalar.value.length > YAML_OPTIONS.lineWidth) scalar.type = Scalar.BLOCK_FOLDED;
    },
  });
  unfoldLongFlows(doc);
  const objectives = isMap(doc.contents) ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === "objectives") : undefined;
  if (objectives) setSpaceBefore(objectives.key, true);
}

/**
 * A flow collection too long for one line would be broken over several lines in braces; it is
 * written as a block instead, which reads better and stays put on the next `plan fmt`.
 */
export function unfoldLongFlows(doc: Document): void {
  visit(doc, {
    Pair(_, pair, path) {
      const value = pair.value;
      if (!(isMap(value) || isSeq(value)) || !value.flow || !isScalar(pair.key)) return;
      const oneLine = new Document(value).toString({ ...YAML_OPTIONS, lineWidth: 0 }).trimEnd();
      const depth = path.filter((node) => isMap(node) || isSeq(node)).length;
      if (2 * (depth - 1) + String(pair.key.value).length + 2 + oneLine.length > YAML_OPTIONS.lineWidth) value.flow = false;
    },
  });
}

/** A blank line before each action and before `objectives:`, as the shipped plan reads. */
function setSpaceBefore(node: unknown, space: boolean): void {
  if (isMap(node) || isScalar(node)) node.spaceBefore = space;
}
