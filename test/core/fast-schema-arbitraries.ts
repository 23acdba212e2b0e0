/**
 * Edits of parsed plan values for test/core/fast-schema.test.ts: each changes one node of a valid
 * manifest, group, action or indicator file the way a facilitator's slip or an odd parser would
 * (a key deleted or added, a type swapped, a string padded or emptied, a number made fractional or
 * out of range, one id for a list, a text map with other languages, keys in another order, an
 * object that is not plain...). zod is the oracle, so an edit need not make sense.
 */
import fc from "fast-check";

type Path = (string | number)[];
/** Gives the node's replacement, or DELETE to take the key (or the item) away. */
type NodeEdit = (node: unknown) => unknown;

const DELETE = Symbol("delete");

/** Values to put anywhere: each in the shape of some field, or of none. */
const VALUES: unknown[] = [
  null, undefined, true, "", "  ", " x ", "x", "MX", "mx", " MX", "ALL", "IOM", "a-b", "A_b.c", "-a", "a b", "Ñ", "é",
  "\u00a0x\ufeff", "\tx\n", "\u3000", "2019", "2019-Q3", "2019-Q5", "19", "2019-Q3 ", "2024-02-30", "2024-13-01", "2024-01-31",
  "high", "medium", "urgent", "prosecutor", "observer", "off", "error", "warn", "en", "es", "fr", "draft", "final", "legal",
  "groups/*.yaml", 2019, 1899, 1900, 2200, 2201, 2019.5, 0, -0, 1, -1, 3, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, 1e21,
  [], [""], ["MX"], [" MX"], ["MX", "GT"], [2019], ["en"], ["en", "en"], ["fr"], [null], [[]], {}, { en: "x" }, { es: "y" },
  { es: "y", en: "x" }, { en: "x", es: "y" }, { en: "" }, { en: " x ", es: " " }, { en: " x ", es: "\ty" }, { fr: "x" },
  { en: null }, { en: 1 }, { start: 2019, end: "2020-Q1" }, { start: "2019", end: 2030 }, { name: " Ana " }, { off: "off" },
  { "missing-protocol": "off", "short-period": "error" }, { text: "t" }, { id: "X-1", title: "t" },
];

/** Keys to add: the schemas' own, one of no schema, and the ones a prototype has. */
const KEYS = [
  "id", "title", "description", "lead", "partners", "timeframe", "priority", "protocol", "indicators", "outputs", "related",
  "notes", "text", "baseline", "target", "verification", "en", "es", "groups", "languages", "rules", "narrative", "countries",
  "organizations", "name", "organization", "country", "role", "facilitator", "rapporteur", "participants", "objectives",
  "actions", "summary", "number", "network", "type", "article", "statement", "start", "end", "extra", "Id", "constructor",
  "toString", "__proto__", "0",
];

const fresh = (value: unknown) => (value === undefined ? undefined : structuredClone(value));
const isObject = (node: unknown): node is Record<string, unknown> => node !== null && typeof node === "object" && !Array.isArray(node);
const entries = (node: unknown) => (isObject(node) ? Object.entries(node) : []);

/** Own-key assignment that also makes a key named __proto__ (as JSON.parse does). */
function withKey(node: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(node)) as object, node) as Record<string, unknown>;
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

class Thing {}

/** What an edit does to the node it lands on; an edit that does not fit the node leaves it as it is. */
const NODE_EDITS: fc.Arbitrary<NodeEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VALUES).map((value) => () => fresh(value)) },
  { weight: 4, arbitrary: fc.constant(() => DELETE) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([key, value]) => (node: unknown) => (isObject(node) ? withKey(node, key, fresh(value)) : node)) },
  {
    weight: 6,
    arbitrary: fc.constantFrom<NodeEdit>(
      (node) => (typeof node === "string" ? `  ${node} ` : node),
      (node) => (typeof node === "string" ? `${node}\n` : node),
      (node) => (typeof node === "string" ? `\u2003${node}` : node),
      (node) => (typeof node === "string" ? node.toLowerCase() : node),
      (node) => (typeof node === "string" ? "" : Array.isArray(node) ? [] : isObject(node) ? {} : node),
      (node) => (typeof node === "number" ? String(node) : typeof node === "string" && node.trim() !== "" ? Number(node) : node),
      (node) => (typeof node === "number" ? node + 0.5 : node),
      (node) => (typeof node === "number" ? node * 1000 : node),
      (node) => (typeof node === "number" ? -node : node),
      (node) => [node],
      (node) => (Array.isArray(node) ? node[0] : node),
      (node) => (Array.isArray(node) ? [...node, ...node] : node),
      (node) => (Array.isArray(node) && node.length > 0 ? Object.assign([...node], { 0: undefined }) : node),
      (node) => (Array.isArray(node) ? [...node, ,] : node),
      (node) => (isObject(node) ? Object.fromEntries(Object.entries(node).reverse()) : node),
      (node) => (isObject(node) ? Object.assign(Object.create(null) as object, node) : node),
      (node) => (isObject(node) ? Object.assign(new Thing(), node) : node),
      (node) => (isObject(node) ? new Map(Object.entries(node)) : node),
      (node) => (isObject(node) ? { ...node, [Symbol("s")]: "x" } : node),
      (node) => (isObject(node) ? Object.defineProperty({ ...node }, "hidden", { value: "x", enumerable: false }) : node),
      (node) => (isObject(node) ? Object.values(node) : node),
      (node) => (typeof node === "string" ? { en: node } : node),
      (node) => (typeof node === "string" ? { es: node, en: ` ${node}` } : node),
      (node) => (isObject(node) && typeof node.en === "string" ? node.en : node),
    ),
  },
);

/** Every path to a node of `value`, the root included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...at, index])));
  else for (const [key, item] of entries(value)) paths.push(...pathsOf(item, [...at, key]));
  return paths;
}

/** `value` with `edit` applied at the `pick`th node (counting around), changed in place where it can be. */
function applyAt(value: unknown, pick: number, edit: NodeEdit): unknown {
  const paths = pathsOf(value);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) {
    const replaced = edit(value);
    return replaced === DELETE ? undefined : replaced;
  }
  const parent = path.slice(0, -1).reduce<any>((node, segment) => node[segment], value);
  const last = path[path.length - 1]!;
  const replaced = edit(parent[last]);
  if (replaced !== DELETE) parent[last] = replaced;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return value;
}

/** One to three edits of a copy of one of `bases`. */
export function editedValue(bases: readonly unknown[]): fc.Arbitrary<unknown> {
  const edits = fc.array(fc.tuple(fc.nat(), NODE_EDITS), { minLength: 1, maxLength: 3 });
  return fc.tuple(fc.nat(bases.length - 1), edits).map(([index, steps]) =>
    steps.reduce((value, [pick, edit]) => applyAt(value, pick, edit), structuredClone(bases[index])),
  );
}
