/**
 * Generated YAML for test/core/fast-yaml.test.ts: documents of the block subset plan and group
 * files use, written with every scalar style, comments and blank lines, and ways to break them.
 * The texts need not mean what the tree says: the yaml package is the oracle, so any text will do,
 * and texts close to the subset test the fast reader where it matters.
 */
import fc from "fast-check";

const WORDS = [
  "acción", "niño", "año", "Núñez", "¿Qué", "pasa?", "¡Sí!", "país", "migración", "Ana", "IOM", "SV", "MX",
  "x", "a", "b", "text", "2019", "2019-Q3", "1.5", "0x1F", "0o17", "-3", "+4", ".5", "1e3", "1.", "007",
  ".inf", "-.Inf", ".nan", "true", "False", "TRUE", "yes", "off", "~", "null", "Null", "NULL", "🌎",
];
/** Characters that mean something somewhere in YAML, alone or inside words. */
const SPECIALS = [
  ":", "a:b", "http://x.org", "#", "a#b", "-", "-x", "'", "it's", '"', '"q"', "\\", "\\n", "[", "]", "{", "}",
  ",", "a,b", "&a", "*b", "!t", "%", "@", "`", "|", ">", "?", "? x", "--", "...", "a: b", "x #c",
];
const KEYS = [
  "id", "title", "en", "es", "lead", "partners", "a", "b", "b-c", "año", "x y", "timeframe", "start", "end",
  "2019", "true", "null", "~", "__proto__", "<<", "constructor", "toString", "a:b", "é", "-k", "k-",
];
const COMMENTS = ["# note", "#", "# a: b", "# - x", "#ñ", "# 'q", "#: x"];
const DOUBLE_ESCAPES = ["\\n", "\\t", "\\\\", '\\"', "\\x41", "\\u00f1", "\\U0001F30E", "\\/", "\\ ", "\\_", "\\q", "\\x4", "\\u12", "\\U00110000", "\\0", "\\e"];

type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded" | "lines" | "quoted-lines" | "empty" | "below";

interface Scalar {
  t: "scalar";
  style: ScalarStyle;
  text: string;
  strip: boolean;
  comment: string | undefined;
  /** Extra indentation for continuation lines, and which of them get more. */
  extra: number;
  blankAt: number;
}
interface Flow {
  t: "flow";
  map: boolean;
  padded: boolean;
  items: string[];
  nested: boolean;
}
interface Mapping {
  t: "map";
  entries: { key: string; value: Tree; blank: boolean; comment: string | undefined; commentIndent: number }[];
}
interface Sequence {
  t: "seq";
  items: Tree[];
  atKeyColumn: boolean;
  dashSpaces: number;
}
type Tree = Scalar | Flow | Mapping | Sequence;

const words = (specials: number) =>
  fc
    .array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, { weight: specials, arbitrary: fc.constantFrom(...SPECIALS) }), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(" "));
/** Mostly words that a plain scalar can hold, sometimes joined oddly or with a special character. */
const text = fc.oneof(
  { weight: 6, arbitrary: words(1) },
  { weight: 1, arbitrary: fc.tuple(words(4), fc.constantFrom("", "  ")).map(([t, sep]) => t.replace(/ /g, sep || " ")) },
);
const escapes = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DOUBLE_ESCAPES.slice(0, 10)) }, { weight: 1, arbitrary: fc.constantFrom(...DOUBLE_ESCAPES) });

const scalar: fc.Arbitrary<Scalar> = fc.record({
  t: fc.constant("scalar" as const),
  style: fc.constantFrom<ScalarStyle>("plain", "plain", "plain", "single", "double", "literal", "folded", "lines", "quoted-lines", "empty", "below"),
  text: fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.tuple(text, escapes, text).map((parts) => parts.join("")) }),
  strip: fc.boolean(),
  comment: fc.option(fc.constantFrom(...COMMENTS), { freq: 4 }),
  extra: fc.nat(3),
  blankAt: fc.nat(6),
});

const flowItem = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIALS, "'a, b'", '"c: d"', "'it''s'", '"\\u00f1"', "") },
);

const flow: fc.Arbitrary<Flow> = fc.record({
  t: fc.constant("flow" as const),
  map: fc.boolean(),
  padded: fc.boolean(),
  items: fc.array(flowItem, { maxLength: 4 }),
  nested: fc.boolean(),
});

const { tree, mapping, sequence } = fc.letrec<{ tree: Tree; mapping: Mapping; sequence: Sequence }>((tie) => ({
  tree: fc.oneof({ maxDepth: 4, depthSize: "small" }, scalar, flow, tie("mapping"), tie("sequence")),
  mapping: fc.record({
    t: fc.constant("map" as const),
    entries: fc.uniqueArray(
      fc.record({
        key: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...KEYS.slice(0, 14)) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) }),
        value: tie("tree"),
        blank: fc.boolean(),
        comment: fc.option(fc.constantFrom(...COMMENTS), { freq: 5 }),
        commentIndent: fc.nat(4),
      }),
      { selector: (entry) => entry.key, minLength: 1, maxLength: 5 },
    ),
  }),
  sequence: fc.record({
    t: fc.constant("seq" as const),
    items: fc.array(tie("tree"), { minLength: 1, maxLength: 4 }),
    atKeyColumn: fc.boolean(),
    dashSpaces: fc.constantFrom(1, 1, 1, 2),
  }),
}));

const pad = (n: number) => " ".repeat(n);

/** What goes after `key:` or `-` on the same line, and the lines below it. */
interface Rendered {
  head: string;
  rest: string[];
}

function renderScalar(node: Scalar, indent: number): Rendered {
  const comment = node.comment ? `  ${node.comment}` : "";
  const words = node.text.split(" ");
  const below = (parts: string[]) =>
    parts.map((part, i) => (i === node.blankAt ? "" : pad(indent + 2 + (i % 3 === 2 ? node.extra : 0)) + part));
  switch (node.style) {
    case "plain":
      return { head: ` ${node.text}${comment}`, rest: [] };
    case "single":
      return { head: ` '${node.text.replace(/'/g, "''")}'${comment}`, rest: [] };
    case "double":
      return { head: ` "${node.text.replace(/"/g, '\\"')}"${comment}`, rest: [] };
    case "lines":
      return { head: ` ${words[0]}`, rest: below(words.slice(1)) };
    case "empty":
      return { head: comment, rest: [] };
    case "below": {
      const between = node.extra === 3 ? [`${pad(node.blankAt % 4)}#c`] : node.extra === 2 ? [""] : [];
      return { head: comment, rest: [...between, pad(indent + 2) + words.slice(0, 3).join(" "), ...below(words.slice(3))] };
    }
    case "quoted-lines": {
      const [first, ...others] = node.text.replace(/"/g, "'").split(" ");
      const lines = others.map((part, i) => (i === node.blankAt ? "" : pad(indent + 2 + (i % 3 === 2 ? node.extra : 0)) + part));
      return { head: ` "${first}`, rest: [...lines, `${pad(indent + 2)}end"${comment}`] };
    }
    default: {
      const header = `${node.style === "literal" ? "|" : ">"}${node.strip ? "-" : ""}`;
      return { head: ` ${header}${comment}`, rest: below(words) };
    }
  }
}

function renderFlow(node: Flow): string {
  const inner = node.items.map((item, i) => (node.map ? `${KEYS[i]}: ${item}` : item));
  if (node.nested && inner.length > 0) inner[0] = node.map ? `${KEYS[5]}: {en: ${node.items[0]}}` : `[${node.items[0]}]`;
  const body = node.padded && inner.length > 0 ? ` ${inner.join(", ")} ` : inner.join(", ");
  return node.map ? `{${body}}` : `[${body}]`;
}

function render(node: Tree, indent: number): Rendered {
  switch (node.t) {
    case "scalar":
      return renderScalar(node, indent);
    case "flow":
      return { head: ` ${renderFlow(node)}`, rest: [] };
    case "map":
      return { head: "", rest: renderMap(node, indent + 2) };
    case "seq":
      return { head: "", rest: renderSeq(node, node.atKeyColumn ? indent : indent + 2) };
  }
}

function renderMap(node: Mapping, indent: number): string[] {
  const lines: string[] = [];
  node.entries.forEach((entry, i) => {
    if (i > 0 && entry.blank) lines.push("");
    if (i > 0 && entry.comment) lines.push(pad(entry.commentIndent) + entry.comment);
    const { head, rest } = render(entry.value, indent);
    lines.push(`${pad(indent)}${entry.key}:${head}`, ...rest);
  });
  return lines;
}

function renderSeq(node: Sequence, indent: number): string[] {
  const dash = `${pad(indent)}-${pad(node.dashSpaces)}`;
  const inner = indent + 1 + node.dashSpaces;
  return node.items.flatMap((item) => {
    if (item.t === "map") {
      const lines = renderMap(item, inner);
      return [dash + lines[0]!.slice(inner), ...lines.slice(1)];
    }
    const { head, rest } = render(item.t === "seq" ? { ...item, atKeyColumn: false } : item, indent);
    return [`${pad(indent)}-${head}`, ...rest];
  });
}

/** A document: a mapping (mostly) or a sequence at the root, with a comment above it sometimes. */
export const yamlDocument: fc.Arbitrary<string> = fc
  .tuple(fc.oneof({ weight: 6, arbitrary: mapping }, { weight: 1, arbitrary: sequence }, { weight: 1, arbitrary: tree }), fc.option(fc.constantFrom(...COMMENTS)), fc.boolean())
  .map(([root, comment, finalNewline]) => {
    const lines = root.t === "map" ? renderMap(root, 0) : root.t === "seq" ? renderSeq(root, 0) : [render(root, 0).head.trimStart()];
    const body = [...(comment ? [comment] : []), ...lines].join("\n");
    return finalNewline ? `${body}\n` : body;
  });

const INSERTS = [":", ": ", "-", "- ", " ", "  ", "#", " #", "'", '"', "[", "]", "{", "}", ",", "|", ">", "\n", "\r\n", "\t", "a", "ñ", "&", "*", "!", "?", "%", "---\n", "\\", "\r"];

/** Ways to break a text: delete, repeat or swap lines, indent them, insert characters, cut it short, CRLF. */
export const mutations: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat().map((n) => (text: string) => editLines(text, (lines) => lines.splice(n % lines.length, 1))),
  fc.nat().map((n) => (text: string) => editLines(text, (lines) => lines.splice(n % lines.length, 0, lines[n % lines.length]!))),
  fc.nat().map((n) => (text: string) => editLines(text, (lines) => swap(lines, n % lines.length))),
  fc.tuple(fc.nat(), fc.constantFrom(-2, -1, 1, 2)).map(([n, by]) => (text: string) => editLines(text, (lines) => indentLine(lines, n % lines.length, by))),
  fc.tuple(fc.nat(), fc.constantFrom(...INSERTS)).map(([n, insert]) => (text: string) => {
    const at = n % (text.length + 1);
    return text.slice(0, at) + insert + text.slice(at);
  }),
  fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1))),
  fc.constant((text: string) => text.replace(/\n/g, "\r\n")),
  fc.nat().map((n) => (text: string) => editLines(text, (lines) => void (lines[n % lines.length] += "  "))),
);

function editLines(text: string, edit: (lines: string[]) => void): string {
  const lines = text.split("\n");
  edit(lines);
  return lines.join("\n");
}

function swap(lines: string[], i: number): void {
  if (i + 1 >= lines.length) return;
  [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
}

function indentLine(lines: string[], i: number, by: number): void {
  const line = lines[i]!;
  lines[i] = by > 0 ? pad(by) + line : line.replace(new RegExp(`^ {0,${-by}}`), "");
}

const LINE_VALUES = ["x", "a b", "1", "~", "'q'", '"d"', "[a, b]", "{k: v}", "|", ">-", "", "  # c", "a:b", "-x", "\"m", "n\"", "'o", "p'"];

/**
 * Lines of any shape, each indented a little more or less than the one before: keys, dashes,
 * scalars, comments, blank lines. Many such texts are not YAML; the ones that are explore
 * structure that the tree generator never writes.
 */
export const yamlLines: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(0, 0, 0, 2, 2, -2, -2, -4, 1, -1, 4),
      fc.constantFrom("key", "key", "key", "dash", "dash-key", "dash-key", "scalar", "below", "comment", "blank"),
      fc.constantFrom(...KEYS.slice(0, 8)),
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom("x", "a b", "", "") }, { weight: 2, arbitrary: fc.constantFrom(...LINE_VALUES) }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((lines) => {
    let indent = 0;
    return lines
      .map(([step, shape, key, value]) => {
        // Comments go anywhere, mostly near the left margin: they do not move the walk.
        if (shape === "comment") return `${pad(step === 1 ? indent : Math.abs(step) % 3)}${value === "" ? "#c" : "# c"}`;
        indent = Math.max(0, indent + step);
        const spaced = value === "" ? "" : ` ${value}`;
        switch (shape) {
          case "key":
            return `${pad(indent)}${key}:${spaced}`;
          case "dash":
            return `${pad(indent)}-${spaced}`;
          case "dash-key":
            return `${pad(indent)}- ${key}:${spaced}`;
          case "scalar":
            return pad(indent) + (value || "x");
          case "below": // a key, sometimes a comment, and its value on the next line
            return `${pad(indent)}${key}:\n${step < 0 ? "#c\n" : ""}${pad(indent + 2)}${value || "x"}`;
          default:
            return pad(indent % 3);
        }
      })
      .join("\n");
  });

const QUOTED_PARTS = [
  "\\", "\\\\", '\\"', '"', "'", "''", "x", " ", "  ", "\n", "\n  ", "\n\n  ", "\r\n  ", "\\\n  ", "\\x4", "\\x41", "\\u00f1",
  "\\U0001F30E", "\\U00110000", "\\uD800", "\\n", "\\t", "\\0", "\\q", "\\ ", "\\_", "\\N", "ñ", "#", " #", ": ", "\\/",
];

/** `a: ` and a quoted scalar built from escapes, quotes and line breaks, then what may follow it. */
export const quotedScalar: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('"', "'"), fc.array(fc.constantFrom(...QUOTED_PARTS), { maxLength: 8 }), fc.constantFrom("", " # c", "  ", "\n", "\nb: 1\n", "x"))
  .map(([quote, body, tail]) => `a: ${quote}${body.join("")}${quote}${tail}`);

const FLOW_TOKENS = ["[", "]", "{", "}", ",", ", ", " ", "a", "b c", "1", "~", ":", ": ", "k: ", "'q'", '"d"', "-1", "-", "#", " #", "'", "ñ", "{k: v}", "[a, b]"];

/** `a: ` and a line of flow tokens: brackets, commas, keys, scalars. */
export const flowLine: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...FLOW_TOKENS), { minLength: 1, maxLength: 10 }), fc.constantFrom("", " # c", "  ", "x"))
  .map(([tokens, tail]) => `a: ${tokens.join("")}${tail}\nz: 1\n`);
