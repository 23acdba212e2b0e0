import type { DataPath } from "./document.js";

export const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A copy of `value` without keys that could reach Object.prototype; `onForbidden` hears of each.
 * Parsers call this so that nothing downstream ever sees such a key.
 */
export function stripForbiddenKeys(
  value: unknown,
  path: DataPath,
  onForbidden: (path: DataPath, key: string) => void,
): unknown {
  if (Array.isArray(value)) return value.map((item, index) => stripForbiddenKeys(item, [...path, index], onForbidden));
  if (value === null || typeof value !== "object") return value;
  const clean: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      onForbidden(path, key);
      continue;
    }
    clean[key] = stripForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], onForbidden);
  }
  return clean;
}
