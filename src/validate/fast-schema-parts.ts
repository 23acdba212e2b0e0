/**
 * The parts fast-schema.ts builds the plan's schemas from: each reads a parsed value as the zod
 * schema it is named for would (zod 4), and gives zod's output, or undefined where zod would fail
 * or where the part is not sure. Nothing but the output is built: no issues, no wrappers, so a
 * failure costs nothing to say, and the caller asks zod for the diagnostics.
 *
 * The zod behaviour they copy (node_modules/zod/src/v4/core/schemas.ts): an object's output has
 * its schema's key order, whatever the input's; an optional key that is absent stays absent and a
 * defaulted one gets a fresh copy of its default, which is not checked; a union takes its first
 * option that succeeds; `.trim()` changes the value before `.min(1)` sees it, and a regex sees
 * the string as written; `.int()` takes only safe integers.
 *
 * Given `share`, a part gives back the input itself where it already is the output (a text map
 * whose texts need no trimming, a list of ids, an indicator with its keys in the shape's order),
 * instead of a copy: a large plan's values were otherwise held twice, and the collector copied
 * both. Only for plain parsed data, whose objects and lists hold only enumerable string keys and
 * indices (as every parser gives them): a symbol or hidden key would be kept where zod drops it.
 */

/** Reads a value as a zod schema would: the schema's output, or undefined to leave it to zod. */
export type FastReader = (value: unknown, share: boolean) => unknown;

/** A key of a strict object: read when present; when absent, required, left out, or made by the function. */
export interface Field {
  read: FastReader;
  absent: "required" | "optional" | (() => unknown);
}

/** `.optional()` */
export function optional(read: FastReader): Field {
  return { read, absent: "optional" };
}

/** `.default(value)`: `make` returns a new value each time, as zod copies its default. */
export function withDefault(read: FastReader, make: () => unknown): Field {
  return { read, absent: make };
}

/**
 * A mapping as the parsers make it. zod takes any non-array object (class instances too); this
 * reading takes only those whose keys and values it can be sure of.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `z.strictObject(shape)`: no other keys; the output has the shape's key order. */
export function strictObject(shape: Record<string, FastReader | Field>): FastReader {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => {
    const field = shape[key]!;
    return typeof field === "function" ? { read: field, absent: "required" as const } : field;
  });
  const order = new Map(keys.map((key, i) => [key, i]));
  return (value, share) => {
    if (!isPlainObject(value)) return undefined;
    // zod looks for unknown keys with for...in too, so inherited enumerable keys count the same.
    // The input is the output when its keys come in the shape's order and nothing is added or changed.
    let same = share && Object.getPrototypeOf(value) === Object.prototype;
    let next = 0;
    for (const key in value) {
      const index = order.get(key);
      if (index === undefined) return undefined;
      if (index < next) same = false;
      next = index + 1;
    }
    let output: Record<string, unknown> | undefined = same ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const given = value[key];
      const { read, absent } = fields[i]!;
      if (given === undefined) {
        // A key written without a value (the parsers never give one) is left to zod.
        if (absent === "required" || key in value) return undefined;
        if (absent !== "optional") {
          output ??= copyOf(value, keys, i);
          output[key] = absent();
        }
        continue;
      }
      const result = read(given, share);
      if (result === undefined) return undefined;
      if (output === undefined && result !== given) output = copyOf(value, keys, i);
      if (output !== undefined) output[key] = result;
    }
    return output ?? value;
  };
}

/** A new object with `value`'s entries for the shape's first `count` keys, which the output shares so far. */
function copyOf(value: Record<string, unknown>, keys: readonly string[], count: number): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const given = value[keys[i]!];
    if (given !== undefined) output[keys[i]!] = given;
  }
  return output;
}

/** `z.record(z.string(), values)`: the input's own keys, in the input's order. */
export function recordOf(values: FastReader): FastReader {
  return (value, share) => {
    if (!isPlainObject(value)) return undefined;
    const output: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(value)) {
      // zod fails on a symbol key and leaves out __proto__ and keys that are not enumerable.
      if (typeof key !== "string" || key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) return undefined;
      const result = values(value[key], share);
      if (result === undefined) return undefined;
      output[key] = result;
    }
    return output;
  };
}

/** `z.array(item)`, with `.min(min)` when given. */
export function listOf(item: FastReader, min = 0): FastReader {
  return (value, share) => {
    if (!Array.isArray(value) || value.length < min) return undefined;
    let output: unknown[] | undefined = share ? undefined : new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const given: unknown = value[i];
      const result = item(given, share);
      if (result === undefined) return undefined;
      if (output === undefined && result !== given) output = value.slice(0, i);
      if (output !== undefined) output[i] = result;
    }
    return output ?? value;
  };
}

/** `z.union([item, z.array(item).min(min)]).transform((v) => (Array.isArray(v) ? v : [v]))` */
export function oneOrList(item: FastReader, min = 0): FastReader {
  const list = listOf(item, min);
  return (value, share) => {
    if (Array.isArray(value)) return list(value, share);
    const result = item(value, share);
    return result === undefined ? undefined : [result];
  };
}

/** `z.string().trim().min(1)` */
export function nonEmpty(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** `z.string().regex(pattern)`; the patterns have no g or y flag, so test() keeps no state. */
export function matching(pattern: RegExp): FastReader {
  return (value) => (typeof value === "string" && pattern.test(value) ? value : undefined);
}

/** `z.enum(values)` */
export function oneOf(values: readonly string[]): FastReader {
  return (value) => (typeof value === "string" && values.includes(value) ? value : undefined);
}

/** `z.number().int()`, from `min` to `max`; `.positive()` is a `min` of 1 for an integer. */
export function integer(min: number, max = Number.MAX_SAFE_INTEGER): FastReader {
  return (value) => (typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined);
}
