import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { ParsedDocument } from "./document.js";

/**
 * A file nested thousands of levels deep (brackets in brackets, quotes in quotes) overflows the
 * stack of the parser that reads it: that is the file's fault, not a bug. It is said at the start
 * of the file, since where the stack ran out depends on how deep it already was, not on the file.
 */
export function nestedTooDeep(file: string, kind: ParsedDocument["kind"]): ParsedDocument {
  const diagnostic = makeDiagnostic("nested-too-deep", "the file nests lists, mappings, quotes or brackets too deeply to be read", file, START_OF_FILE);
  return { file, kind, value: undefined, locate: () => START_OF_FILE, diagnostics: [diagnostic] };
}

/** Whether `error` is V8's stack overflow. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
