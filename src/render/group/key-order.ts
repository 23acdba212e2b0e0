/**
 * The canonical key order of plan and group files (docs/format.md), and putting a YAML document's
 * keys in that order in place, so that comments and blank lines travel with their keys.
 */
import { isMap, isPair, isScalar, isSeq, type Document } from "yaml";

export interface KeyOrder {
  keys: readonly string[];
  /** The order inside the value of a key; for a list, inside each of its items. */
  children?: Readonly<Record<string, KeyOrder>>;
}

const TEXT: KeyOrder = { keys: ["en", "es"] };
const SPAN: KeyOrder = { keys: ["start", "end"] };

const MEASURE: KeyOrder = {
  keys: ["text", "baseline", "target", "verification"],
  children: { text: TEXT, baseline: TEXT, target: TEXT, verification: TEXT },
};

const ACTION: KeyOrder = {
  keys: ["id", "title", "description", "lead", "partners", "timeframe", "priority", "protocol", "indicators", "outputs", "related", "notes"],
  children: { title: TEXT, description: TEXT, timeframe: SPAN, indicators: MEASURE, outputs: TEXT, notes: TEXT },
};

export const GROUP_ORDER: KeyOrder = {
  keys: ["group", "theme", "facilitator", "rapporteur", "participants", "objectives"],
  children: {
    facilitator: { keys: ["name", "organization"] },
    rapporteur: { keys: ["name", "country"] },
    participants: { keys: ["country", "role", "name"] },
    objectives: { keys: ["id", "title", "description", "actions"], children: { title: TEXT, description: TEXT, actions: ACTION } },
  },
};

export const PLAN_ORDER: KeyOrder = {
  keys: ["id", "title", "network", "draft", "status", "date", "period", "languages", "countries", "organizations", "themes", "groups", "narrative", "indicators", "rules"],
  children: {
    title: TEXT,
    network: TEXT,
    period: SPAN,
    organizations: { keys: ["id", "name"], children: { name: TEXT } },
    themes: { keys: ["id", "number", "title", "summary"], children: { title: TEXT, summary: TEXT } },
    narrative: TEXT,
  },
};

function rank(order: KeyOrder, key: unknown): number {
  const index = order.keys.indexOf(String(key));
  return index < 0 ? order.keys.length : index;
}

/** Sorts the keys of a parsed document in place; unknown keys keep their order after the known ones. */
export function reorderNode(node: unknown, order: KeyOrder): void {
  if (isSeq(node)) {
    for (const item of node.items) {
      if (!isMap(item)) {
        reorderNode(item, order);
        continue;
      }
      const first = item.items[0];
      reorderNode(item, order);
      // A comment (or blank line) above a key that moves first in a list item would be written
      // after its `- `, and read again as the item's, which fmt then writes above the `- `:
      // written there at once, so that a second fmt changes nothing.
      const moved = item.items[0];
      if (moved === first || !isPair(moved) || !isScalar(moved.key)) continue;
      if (moved.key.commentBefore) {
        item.commentBefore = item.commentBefore ? `${item.commentBefore}\n${moved.key.commentBefore}` : moved.key.commentBefore;
        moved.key.commentBefore = undefined;
      }
      // So with the blank line above it, which would come after the `- ` (above a list's first
      // item, the yaml package writes it with the list's indentation: it is left out there).
      if (moved.key.spaceBefore) {
        if (item !== node.items[0]) item.spaceBefore = true;
        moved.key.spaceBefore = undefined;
      }
    }
    return;
  }
  if (!isMap(node)) return;
  const keyOf = (item: unknown) => (isPair(item) && isScalar(item.key) ? item.key.value : undefined);
  // Array.prototype.sort is stable, so equal ranks keep the file's order.
  node.items.sort((a, b) => rank(order, keyOf(a)) - rank(order, keyOf(b)));
  for (const pair of node.items) {
    const child = order.children?.[String(keyOf(pair))];
    if (child) reorderNode(pair.value, child);
  }
}

/** Sorts a document's keys; the comment heading the file stays at the top rather than follow its key. */
export function reorderDocument(doc: Document, order: KeyOrder): void {
  const firstKey = () => (isMap(doc.contents) && isPair(doc.contents.items[0]) ? doc.contents.items[0].key : undefined);
  const before = firstKey();
  reorderNode(doc.contents, order);
  const after = firstKey();
  if (before !== after && isScalar(before) && isScalar(after) && before.commentBefore) {
    after.commentBefore = after.commentBefore ? `${before.commentBefore}\n${after.commentBefore}` : before.commentBefore;
    before.commentBefore = undefined;
  }
}

/** A plain object's keys in `order`, recursively; for writing new documents. */
export function orderData(value: unknown, order: KeyOrder): unknown {
  if (Array.isArray(value)) return value.map((item) => orderData(item, order));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => rank(order, a) - rank(order, b));
  return Object.fromEntries(entries.map(([key, child]) => [key, order.children?.[key] ? orderData(child, order.children[key]) : child]));
}
