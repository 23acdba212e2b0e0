/**
 * Scalar values for the fast YAML reader (fast-yaml.ts), ported from the yaml package (2.x,
 * compose/resolve-flow-scalar.js, compose/resolve-block-scalar.js, schema/core/*) so that each
 * scalar reads exactly as the yaml package reads it. Where the yaml package would report an error,
 * these functions return BAD and the caller bails.
 */

/** Marks input the yaml package would report as an error. */
export const BAD: unique symbol = Symbol("bad scalar");

/** A plain scalar's value under the YAML 1.2 core schema, tested in the yaml package's order. */
export function resolvePlain(source: string): unknown {
  // Most scalars are words: only ~ n N t T f F + - . and digits can start a null, a boolean or a number.
  const first = source.charCodeAt(0);
  if (source !== "" && !(first < 128 && MAYBE_TYPED[first] === 1)) return source;
  // Nor can a text with a character none of them has, such as a space or the Q of 2024-Q1.
  for (let i = 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c >= 128 || TYPED_CHARACTERS[c] === 0) return source;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === "t" || source[0] === "T";
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (source.slice(-3).toLowerCase() === "nan") return NaN;
    return source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}

const MAYBE_TYPED = new Uint8Array(128);
for (const c of "~nNtTfF0123456789+-.") MAYBE_TYPED[c.charCodeAt(0)] = 1;
/** Every character that a null, a boolean or a number of the core schema can hold after its first. */
const TYPED_CHARACTERS = new Uint8Array(128);
for (const c of "0123456789+-.eEoxabcdefABCDEFinfINFaNulLrRuUsS") TYPED_CHARACTERS[c.charCodeAt(0)] = 1;

/** A single-quoted scalar's value; `source` includes the quotes and may span lines. */
export function singleQuotedValue(source: string): string {
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}

/** Folds the lines of a plain or single-quoted scalar: one line break is a space, more are newlines. */
export function unfoldLines(source: string): string {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let result = match[1]!.replace(/(?<![ \t])[ \t]+$/, "");
  let sep = " ";
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const trimmed = match[1]!.replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, "");
    if (trimmed === "") {
      if (sep === "\n") result += sep;
      else sep = "\n";
    } else {
      result += sep + trimmed;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return result + sep + (match?.[1] ?? "");
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029", " ": " ", '"': '"', "/": "/", "\\": "\\", "\t": "\t",
};

/** A double-quoted scalar's value, or BAD for an escape the yaml package rejects. */
export function doubleQuotedValue(source: string): string | typeof BAD {
  let result = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === "\r" && source[i + 1] === "\n") continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      result += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const escaped = next === undefined ? undefined : ESCAPES[next];
      if (escaped) result += escaped;
      else if (next === "\n" || (next === "\r" && source[i + 1] === "\n")) {
        // An escaped line break joins the lines; the next line's indentation is still dropped.
        if (next === "\r") ++i;
        next = source[i + 1];
        while (next === " " || next === "\t") next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const code = source.substr(i + 1, length);
        if (code.length !== length || !/^[0-9a-fA-F]+$/.test(code) || parseInt(code, 16) > 0x10ffff) return BAD;
        result += String.fromCodePoint(parseInt(code, 16));
        i += length;
      } else return BAD;
    } else if (ch === " " || ch === "\t") {
      // Spaces before a line break are dropped.
      const from = i;
      let next = source[i + 1];
      while (next === " " || next === "\t") next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) result += source.slice(from, i + 1);
    } else result += ch;
  }
  return result;
}

/** One line break is a space; N line breaks (with only blanks between) are N - 1 newlines. */
function foldNewline(source: string, offset: number): { fold: string; offset: number } {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n") break;
    if (ch === "\n") fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  return { fold: fold || " ", offset };
}

/** A line of a block scalar: its indentation and the text after it ("" for a blank line). */
export interface BlockLine {
  indent: number;
  text: string;
}

/**
 * A `|`, `|-`, `>` or `>-` block scalar's value from its lines, as resolve-block-scalar.js builds it.
 * The caller has checked that no blank line before the first text or after the last is indented
 * deeper than `indent`, and that the last line holds text.
 */
export function blockScalarValue(lines: readonly BlockLine[], indent: number, folded: boolean, strip: boolean): string {
  let value = "";
  let start = 0;
  for (; lines[start]!.text === ""; start++) value += "\n";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const deeper = " ".repeat(Math.max(0, line.indent - indent)) + line.text;
    if (!folded) {
      value += sep + deeper;
      sep = "\n";
    } else if (line.indent > indent) {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + deeper;
      sep = "\n";
      prevMoreIndented = true;
    } else if (line.text === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + line.text;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  return strip ? value : value + "\n";
}
