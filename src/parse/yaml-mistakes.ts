/**
 * What a person got wrong where the yaml package reports a syntax error, in the words of the
 * mistake rather than the parser's. The package's messages name its own state ("Implicit keys need
 * to be on a single line", "Nested mappings are not allowed in compact mappings"), often a line
 * above the fault. The mistakes people make in a group file are few:
 * - a key without its colon;
 * - a key, a list item or a block text's line indented off those it stands among;
 * - a list item without its - or the space after it;
 * - a text holding `: `, or starting with a character YAML reserves (`*Urgent*`, `[Draft]`).
 * Each is looked for on the line the package names and the next one (the few lines above too, for
 * those a parser reads on past), and said only where the lines around it show it for certain;
 * anything else keeps the package's words.
 */
import type { Range } from "../diagnostics/diagnostic.js";
import { clip } from "../diagnostics/make.js";
import type { LineIndex } from "./positions.js";

export interface Mistake {
  range: Range;
  message: string;
  hint: string;
  /** The line a mistake is measured against (the key above), as a related place. */
  related?: { offset: number; message: string };
}

/** A line of the file as block YAML sees it. Columns count from 0 within the line. */
interface Line {
  start: number;
  indent: number;
  /** Where the key or text begins, after any `- ` item markers. */
  column: number;
  /** The columns of the line's `- ` item markers. */
  dashes: number[];
  /** The line after its indentation and markers, without the spaces it ends with. */
  body: string;
  key?: string;
  /** The text after `key:` or the markers, up to a comment, trimmed; "" for none. */
  value: string;
  /** Where `value` begins. */
  valueColumn: number;
}

/** The shape of the file's line at an index (0-based), each read once: undefined for a blank line or a comment. */
type Shapes = (index: number) => Line | undefined;

/** Characters that cannot start a plain text, and what YAML reads them as instead. */
const RESERVED: Record<string, string> = {
  "*": "an alias (a reference to an anchor)",
  "&": "an anchor",
  "!": "a tag",
  "@": "a reserved character",
  "`": "a reserved character",
  "%": "a directive",
  "[": "the start of a list",
  "{": "the start of a mapping",
  "-": "a list item",
  "?": "an explicit key",
  ",": "a separator",
  // `target: > 10 countries`: a text that means "more than", read as a block text's header.
  ">": "the start of a block text",
  "|": "the start of a block text",
};

/** The mistake that explains the error at `offset`, or undefined where the lines show none. */
export function yamlMistakeAt(text: string, lines: LineIndex, offset: number): Mistake | undefined {
  const at = lines.position(offset).line - 1;
  const shapes = new Map<number, Line | undefined>();
  const shape = (index: number) => {
    if (!shapes.has(index)) shapes.set(index, shapeOf(text, lines.lineStart(index), lines.lineEnd(lines.lineStart(index))));
    return shapes.get(index);
  };
  const usable = (index: number) => {
    const line = shape(index);
    return line && !insideText(index, shape) ? line : undefined;
  };
  // A line of a text (a block text's, or a plain text's going on) holds its no-break spaces as text.
  const spaced = noBreakSpaceNear(text, lines, at, (index) => shape(index) !== undefined && (insideText(index, shape) || continuesText(index, shape)));
  if (spaced) return spaced;
  // A tab in the indentation is its own error, which the yaml package says well.
  const tabbed = shape(at);
  if (tabbed && /^ *\t/.test(text.slice(tabbed.start, tabbed.start + tabbed.indent + 1))) return undefined;
  // The parser may read on for a few lines past a fault it cannot tell from a text (a key `-id`,
  // an alias `*>-`): the lines above are looked at for those, the earliest first.
  const above: number[] = [];
  for (let index = previousContent(at, shape); index !== undefined && above.length < 3; index = previousContent(index, shape)) above.unshift(index);
  for (const index of above) {
    const line = usable(index);
    const mistake = line && (dashMistake(lines, index, line, shape) ?? (readsAsAlias(lines, index, line, shape) ? undefined : textMistake(lines, line)));
    if (mistake) return mistake;
  }
  const next = nextContent(at + 1, lines.lineCount, shape);
  for (const index of next === undefined ? [at] : [at, next]) {
    const line = usable(index);
    if (!line) {
      const shallower = shape(index) && blockIndentMistake(lines, index, shape);
      if (shallower) return shallower;
      continue;
    }
    const mistake = dashMistake(lines, index, line, shape) ?? textMistake(lines, line) ?? placeMistake(lines, index, line, nextContent(index + 1, lines.lineCount, shape), shape);
    if (mistake) return mistake;
  }
  return undefined;
}

/**
 * A no-break space (U+00A0, or the narrow U+202F) in a line's indentation, after its `-` or after
 * its key's colon, on the line at fault or the few lines above it: YAML reads it as text, not as a
 * space, so that the line's key lines up with none, or has no colon, in the package's words, and
 * the message quotes the key with the invisible character in it. It comes with text copied from a
 * web page, an e-mail or a Word document, or typed on a Mac with Option+Space. Lines of a text
 * (`inText`) are skipped: `Plazo:<NBSP>tres meses` there is the text's own.
 */
function noBreakSpaceNear(text: string, lines: LineIndex, at: number, inText: (index: number) => boolean): Mistake | undefined {
  for (let index = Math.max(0, at - 3); index <= Math.min(at + 1, lines.lineCount - 1); index++) {
    if (inText(index)) continue;
    const start = lines.lineStart(index);
    const line = text.slice(start, lines.lineEnd(start));
    const where = STRUCTURAL_NBSP.find(([pattern]) => pattern.test(line));
    if (!where) continue;
    const [pattern, what] = where;
    return noBreakSpaceAt(lines, start + pattern.exec(line)![0].length - 1, what);
  }
  return undefined;
}

/** The no-break space at `offset`, where YAML needs an ordinary one (`what` says where: "after the key's colon"). */
export function noBreakSpaceAt(lines: LineIndex, offset: number, what: string): Mistake {
  return {
    range: lines.range(offset, offset + 1),
    message: `a no-break space ${what}, where YAML needs an ordinary space: YAML reads it as part of the text`,
    hint: "Type an ordinary space there: a no-break space looks the same (it comes with text copied from a web page or a Word document, or on a Mac with Option+Space).",
  };
}

/** Where a no-break space stands for a space YAML needs, and what the message calls that place; each pattern's match ends at it. */
const STRUCTURAL_NBSP: readonly [RegExp, string][] = [
  [/^ *[\u00a0\u202f](?=[ \u00a0\u202f]*\S)/, "in the indentation"],
  [/^[ \u00a0\u202f]*(?:- +)*-[\u00a0\u202f]/, "after the list item's -"],
  [/^[ \u00a0\u202f]*(?:- +)*[^\s#'"[{\-][^:#]*:[\u00a0\u202f]/, "after the key's colon"],
];

/** `-id: …`: a list item's marker without its space, whatever the text after it holds. */
function dashMistake(lines: LineIndex, index: number, line: Line, shape: Shapes): Mistake | undefined {
  if (line.dashes.length > 0 || !/^-[^\s\d.-]/.test(line.body)) return undefined;
  // Deeper than a text above, it is that text going on (`A community` / `-based approach`).
  if (continuesText(index, shape)) return undefined;
  const at = line.start + line.indent;
  return { range: lines.range(at, at + 1), message: "the - that starts a list item needs a space after it", hint: `Write \`- ${clip(line.body.slice(1))}\`` };
}

/** `x: *t` above the error, an alias with no lines under it: the parser read it as written. */
function readsAsAlias(lines: LineIndex, index: number, line: Line, shape: Shapes): boolean {
  if (!/^\*[^\s,[\]{}]+$/.test(line.value)) return false;
  const next = nextContent(index + 1, lines.lineCount, shape);
  return next === undefined || shape(next)!.indent <= line.column;
}

/** A text starting with a reserved character, or holding `: `: the text wants quotes. */
function textMistake(lines: LineIndex, line: Line): Mistake | undefined {
  const value = line.value;
  // A line of bare text is a key without its colon, or a text going on: placeMistake tells which.
  if (line.key === undefined && line.dashes.length === 0) return undefined;
  if (value === "" || value.startsWith('"') || value.startsWith("'") || /^[|>][-+0-9]*$/.test(value)) return undefined;
  const valueAt = line.start + line.valueColumn;
  const first = value[0]!;
  const meaning = RESERVED[first];
  // A list or mapping closed on its line and nothing after it is what it looks like.
  const flowAlone = (first === "[" || first === "{") && /[\]}]$/.test(value);
  const dashAlone = first === "-" && value.length > 1 && value[1] !== " ";
  // `theme: &t intelligence`: an anchor and the text it names, as YAML reads it.
  const anchor = first === "&" && /^&[^\s,[\]{}]+( |$)/.test(value);
  if (meaning !== undefined && !flowAlone && !dashAlone && !anchor) {
    // `es: *>-`: a character typed before a block text's header, whose text follows on the lines below.
    const header = isBlockHeader(value.slice(1));
    return {
      range: lines.range(valueAt, valueAt + 1),
      message: `a text cannot start with ${first} unless it is quoted: YAML reads ${first} here as ${meaning}`,
      hint: header ? `Remove the ${first} before ${value.slice(1)}: \`${leadOf(line)}${value.slice(1)}\`` : `Put the whole text in quotes: ${quotedLine(line)}`,
    };
  }
  if (first === "{" || first === "[") return flowTextMistake(lines, valueAt, value);
  const colon = value.search(/:( |$)/);
  if (colon > 0 && meaning === undefined) {
    // `- country: GT, role: investigator`: several keys on one line, which braces would hold.
    const keys = line.key !== undefined && /, [\w-]+$/.test(value.slice(0, colon));
    const braces = keys ? `; or, for several keys on one line, put them in braces: \`${line.dashes.length > 0 ? "- " : ""}{${line.key}: ${clip(value)}}\`` : "";
    return {
      range: lines.range(valueAt + colon, valueAt + colon + 1),
      message: `${colonMakesKey(value, colon)} inside the text`,
      hint: `Put the whole text in quotes: ${quotedLine(line)}${braces}`,
    };
  }
  return undefined;
}

/** A key without its colon, a key or list item indented off those it stands among, a - without its space. */
function placeMistake(lines: LineIndex, index: number, line: Line, next: number | undefined, shape: Shapes): Mistake | undefined {
  const lineAt = line.start + line.indent;
  const previousIndex = previousContent(index, shape);
  if (previousIndex === undefined) return undefined;
  const previous = shape(previousIndex)!;
  const { keys, items } = openColumns(previousIndex, shape);
  // Deeper than the key or item above: what it opens (`key:`), or its text going on.
  const under = line.indent > previous.column;
  const opened = previous.value === "" && (under || (previous.key !== undefined && line.dashes.length > 0 && line.indent >= previous.indent));
  const continues = under && previous.value !== "";
  const following = next === undefined ? undefined : shape(next);

  if (line.key === undefined) {
    // `en: Generate #2 and` / `  manage`: the comment ended the text, and its next line stands alone.
    const comment = /\s#[^\s#]/.exec(previous.body);
    if (line.dashes.length === 0 && continues && comment && previous.value !== "" && !/^["'|>]/.test(previous.value)) {
      const hash = previous.start + previous.column + comment.index + 1;
      return {
        range: lines.range(hash, hash + 1),
        message: `this # starts a comment, which ends the text of ${nameOf(previous)} here: the line below it is then no part of it`,
        hint: "Put the whole text in quotes to keep the # in it, or write the comment on a line of its own",
      };
    }
    // After a block text's header, a line of words no deeper than its key is the text, out of place;
    // a lowercase name and more is a key that lost its colon.
    if (line.dashes.length === 0 && isBlockHeader(previous.value) && line.indent <= previous.column && !/^[a-z][\w-]*( |:\S|$)/.test(line.value)) {
      // A block text (`en: >-`) whose lines are no deeper than its key.
      return placeMistake(lines, previousIndex, previous, index, shape) ?? {
        range: lines.range(lineAt, lineAt + line.value.length),
        message: `the text under '${previous.key ?? "-"}: ${previous.value}' must be indented more than '${previous.key ?? "-"}' (column ${previous.column + 1}); it is at column ${line.indent + 1}`,
        hint: `Indent the text's lines to column ${previous.column + 3}`,
      };
    }
    // `{country: GT, …}` among the items of a list, without its -.
    if (line.dashes.length === 0 && previous.dashes.length > 0 && previous.key === undefined && (line.indent === previous.column || previous.dashes.includes(line.indent))) {
      const dash = previous.dashes[previous.dashes.length - 1]!;
      return {
        range: lines.range(lineAt, lineAt + line.value.length),
        message: `this line has no -, where the item above it has one (column ${dash + 1})`,
        hint: `Write it as an item: \`- ${clip(line.value)}\`, its - in column ${dash + 1}`,
      };
    }
    const itemOfKeys = line.dashes.length > 0 && following?.key !== undefined && following.indent === line.column;
    // `en >-`: a block text's header without its colon.
    const header = /^[a-z][\w-]* [|>][-+]?$/.test(line.value);
    const amongKeys = line.dashes.length === 0 && (header || (!continues && !opened && keys.has(line.indent)));
    if (!itemOfKeys && !amongKeys) return line.dashes.length > 0 ? itemMistake(lines, index, line, opened, items, keys, shape) : undefined;
    return noColon(lines, line);
  }
  // A line of bare text at this key's column, which a key follows: that text lost its colon.
  if (line.dashes.length === 0 && previous.key === undefined && previous.dashes.length === 0 && previous.indent === line.indent && !continuesText(previousIndex, shape)) {
    return noColon(lines, previous);
  }
  if (line.dashes.length > 0) return itemMistake(lines, index, line, opened, items, keys, shape);
  if (keys.has(line.indent) || opened) return undefined;
  const keyRange = lines.range(lineAt, lineAt + line.key.length);
  // Words before the colon are the text above going on; a name is a key out of place.
  if (continues && !isName(line.key)) {
    const colonAt = lineAt + line.key.length;
    const owner = previous.key === undefined ? "the item above" : `'${previous.key}'`;
    return {
      range: lines.range(colonAt, colonAt + 1),
      message: `the text of ${owner} goes on to this line, where ${colonMakesKey(`${line.key}: ${line.value}`, line.key.length)}`,
      hint: `Put the whole text in quotes, from ${owner} to the end of this line`,
    };
  }
  const firstKey = firstKeyMistake(lines, index, line, shape);
  if (firstKey) return firstKey;
  if (continues && previous.dashes.length > 0 && previous.key !== undefined && previous.value !== "" && nextKeyAgrees(lines, index, line, shape)) {
    // `- id: INT-O1` a space or two left of its item's other keys, which agree with each other: the item's line is off.
    const shift = line.indent - previous.column;
    const hint = `Indent the item's line ${shift} more, so that '${previous.key}' stands in line with its other keys: \`${shifted(previous, shift)}\``;
    return firstKeyOff(lines, previous, previous.key, line, line.key, "this list item", "the item's other keys", hint);
  }
  if (continues) {
    const orText = previous.value.includes(" ") ? `; or, if this line is the text of ${nameOf(previous)} going on, put that whole text in quotes` : "";
    return deeperKey(lines, line, line.key, previous, " on the line above", orText);
  }
  const item = items.get(line.indent);
  if (item !== undefined) {
    // In the column of a list's `-`, where only another item may stand: the item's keys are deeper.
    const first = shape(item)!;
    const name = nameOf(first);
    return {
      range: keyRange,
      message: `'${line.key}' stands in the column of the list's - (column ${line.indent + 1}), not with the item's keys (column ${first.column + 1})`,
      hint: `Indent '${line.key}' to column ${first.column + 1}, under ${name}; or, to start a new item, write \`- ${line.key}:\``,
      related: { offset: first.start + first.column, message: `${name} starts here` },
    };
  }
  return strayColumn(lines, keyRange, `'${line.key}'`, "key", keys, shape);
}

/**
 * The first key of a mapping out of line with the keys after it (` group:` above keys at column 1,
 * `-  id:` above keys a column left): said at that first key, the one line to move, rather than at
 * the second, which the keys after it agree with.
 */
function firstKeyMistake(lines: LineIndex, index: number, line: Line, shape: Shapes): Mistake | undefined {
  let owner = ownerOf(index, shape);
  // Deeper than a key whose value is on its line (` - id: INT-O1` over keys at column 5): that key may be the first.
  if (owner !== undefined && shape(owner)!.value !== "") owner = ownerOf(owner, shape);
  const firstIndex = nextContent(owner === undefined ? 0 : owner + 1, index, shape);
  if (firstIndex === undefined || line.key === undefined || line.dashes.length > 0) return undefined;
  const first = shape(firstIndex)!;
  if (first.key === undefined || first.column === line.indent || (owner !== undefined && shape(owner)!.value !== "")) return undefined;
  // Nearer the key that opens the mapping than its first key, this line is more likely that key's
  // neighbour, with that key the one out of line (`- text:` a space left of `baseline:`).
  if (owner !== undefined && Math.abs(line.indent - shape(owner)!.column) <= Math.abs(line.indent - first.column)) return undefined;
  // This line is the second key: the lines between are the first key's own, deeper than this one.
  for (let between = firstIndex + 1; between < index; between++) if ((shape(between)?.indent ?? Infinity) <= line.indent) return undefined;
  // And the next key after it, past its own lines, stands in its column.
  if (!nextKeyAgrees(lines, index, line, shape)) return undefined;
  const where = `column ${line.indent + 1}, in line with '${line.key}' and the keys after it`;
  const hint = first.dashes.length > 0 ? `Write the item's line so that '${first.key}' stands at ${where}` : `Keys of one mapping start in the same column: move '${first.key}' to ${where}`;
  return firstKeyOff(lines, first, first.key, line, line.key, "its mapping", "the keys after it", hint);
}

/** The first key (`firstKey` on `first`) of `whose` said out of line with `others`, of which `key` on `line` is the first. */
function firstKeyOff(lines: LineIndex, first: Line, firstKey: string, line: Line, key: string, whose: string, others: string, hint: string): Mistake {
  const at = first.start + first.column;
  return {
    range: lines.range(at, at + firstKey.length),
    message: `'${firstKey}', the first key of ${whose}, is at column ${first.column + 1}, and ${others} ('${key}' on line ${lines.position(line.start).line}, …) at column ${line.indent + 1}`,
    hint,
    related: { offset: line.start + line.indent, message: `'${key}' starts here` },
  };
}

/**
 * Whether the next key after the key `line` (past its own deeper lines) stands in its column. The
 * entries of a `key:` in its column are more likely its own, moved with it (`title:` and its `en:`,
 * two spaces deeper), and do not count.
 */
function nextKeyAgrees(lines: LineIndex, index: number, line: Line, shape: Shapes): boolean {
  let after = nextContent(index + 1, lines.lineCount, shape);
  if (line.value === "" && after !== undefined && shape(after)!.indent === line.indent) return false;
  while (after !== undefined && shape(after)!.indent > line.indent) after = nextContent(after + 1, lines.lineCount, shape);
  const next = after === undefined ? undefined : shape(after)!;
  return next?.key !== undefined && next.dashes.length === 0 && next.indent === line.indent;
}

/** A list item whose - stands in no column of the items or keys above. */
function itemMistake(lines: LineIndex, index: number, line: Line, opened: boolean, items: Columns, keys: Columns, shape: Shapes): Mistake | undefined {
  if (opened || items.has(line.indent)) return undefined;
  const dashAt = line.start + line.indent;
  // Under a `key:` whose first entry is a key, not an item: that entry's line lost its -.
  const owner = ownerOf(index, shape);
  const first = owner === undefined ? undefined : nextContent(owner + 1, index, shape);
  const entry = first === undefined ? undefined : shape(first)!;
  if (owner !== undefined && shape(owner)!.value === "" && entry?.key !== undefined && entry.dashes.length === 0 && entry.indent > line.indent) {
    const name = nameOf(shape(owner)!);
    const entryLine = lines.position(entry.start).line;
    return {
      range: lines.range(dashAt, dashAt + 1),
      message: `this list item stands under ${name}, whose first entry (line ${entryLine}) is a key, not an item`,
      hint: `If line ${entryLine} starts an item too, write it with its -: \`- ${clip(entry.body)}\``,
      related: { offset: entry.start + entry.indent, message: `the first entry of ${name}` },
    };
  }
  return strayColumn(lines, lines.range(dashAt, dashAt + 1), "this list item", "item", items.size > 0 ? items : keys, shape);
}

/** A key or item in a column none of those above it starts at: pointed to the nearest of them. */
function strayColumn(lines: LineIndex, range: Range, what: string, kind: string, columns: Columns, shape: Shapes): Mistake | undefined {
  if (columns.size === 0) return undefined;
  const indent = range.column - 1;
  // The nearest column; of two as near, the one further up (the outer) first, as a key after a
  // nested mapping is most often a space too deep. The other is named too: a space lost from the
  // nested mapping's last key (`es` under `en`) looks the same, and moved to the outer column it
  // would read without error and mean something else.
  const distance = (column: number) => Math.abs(column - indent);
  const [column, index] = [...columns].reduce((best, next) => (distance(next[0]) <= distance(best[0]) ? next : best));
  const tie = [...columns].find(([at]) => at !== column && distance(at) === distance(column));
  const nameAt = (line: Line) => (kind === "item" ? `the item on line ${lines.position(line.start).line}` : nameOf(line));
  const other = shape(index)!;
  const name = nameAt(other);
  const tieName = tie && nameAt(shape(tie[1])!);
  return {
    range,
    message: `${what} lines up with no ${kind} above it (column ${indent + 1}; ${name} is at column ${column + 1}${tie ? `, ${tieName} at column ${tie[0] + 1}` : ""})`,
    hint: `${kind === "item" ? "Items of one list" : "Keys of one mapping"} start in the same column: move it to column ${column + 1}, in line with ${name}, or to ${tie ? `column ${tie[0] + 1}, in line with ${tieName}` : `the column of the ${kind}s it belongs with`}`,
    related: { offset: other.start + column, message: kind === "item" ? "an item of the list starts here" : `${name} starts here` },
  };
}

type Columns = Map<number, number>;

/**
 * `{en: Delegation: of Honduras, es: …}`: a text in a mapping on one line holding `: `, which
 * YAML reads as a key. Each entry's value is looked at, up to its comma, outside quotes and brackets.
 */
function flowTextMistake(lines: LineIndex, valueAt: number, value: string): Mistake | undefined {
  // One entry per open bracket: its key once read, and where it starts; a list's entries have no key.
  const open: { list: boolean; key?: string; start: number }[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const entry = open[open.length - 1];
    if (c === '"' || c === "'") {
      const close = value.indexOf(c, i + 1);
      if (close < 0) return undefined;
      i = close;
    } else if (c === "{" || c === "[") open.push({ list: c === "[", start: i + 1 });
    else if (c === "}" || c === "]") open.pop();
    else if (c === "," && entry) [entry.key, entry.start] = [undefined, i + 1];
    else if (c === ":" && value[i + 1] === " " && entry && !entry.list) {
      if (entry.key === undefined) {
        entry.key = value.slice(entry.start, i).trim();
        continue;
      }
      const end = value.slice(i).search(/[,}\]]/);
      const text = value.slice(entry.start, end < 0 ? value.length : i + end).trim();
      const inner = text.slice(text.indexOf(":") + 1).trim();
      return {
        range: lines.range(valueAt + i, valueAt + i + 1),
        message: `${colonMakesKey(inner, inner.indexOf(": "))} inside the text of '${entry.key}'`,
        hint: `Put that text in quotes: \`${entry.key}: ${doubleQuoted(clip(inner))}\``,
      };
    }
  }
  return undefined;
}

/** A line of a block text (`en: >-`) indented less than the text's first line, which sets its indentation. */
function blockIndentMistake(lines: LineIndex, index: number, shape: Shapes): Mistake | undefined {
  const line = shape(index)!;
  const headerIndex = ownerOf(index, shape);
  if (headerIndex === undefined) return undefined;
  const header = shape(headerIndex)!;
  if (!isBlockHeader(header.value)) return undefined;
  const firstIndex = nextContent(headerIndex + 1, index, shape);
  const first = firstIndex === undefined ? undefined : shape(firstIndex)!;
  if (!first || first.indent <= line.indent) return undefined;
  // `es: >-` a space deeper than the `en: >-` before it: a key out of place, not a line of en's text.
  if (line.key !== undefined && isName(line.key) && header.key !== undefined) return deeperKey(lines, line, line.key, header, ", whose text is above it");
  const firstLine = lines.position(first.start).line;
  const column = first.indent + 1;
  const at = line.start + line.indent;
  return {
    range: lines.range(at, at + line.value.length),
    message: `this line of the text under '${header.key ?? "-"}' starts at column ${line.indent + 1}, left of the text's first line (line ${firstLine}, column ${column})`,
    hint: `Start the text's lines in one column: this one at column ${column}, or line ${firstLine} at column ${line.indent + 1}`,
    related: { offset: first.start + first.indent, message: "the text's first line starts here" },
  };
}

/** A key deeper than the key `above` it, which it should line up with. */
function deeperKey(lines: LineIndex, line: Line, key: string, above: Line, where: string, orElse = ""): Mistake {
  const name = nameOf(above);
  const at = line.start + line.indent;
  return {
    range: lines.range(at, at + key.length),
    message: `'${key}' is indented more than ${name}${where} (column ${line.indent + 1}, not ${above.column + 1})`,
    hint: `Keys of one mapping start in the same column: move '${key}' to column ${above.column + 1}, under ${name}${orElse}`,
    related: { offset: above.start + above.column, message: `${name} starts here` },
  };
}

/** A line of bare text that should have been a key: said at the text, with the line as it should read. */
function noColon(lines: LineIndex, line: Line): Mistake {
  const lookalike = lookalikeColon(lines, line);
  if (lookalike) return lookalike;
  // `priority:high`, `- id:INT-1.1`: a colon YAML reads as part of the text, without a space after it.
  const unspaced = /^([A-Za-z_][\w-]*):(?=\S)(.*)$/.exec(ownText(line));
  if (unspaced) {
    const colon = line.start + line.valueColumn + unspaced[1]!.length;
    return {
      range: lines.range(colon, colon + 1),
      message: `no space after the colon of '${unspaced[1]}': YAML reads '${clip(line.value)}' as one text, not a key and its value`,
      hint: `Write a space after the colon: \`${line.dashes.length > 0 ? "- " : ""}${unspaced[1]}: ${clip(unspaced[2]!)}\``,
    };
  }
  const words = ownText(line).split(" ");
  const rest = words.slice(1).join(" ");
  // `theme intelligence #2`: after the colon, a # that reads as more of the text would cut it, unquoted.
  const value = / #/.test(` ${rest}`) ? doubleQuoted(clip(rest)) : clip(rest);
  const suggestion = words.length === 1 ? `${words[0]}:` : `${words[0]}: ${value}`;
  const valueAt = line.start + line.valueColumn;
  return {
    range: lines.range(valueAt, valueAt + line.value.length),
    message: `'${clip(line.value)}' has no colon: YAML expects a key here, written key: value`,
    hint: `Write a colon after the key: \`${line.dashes.length > 0 ? "- " : ""}${suggestion}\``,
  };
}

/** Colons YAML does not read as one, by name: an East Asian keyboard's full-width colon, and the ratio sign and letter colon that fonts draw alike. */
const LOOKALIKE_COLONS: Readonly<Record<string, string>> = { "\uff1a": "a full-width colon (：), as an East Asian keyboard types it", "\u2236": "a ratio sign (∶)", "\ua789": "a modifier letter colon (꞉)", "\ufe55": "a small colon (﹕)" };

/** `priority： high`: a key whose colon only looks like one, said at that character, with the line as it should read. */
function lookalikeColon(lines: LineIndex, line: Line): Mistake | undefined {
  const text = ownText(line);
  const match = /^([^\s:]+?)[ \t]*([\uff1a\u2236\ua789\ufe55])[ \t]*/.exec(text);
  if (!match) return undefined;
  const [written, key, colon] = match as unknown as [string, string, string];
  const rest = text.slice(written.length);
  const at = line.start + line.valueColumn + key.length + written.slice(key.length).indexOf(colon);
  return {
    range: lines.range(at, at + 1),
    message: `the colon after '${key}' is ${LOOKALIKE_COLONS[colon]}: YAML reads only ':' as a colon`,
    hint: `Type an ordinary colon: \`${line.dashes.length > 0 ? "- " : ""}${key}:${rest === "" ? "" : ` ${clip(rest)}`}\``,
  };
}

/** Whether the line at `index` is a text above it going on (deeper than a key whose value is on its line). */
function continuesText(index: number, shape: Shapes): boolean {
  const previous = previousContent(index, shape);
  return previous !== undefined && shape(index)!.indent > shape(previous)!.column && shape(previous)!.value !== "";
}

/**
 * The columns a line may start at after the line `from`: those of the keys and of the list items
 * it could stand beside, each with the nearest line above that starts there.
 */
function openColumns(from: number, shape: Shapes): { keys: Columns; items: Columns } {
  const keys: Columns = new Map();
  const items: Columns = new Map();
  let limit = Infinity;
  for (let index = from; index >= 0; index--) {
    const line = shape(index);
    if (!line || line.indent >= limit) continue;
    if (line.key !== undefined && !keys.has(line.column)) keys.set(line.column, index);
    for (const dash of line.dashes) if (!items.has(dash)) items.set(dash, index);
    limit = line.indent;
    if (limit === 0) break;
  }
  return { keys, items };
}

function nextContent(from: number, count: number, shape: Shapes): number | undefined {
  for (let index = from; index < count; index++) if (shape(index)) return index;
  return undefined;
}

/** The nearest line above that is not blank, a comment, or the inside of a text (a block text's header instead). */
function previousContent(index: number, shape: Shapes): number | undefined {
  for (let above = index - 1; above >= 0; above--) {
    if (!shape(above)) continue;
    let owner = ownerOf(above, shape);
    let outermost: number | undefined;
    for (; owner !== undefined; owner = ownerOf(owner, shape)) if (opensText(shape(owner)!)) outermost = owner;
    return outermost ?? above;
  }
  return undefined;
}

/** Whether the line at `index` belongs to a text opened above it: a block text, or quotes left open over lines. */
function insideText(index: number, shape: Shapes): boolean {
  for (let owner = ownerOf(index, shape); owner !== undefined; owner = ownerOf(owner, shape)) if (opensText(shape(owner)!)) return true;
  return false;
}

/** The nearest line above that the line at `index` is indented under. */
function ownerOf(index: number, shape: Shapes): number | undefined {
  const indent = shape(index)!.indent;
  for (let above = index - 1; above >= 0; above--) {
    const line = shape(above);
    if (line && line.column < indent) return above;
  }
  return undefined;
}

const opensText = (line: Line) => isBlockHeader(line.value) || isOpenQuote(line.value);

/** How a line is named in a message: by its key, or as a list item. */
const nameOf = (line: Line) => (line.key !== undefined ? `'${line.key}'` : "the list item");

/** What a colon followed by a space, or ending the text, does to the words before it. */
function colonMakesKey(text: string, colon: number): string {
  const before = lastWords(text.slice(0, colon));
  if (colon + 1 >= text.length) return `the colon at the end makes YAML read '${before}' as a key`;
  return `the colon and space after '${before}' make YAML read it as a key`;
}

const isName = (key: string) => /^[A-Za-z_][\w-]*$/.test(key);

/** The shape of one line, or undefined for a blank line or a comment. */
function shapeOf(text: string, start: number, end: number): Line | undefined {
  let at = start;
  while (at < end && text[at] === " ") at++;
  if (at === end || text[at] === "#") return undefined;
  const indent = at - start;
  const dashes: number[] = [];
  while (text[at] === "-" && (at + 1 === end || text[at + 1] === " ")) {
    dashes.push(at - start);
    at++;
    while (at < end && text[at] === " ") at++;
  }
  const body = text.slice(at, end).trimEnd();
  const column = at - start;
  const quotedOrFlow = /^["'[{]/.test(body);
  const colon = quotedOrFlow ? -1 : body.search(/:( |$)/);
  const comment = (from: string) => from.replace(/(^|\s)#.*$/, "").trimEnd();
  // `timeframe {start: 2024, …}`: a key without its colon, whose flow mapping holds the colons.
  if (colon > 0 && !/\s#|\s[[{]/.test(body.slice(0, colon))) {
    const rest = body.slice(colon + 1);
    const value = comment(rest.trimStart());
    return { start, indent, column, dashes, body, key: body.slice(0, colon).trimEnd(), value, valueColumn: column + colon + 1 + (rest.length - rest.trimStart().length) };
  }
  return { start, indent, column, dashes, body, value: quotedOrFlow ? body : comment(body), valueColumn: column };
}

const isBlockHeader = (value: string) => /^[|>][-+0-9]*$/.test(value);

/** A quoted text that does not close on its line: the lines after it are its own. */
function isOpenQuote(value: string): boolean {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return false;
  const rest = value.slice(1).replace(quote === "'" ? /''/g : /\\./g, "");
  return !rest.includes(quote);
}

/** What comes before a line's text: its item's `- ` and its key's `key: `. */
const leadOf = (line: Line) => `${line.dashes.length > 0 ? "- " : ""}${line.key !== undefined ? `${line.key}: ` : ""}`;

/** The line as written, `shift` columns deeper: its - markers and its text each moved as far. */
function shifted(line: Line, shift: number): string {
  let written = "";
  for (const dash of line.dashes) written = `${written.padEnd(dash + shift)}-`;
  return `${written.padEnd(line.column + shift)}${clip(line.body)}`;
}

/**
 * The line as it would read with its text quoted. A # that reads as more of the text (`phase #2`)
 * goes into the quotes with it: `value` ends before it, as YAML's reading does.
 */
function quotedLine(line: Line): string {
  const lead = leadOf(line);
  const text = clip(ownText(line));
  if (text.includes('"') && !text.includes("'")) return `\`${lead}'${text}'\``;
  return `\`${lead}${doubleQuoted(text)}\``;
}

/** The line's text as written, to its end or a comment written as one (`# agreed`), a # that reads as more of the text (`#2`) kept. */
function ownText(line: Line): string {
  return line.body.slice(line.valueColumn - line.column).replace(/(^|\s)#([\s#]|$).*$/, "").trimEnd();
}

/** `text` in YAML's double quotes, its backslashes and quotes escaped. */
export function doubleQuoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** The last few words of `text`, enough to find the place in a long line. */
function lastWords(text: string): string {
  const words = text.trim().split(/\s+/);
  const last = words.length <= 3 ? words.join(" ") : `…${words.slice(-3).join(" ")}`;
  return last.length <= 50 ? last : `…${last.slice(-49)}`;
}
