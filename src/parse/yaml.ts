import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair } from "yaml";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { DataPath, ParsedDocument } from "./document.js";
import { LineIndex } from "./positions.js";
import { stripForbiddenKeys } from "./sanitize.js";

/** Aliases a file may expand; a group file has no use for more, a "billion laughs" file has millions. */
const MAX_ALIAS_COUNT = 100;

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: "YAML indents with spaces, not tabs: replace the tab with spaces.",
  BAD_INDENT: "Line this key up with the keys beside it.",
  MULTIPLE_DOCS: "A plan file holds one YAML document: remove the second `---`.",
  BLOCK_AS_IMPLICIT_KEY: "A key is missing its colon, or a value spans lines without quotes.",
  MISSING_CHAR: "A closing quote or bracket is missing.",
};

/** Parses YAML text, keeping the way back from a data path to line and column. */
export function parseYaml(file: string, text: string): ParsedDocument {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const diagnostics: Diagnostic[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const [start, end] = error.pos;
    const range = lines.range(start, end);
    if (error.code === "DUPLICATE_KEY") {
      const key = text.slice(start, end).trim() || "this key";
      diagnostics.push(makeDiagnostic("duplicate-key", `duplicate key '${key}' in the same mapping`, file, range));
    } else {
      const message = firstLine(error.message);
      diagnostics.push(makeDiagnostic("yaml-syntax", message, file, range, { hint: YAML_HINTS[error.code] }));
    }
  }
  const locate = makeLocator(doc, lines);
  if (doc.errors.length > 0) return { file, kind: "yaml", value: undefined, locate, diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliasRange = firstAliasRange(doc, lines);
    diagnostics.push(makeDiagnostic("yaml-aliases", `the file expands more than ${MAX_ALIAS_COUNT} aliases`, file, aliasRange));
    return { file, kind: "yaml", value: undefined, locate, diagnostics };
  }
  value = stripForbiddenKeys(value, [], (path, key) => {
    const at = [...path, key];
    diagnostics.push(makeDiagnostic("forbidden-key", `the key '${key}' is not allowed`, file, locate(at, "key"), { path: at }));
  });
  return { file, kind: "yaml", value, locate, diagnostics };
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "");
}

function makeLocator(doc: Document, lines: LineIndex) {
  return (path: DataPath, part: "key" | "value" = "value"): Range => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.node;
      pair = next.pair;
    }
    const target = part === "key" && pair && isNodeWithRange(pair.key) ? pair.key : node;
    if (!isNodeWithRange(target)) return lines.range(0, 0);
    const [start, valueEnd] = target.range;
    return isScalar(target) ? lines.range(start, valueEnd) : lines.restOfLine(start, valueEnd);
  };
}

function child(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    return { node: pair.value ?? pair.key, pair };
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

function isNodeWithRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return typeof node === "object" && node !== null && Array.isArray((node as { range?: unknown }).range);
}

function firstAliasRange(doc: Document, lines: LineIndex): Range {
  let start = 0;
  visit(doc, {
    Alias(_, alias) {
      start = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return lines.restOfLine(start);
}
