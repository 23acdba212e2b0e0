import type { z } from "zod";
import type { DataPath } from "../parse/document.js";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schemas a path may lead to (several where a union offers several shapes). */
function schemasAt(schema: z.ZodType, path: DataPath): z.ZodType[] {
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === "object" && typeof segment === "string" && def.shape?.[segment]) return unwrap(def.shape[segment]);
      if (def.type === "array" && typeof segment === "number" && def.element) return unwrap(def.element);
      return [];
    });
  }
  return current;
}

/** Through optional, default, pipe and union wrappers to the schemas that check a value's shape. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  if (def.type === "union" && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

/** The keys the format allows for the mapping at `path`, for "did you mean". */
export function objectKeysAt(schema: z.ZodType, path: DataPath): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def.type === "object" && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys];
}
