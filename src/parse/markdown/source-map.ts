import type { Range } from "../../diagnostics/diagnostic.js";
import type { DataPath, PathSegment } from "../document.js";
import type { LineIndex } from "../positions.js";

export interface Span {
  start: number;
  end: number;
}

/**
 * What was read at one data path, as offsets (-1 when nothing was), and the places of the paths
 * below it by their next segment. Offsets rather than the readers' Span objects: the map lives as
 * long as the document, and keeping those spans (and the labels they carry) would double its size.
 */
interface Place {
  valueStart: number;
  valueEnd: number;
  keyStart: number;
  keyEnd: number;
  children: Map<string, Place> | undefined;
}

/**
 * Data paths of the Markdown body to the offsets they were read from, value and key apart. The
 * places form a tree along the paths' segments, so that recording one costs a few lookups of
 * short segments rather than a joined string key per path (the readers record some fifty places
 * per action).
 */
export class SourceMap {
  private readonly root = newPlace();

  /** `recording` false: a map that keeps nothing, for a reading whose places are found by reading again. */
  constructor(private readonly lines: LineIndex, private readonly recording = true) {}

  /** Records where `path` was read; the first place recorded for a path is the one kept. */
  add(path: DataPath, value: Span, key?: Span): void {
    if (this.recording) record(this.placeOf(path), value, key);
  }

  /** As add, at `[...path, segment]`, without making that path when the map keeps nothing. */
  addBelow(path: DataPath, segment: PathSegment, value: Span, key?: Span): void {
    if (this.recording) record(childOf(this.placeOf(path), segment), value, key);
  }

  private placeOf(path: DataPath): Place {
    let place = this.root;
    for (const segment of path) place = childOf(place, segment);
    return place;
  }

  /** The range of `path`, else of its nearest ancestor that was read; undefined when none was. */
  find(path: DataPath, part: "key" | "value"): Range | undefined {
    let place: Place | undefined = this.root;
    let found: Place | undefined;
    for (let depth = 0; depth < path.length; depth++) {
      place = place.children?.get(segmentName(path[depth]!));
      if (!place) break;
      if (part === "key" && depth === path.length - 1 && place.keyStart >= 0) return this.lines.range(place.keyStart, place.keyEnd);
      if (place.valueStart >= 0) found = place;
    }
    return found && this.lines.range(found.valueStart, found.valueEnd);
  }

  range(span: Span): Range {
    return this.lines.range(span.start, span.end);
  }
}

function childOf(place: Place, segment: PathSegment): Place {
  place.children ??= new Map();
  const name = segmentName(segment);
  let child = place.children.get(name);
  if (!child) {
    child = newPlace();
    place.children.set(name, child);
  }
  return child;
}

function record(place: Place, value: Span, key: Span | undefined): void {
  if (place.valueStart < 0) {
    place.valueStart = value.start;
    place.valueEnd = value.end;
  }
  if (key && place.keyStart < 0) {
    place.keyStart = key.start;
    place.keyEnd = key.end;
  }
}

function newPlace(): Place {
  return { valueStart: -1, valueEnd: -1, keyStart: -1, keyEnd: -1, children: undefined };
}

/** A segment as text, so that an index reads the same as a number (`1`) or a string (`"1"`). */
function segmentName(segment: PathSegment): string {
  return String(segment);
}
