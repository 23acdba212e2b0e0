/**
 * A fast reader for the block YAML that plan and group files are written in: block mappings and
 * sequences, comments, plain scalars (also over several lines), quoted scalars, `|`/`>` block
 * scalars and one-line flow collections, resolved with the YAML 1.2 core schema.
 *
 * The yaml package stays the reference. This reader gives the same value and the same places as
 * the yaml package would, or undefined ("bail") at anything it is not sure of: anchors, aliases,
 * tags, directives, document markers, explicit keys, tabs, duplicate or forbidden keys, and any
 * syntax error. A bail costs only speed: the caller then reads the file with the yaml package,
 * which also gives every diagnostic. test/core/fast-yaml.test.ts holds the two side by side.
 */
import type { Range } from "../diagnostics/diagnostic.js";
import type { DataPath, ParsedDocument } from "./document.js";
import { BlockReader } from "./fast-yaml-block.js";
import { unlessBail } from "./bail.js";
import type { Entry, Place } from "./fast-yaml-syntax.js";
import { loneCarriageReturnAt } from "./decode.js";
import { LineIndex } from "./positions.js";

export interface FastYaml {
  value: unknown;
  /** The root's place, when asked for. */
  place: Place | undefined;
}

/** The value of `text` (and where its nodes are), or undefined when the yaml package must read it. */
export function parseFastYaml(text: string, places = false): FastYaml | undefined {
  if (UNSUPPORTED.test(text) || loneCarriageReturnAt(text) >= 0) return undefined;
  return unlessBail(() => {
    const reader = new BlockReader(text, places);
    return { value: reader.document(), place: reader.place };
  });
}

/**
 * The file as the yaml package would give it when it has no problems (no diagnostics), or
 * undefined when the yaml package must read it. The places are read again on the first locate():
 * most files are never asked.
 */
export function parseFastYamlDocument(file: string, text: string): ParsedDocument | undefined {
  const parsed = parseFastYaml(text);
  if (!parsed) return undefined;
  let lines: LineIndex | undefined;
  let root: Place | undefined;
  const locate = (path: DataPath, part: "key" | "value" = "value"): Range => {
    lines ??= new LineIndex(text);
    root ??= parseFastYaml(text, true)!.place!;
    return rangeOf(root, path, part, lines);
  };
  return { file, kind: "yaml", value: parsed.value, locate, diagnostics: [] };
}

/** As yaml.ts's locator finds it: the last existing node on the path, or the key that names it. */
function rangeOf(root: Place, path: DataPath, part: "key" | "value", lines: LineIndex): Range {
  let place = root;
  let entry: Entry | undefined;
  for (const segment of path) {
    if (place.entries) {
      const next = place.entries.get(String(segment));
      if (!next) break;
      place = next.place;
      entry = next;
    } else if (place.items && typeof segment === "number") {
      const next = place.items[segment];
      if (!next) break;
      place = next;
      entry = undefined;
    } else break;
  }
  if (part === "key" && entry) return lines.range(entry.keyStart, entry.keyEnd);
  return place.scalar ? lines.scalarRange(place.start, place.end) : lines.restOfLine(place.start, place.end);
}

/** Tabs, control characters, a BOM, Unicode line breaks, noncharacters, and lines that start a directive or a document marker. */
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff\ufffe\uffff]|^(?:---|\.\.\.|%)/m;
