import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLError } from "yaml";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { clip, makeDiagnostic } from "../diagnostics/make.js";
import type { DataPath, ParsedDocument } from "./document.js";
import { parseFastYamlDocument } from "./fast-yaml.js";
import { isTextLikeComment } from "./fast-yaml-syntax.js";
import { droppedCharacters, escapedControls, loneCarriageReturn } from "./decode.js";
import { isStackOverflow, nestedTooDeep } from "./nesting.js";
import { LineIndex } from "./positions.js";
import { stripForbiddenKeys } from "./sanitize.js";
import { doubleQuoted, noBreakSpaceAt, type Mistake, yamlMistakeAt } from "./yaml-mistakes.js";

/** Aliases a file may expand; a group file has no use for more, a "billion laughs" file has millions. */
const MAX_ALIAS_COUNT = 100;

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: "YAML indents with spaces, not tabs: replace the tab with spaces.",
  BAD_INDENT: "Line this key up with the keys beside it.",
  MULTIPLE_DOCS: "A plan file holds one YAML document: remove the second `---`.",
  BLOCK_AS_IMPLICIT_KEY: "A key is missing its colon, or a value spans lines without quotes.",
  MISSING_CHAR: "A closing quote or bracket is missing.",
  MULTILINE_IMPLICIT_KEY: "A key is missing its colon, or a value spans lines without quotes.",
  UNEXPECTED_TOKEN: "A list item and a key cannot stand at the same indentation; check this line and the one above.",
};

/** A flow collection left open says BAD_INDENT, but the fix is the bracket, not the indentation. */
function yamlHint(error: YAMLError): string | undefined {
  if (isUnclosedFlow(error)) {
    return "A `[` or `{` above is not closed: close it on the line where it opens, or indent the lines that continue it.";
  }
  return YAML_HINTS[error.code];
}

/** `lead: [MX, IOM]]`: a closing bracket with no opening one, which the package calls an unexpected token. */
function strayCloser(error: YAMLError, text: string, lines: LineIndex): Mistake | undefined {
  const closer = text[error.pos[0]];
  if (error.code !== "UNEXPECTED_TOKEN" || (closer !== "]" && closer !== "}")) return undefined;
  const opener = closer === "]" ? "[" : "{";
  return { range: lines.range(error.pos[0], error.pos[0] + 1), message: `this ${closer} closes no ${opener}`, hint: `Delete it, or open what it closes with ${opener}.` };
}

const isUnclosedFlow = (error: YAMLError) => /^Flow (map|sequence) in block collection/.test(error.message);
const isUnclosedQuote = (error: YAMLError) => error.code === "MISSING_CHAR" && /quote/.test(error.message);

/**
 * The yaml package reports a quote or bracket left open where it gave up looking for the close,
 * lines below or at the end of the file, and a quote that closes too soon ('the RCM's plan') where
 * the text goes on after it. The fix is at the quote or bracket: the diagnostic points there, found
 * as the quoted text or flow collection that ends where the error is.
 */
function misquotedAt(doc: Document, error: YAMLError, text: string, lines: LineIndex): Mistake | undefined {
  const at = error.pos[0];
  if (isUnclosedFlow(error)) {
    const start = startOfNodeEndingAt(doc, at, (node) => (isMap(node) || isSeq(node)) && node.flow === true);
    if (start === undefined) return undefined;
    const opener = text[start];
    return { range: lines.restOfLine(start), message: `the ${opener} opened here is not closed`, hint: `Close it with ${opener === "[" ? "]" : "}"} on this line, or indent the lines that continue it.` };
  }
  const quoted = (node: unknown) => isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
  if (isUnclosedQuote(error)) {
    // The text left open runs to where the parser gave up, the spaces it ends with included.
    const start = startOfNodeEndingAt(doc, at, quoted);
    if (start === undefined) return undefined;
    const quote = text[start]!;
    return { range: lines.restOfLine(start), message: `the ${quote} opened here is not closed`, hint: `Close it with ${quote} where the text ends; a text over several lines is closed after its last line.` };
  }
  // A quoted text that ends where the error is, or a few spaces before it on the same line, and
  // goes on after its closing quote: the quote was meant as part of it.
  let end = at;
  while (text[end - 1] === " ") end--;
  const start = startOfNodeEndingAt(doc, end, quoted);
  if (start === undefined) return undefined;
  const quote = text[start]!;
  if (text[end - 1] !== quote || !/[^\s,:#\]}]/.test(text[at] ?? " ")) return undefined;
  const hint = quote === "'" ? `Inside '…' write an apostrophe twice ('the RCM''s plan'), or quote the text with "…" instead.` : `Inside "…" write a quote as \\" ("the \\"Puebla\\" process"), or quote the text with '…' instead.`;
  return { range: lines.range(end - 1, end), message: `this ${quote} ends the quoted text, and the text goes on after it`, hint };
}

/** Where the first node ending at offset `end` that `wanted` accepts starts. */
function startOfNodeEndingAt(doc: Document, end: number, wanted: (node: unknown) => boolean): number | undefined {
  let start: number | undefined;
  visit(doc, (_, node) => {
    if (!isNodeWithRange(node) || node.range[1] !== end || !wanted(node)) return undefined;
    start = node.range[0];
    return visit.BREAK;
  });
  return start;
}

/**
 * Parses YAML text, keeping the way back from a data path to line and column. The fast reader
 * takes the files it is sure of; the yaml package reads the others and gives every diagnostic.
 */
export function parseYaml(file: string, text: string): ParsedDocument {
  return escapedControls(parseFastYamlDocument(file, text) ?? parseYamlWithPackage(file, text), text);
}

/**
 * The yaml package's document of `text`, or undefined where its parser ran out of stack: it
 * recurses once a mapping it opens, and a line of thousands of `key: ` (`{en: a: b a: b …}`, each
 * read as a key) overflowed it, which was reported as a bug in rcm-plan.
 */
function parsedOrTooDeep(text: string): ReturnType<typeof parseDocument> | undefined {
  try {
    return parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: "error" });
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
}

/** The yaml package's reading: what parseYaml falls back to, and the fast reader's reference. */
export function parseYamlWithPackage(file: string, text: string): ParsedDocument {
  const lines = new LineIndex(text);
  // Duplicate keys are found below, so that the file is still checked with the last value winning.
  // logLevel "error": the package would print its warnings (a key that is a list) to stderr, beside the report.
  const doc = parsedOrTooDeep(text);
  if (doc === undefined) return nestedTooDeep(file, "yaml");
  const locate = makeLocator(doc, lines);
  // The yaml package ends lines at LF only: a file whose lines end in a lone CR (old Mac editors)
  // reads as one long line, often one comment, and would be called empty.
  const loneCr = loneCarriageReturn(file, text, () => lines);
  if (loneCr) return { file, kind: "yaml", value: undefined, locate, diagnostics: [loneCr] };
  // The yaml package says "Maximum call stack size exceeded" where the stack happened to run out.
  if (doc.errors.some((error) => error.code === "RESOURCE_EXHAUSTION")) return { ...nestedTooDeep(file, "yaml"), locate };
  // The fast reader gives up any file holding a control character: the only place to say it.
  const diagnostics: Diagnostic[] = droppedCharacters(file, text, 0, () => lines);
  // One broken line (a tab, a lost colon) sets the parser off for the lines after it, which it
  // then reports too: as eslint and compilers do, only the first error is said.
  const errors = doc.errors.length > 0 ? [doc.errors.reduce((first, error) => (error.pos[0] < first.pos[0] ? error : first))] : doc.warnings;
  const errorLines = new Set<number>();
  for (const error of errors) {
    const mistake = error.code === "MULTIPLE_DOCS" ? secondDocument(lines, error, text) : (misquotedAt(doc, error, text, lines) ?? strayCloser(error, text, lines) ?? tabMistake(text, lines, error) ?? (error.code === "TAB_AS_INDENT" ? undefined : yamlMistakeAt(text, lines, error.pos[0])));
    const range = mistake?.range ?? lines.range(error.pos[0], error.pos[1]);
    if (errorLines.has(range.line)) continue;
    errorLines.add(range.line);
    const related = mistake?.related ? [{ file, ...lines.position(mistake.related.offset), message: mistake.related.message }] : undefined;
    diagnostics.push(makeDiagnostic("yaml-syntax", mistake?.message ?? firstLine(error.message), file, range, { hint: mistake?.hint ?? yamlHint(error), related }));
  }
  if (doc.errors.length === 0) for (const found of [duplicateKeys(file, doc, lines), commentsInTexts(file, doc, text, lines)]) for (const diagnostic of found) diagnostics.push(diagnostic);
  if (doc.errors.length > 0) return { file, kind: "yaml", value: undefined, locate, diagnostics };
  // Valid YAML that does not say what was meant: the file is not read on, and fmt does not rewrite it.
  const cut = commaCutTexts(file, doc, text, lines);
  if (cut.length > 0) return { file, kind: "yaml", value: undefined, locate, diagnostics: [...diagnostics, ...cut] };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (/^Unresolved alias/.test(error.message)) {
      // `- id: *INT-1.1`: a text starting with *, an alias of no anchor. Only a mistake on the
      // alias's own line is this one: the lines around it read well, anchors and aliases too.
      const start = unresolvedAliasStart(doc);
      const found = yamlMistakeAt(text, lines, start);
      const mistake = found?.range.line === lines.position(start).line ? found : undefined;
      const message = mistake?.message ?? `${text.slice(start, lines.lineEnd(start)).split(/[\s,\]}]/)[0]} is an alias, and no anchor of that name comes before it`;
      diagnostics.push(makeDiagnostic("yaml-syntax", message, file, mistake?.range ?? lines.restOfLine(start), { hint: mistake?.hint ?? "Put the text in quotes if the * is part of it." }));
      return { file, kind: "yaml", value: undefined, locate, diagnostics };
    }
    diagnostics.push(makeDiagnostic("yaml-aliases", `the file expands more than ${MAX_ALIAS_COUNT} aliases`, file, firstAliasRange(doc, lines)));
    return { file, kind: "yaml", value: undefined, locate, diagnostics };
  }
  value = stripForbiddenKeys(value, [], (path, key) => {
    const at = [...path, key];
    diagnostics.push(makeDiagnostic("forbidden-key", `the key '${key}' is not allowed`, file, locate(at, "key"), { path: at }));
  });
  return { file, kind: "yaml", value, locate, diagnostics };
}

/**
 * `title: {en: Pilot, test and review a channel, es: …}`: inside braces a comma ends a plain text,
 * and the words after it are read as a key with no value (`test and review a channel: null`),
 * which fmt would then write out as one. Said at the comma, with the text quoted whole, once for
 * each text so cut, however many commas it holds.
 */
function commaCutTexts(file: string, doc: Document, source: string, lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  const noValue = (pair: unknown): pair is Pair & { key: YamlNode & { range: [number, number, number]; value: unknown } } =>
    isPair(pair) && pair.value === null && isScalar(pair.key) && isNodeWithRange(pair.key);
  visit(doc, {
    Map(_, map) {
      if (!map.flow) return;
      // `{country:<NBSP>GT}`: a colon is a key's only before a space, and YAML reads this as a text, a key with no value.
      const spacedColon = (pair: unknown) => (noValue(pair) ? /:[\u00a0\u202f]/.exec(source.slice(pair.key.range[0], pair.key.range[1])) : null);
      map.items.forEach((pair, i) => {
        if (!noValue(pair)) return;
        const spaced = spacedColon(pair);
        if (spaced) {
          const { range, message, hint } = noBreakSpaceAt(lines, pair.key.range[0] + spaced.index + 1, "after the key's colon");
          found.push(makeDiagnostic("yaml-syntax", message, file, range, { hint }));
          return;
        }
        const before = map.items[i - 1];
        if (noValue(before) && !spacedColon(before)) return;
        let last = i;
        // The words a comma cut off, up to a key that is the no-break space's (said on its own).
        while (noValue(map.items[last + 1]) && !spacedColon(map.items[last + 1])) last++;
        const words = map.items.slice(i, last + 1).map((each) => String((each.key as { value: unknown }).value));
        const text = isPair(before) && isScalar(before.key) && isScalar(before.value) && typeof before.value.value === "string" ? before : undefined;
        if (text === undefined) {
          const range = lines.range(pair.key.range[0], pair.key.range[1]);
          found.push(makeDiagnostic("yaml-syntax", `'${clip(words[0]!)}' has no colon: inside { } each entry is key: value`, file, range, { hint: "Write it as key: value, or put the text it belongs to in quotes if the comma before it is part of the text." }));
          return;
        }
        const key = String((text.key as { value: unknown }).value);
        const comma = source.lastIndexOf(",", pair.key.range[0]);
        const whole = [(text.value as { value: string }).value, ...words].join(", ");
        const message = `this comma ends the text of '${clip(key)}' inside { }: '${clip(words[0]!)}' after it is read as a key with no value`;
        found.push(makeDiagnostic("yaml-syntax", message, file, lines.range(comma, comma + 1), { hint: `Put the whole text in quotes: \`${key}: ${doubleQuoted(clip(whole))}\`.` }));
      });
    },
  });
  return found;
}

/** Each key that repeats an earlier key of the same mapping, pointing back at the first. */
function duplicateKeys(file: string, doc: Document, lines: LineIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(doc, {
    Map(_, map) {
      const first = new Map<string, YamlNode & { range: [number, number, number] }>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !isNodeWithRange(pair.key)) continue;
        const key = String(pair.key.value);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, pair.key);
          continue;
        }
        const { line, column } = lines.position(earlier.range[0]);
        diagnostics.push(makeDiagnostic("duplicate-key", `duplicate key '${clip(key)}' in the same mapping`, file, lines.range(pair.key.range[0], pair.key.range[1]), {
          related: [{ file, line, column, message: `first '${clip(key)}'` }],
        }));
      }
    },
  });
  return diagnostics;
}

/**
 * Each plain text that a comment cuts short where the comment reads as more of the text
 * (`title: Plan #2`): YAML drops it without a word, and the draft would lose it.
 */
function commentsInTexts(file: string, doc: Document, text: string, lines: LineIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(doc, {
    Scalar(_, scalar) {
      if (scalar.type !== "PLAIN" || !scalar.range || !scalar.comment || scalar.range[0] === scalar.range[1]) return;
      // The comment on the text's own line (one on a line below may be the text's too).
      let comment = scalar.range[1];
      while (text[comment] === " " || text[comment] === "\t") comment++;
      if (text[comment] !== "#" || !isTextLikeComment(text.charCodeAt(comment + 1))) return;
      const end = lines.lineEnd(comment);
      const cut = text.slice(comment, end).trimEnd();
      diagnostics.push(makeDiagnostic("comment-in-text", `the text stops before '${clip(cut)}': after a space or a tab, # starts a comment in YAML, which is not part of the text`, file, lines.range(comment, comment + cut.length), {
        hint: `Put the whole text in quotes ("… ${clip(cut)}") to keep it in; a comment goes on a line of its own, or starts with "# "`,
      }));
    },
  });
  return diagnostics;
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
    return isScalar(target) ? lines.scalarRange(start, valueEnd) : lines.restOfLine(start, valueEnd);
  };
}

function child(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    // The last of duplicate keys, as the parsed value holds the last one.
    const pair = [...node.items].reverse().find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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

/** Where the first alias that no anchor before it names starts (the file's first alias may resolve). */
function unresolvedAliasStart(doc: Document): number {
  const anchors = new Set<string>();
  let start = 0;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined;
      start = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
    if (isNode(node) && node.anchor !== undefined) anchors.add(node.anchor);
    return undefined;
  });
  return start;
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

/** The parser's errors a tab in the indentation makes, under whatever name: those of indentation, not a text's or a flow's. */
const INDENTATION_ERRORS = new Set(["TAB_AS_INDENT", "BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "MISSING_CHAR"]);

/**
 * A tab indenting the line of an indentation error, or the next line when the error is at its
 * line's end: the tab is then what to fix, whatever the parser calls the error. After `partners:`
 * a line `\t- IOM` is first "a block sequence may not be used as an implicit map key"; after a
 * block text, `\tlead: [MX]` is "block scalar lines must not be less indented". A tab after an
 * item's dash (`-\tid: …`) indents the item's mapping. A tab inside a flow or a quoted text is
 * whitespace YAML allows, and is left alone.
 */
function tabMistake(text: string, lines: LineIndex, error: YAMLError): Mistake | undefined {
  if (!INDENTATION_ERRORS.has(error.code)) return undefined;
  const offset = error.pos[0];
  const { line } = lines.position(offset);
  const ownEnd = lines.lineEnd(lines.lineStart(line - 1));
  for (const index of offset >= ownEnd ? [line - 1, line] : [line - 1]) {
    if (index >= lines.lineCount) break;
    const start = lines.lineStart(index);
    const indent = /^ *(?:- *)*\t[ \t]*\S/.exec(text.slice(start, lines.lineEnd(start)));
    if (indent) {
      const tab = start + indent[0].indexOf("\t");
      return { range: lines.range(tab, tab + 1), message: "Tabs are not allowed as indentation", hint: YAML_HINTS.TAB_AS_INDENT! };
    }
  }
  return undefined;
}

/** `---` (or `...`) after the file's first document: the parser's words are about its own API. */
function secondDocument(lines: LineIndex, error: YAMLError, text: string): Mistake {
  const range = lines.restOfLine(error.pos[0]);
  // After `...` (the end of a document), any line is a second one, not only a `---`.
  const ended = /(?:^|\n)\.\.\.[ \t]*\r?\n/.test(text.slice(0, error.pos[0]));
  if (ended && !text.startsWith("---", error.pos[0])) {
    return { range, message: "this comes after the `...` that ends the file's YAML document", hint: "Remove the `...` line above: a plan file holds one YAML document." };
  }
  return { range, message: "a second YAML document starts here; a plan file holds one", hint: YAML_HINTS.MULTIPLE_DOCS! };
}
