/** One-line flow collections for the fast YAML reader: `[a, b]` and `{k: v, ...}`, nested or not. */
import { BAD, doubleQuotedValue, resolvePlain, singleQuotedValue } from "./fast-yaml-scalars.js";
import { bail } from "./bail.js";
import { checkedKey, closingQuote, COLON, DASH, type Entry, exactList, HASH, isIndicator, MAX_DEPTH, type Place, SPACE } from "./fast-yaml-syntax.js";

const FLOW_ENDS = new Set([...",[]{}"].map((c) => c.charCodeAt(0)));

/**
 * Reads the collection opening at `at`, which must close before `end` (its line's end). Like
 * BlockReader, each node method returns the value and leaves the place in `place` when asked to.
 */
export class FlowReader {
  place: Place | undefined;
  private depth = 0;

  constructor(
    private readonly text: string,
    /** Where reading goes on: after the collection once collection() returns. */
    public at: number,
    private readonly end: number,
    private readonly places: boolean,
  ) {}

  collection(): unknown {
    if (++this.depth > MAX_DEPTH) bail();
    const start = this.at;
    const isMap = this.text[start] === "{";
    const close = isMap ? "}" : "]";
    const map: Record<string, unknown> = {};
    const seq: unknown[] = [];
    const entries = this.places && isMap ? new Map<string, Entry>() : undefined;
    const items: Place[] | undefined = this.places && !isMap ? [] : undefined;
    this.at = this.skipSpaces(start + 1);
    if (this.text[this.at] !== close) {
      for (;;) {
        if (isMap) this.entry(map, entries);
        else seq.push(this.node());
        items?.push(this.place!);
        this.at = this.skipSpaces(this.at);
        if (this.text[this.at] === close) break;
        if (this.text[this.at] !== ",") bail();
        this.at = this.skipSpaces(this.at + 1);
        if (this.text[this.at] === close) bail(); // a trailing comma
      }
    }
    this.at++;
    this.depth--;
    return this.placed(isMap ? map : exactList(seq), { start, end: this.at, scalar: false, entries, items });
  }

  private entry(map: Record<string, unknown>, entries: Map<string, Entry> | undefined): void {
    const keyStart = this.at;
    const keyEnd = this.plainEnd();
    if (this.text.charCodeAt(keyEnd) !== COLON || this.text.charCodeAt(keyEnd + 1) !== SPACE) bail();
    const key = checkedKey(this.text, keyStart, keyEnd, map);
    this.at = this.skipSpaces(keyEnd + 1);
    map[key] = this.node();
    entries?.set(key, { keyStart, keyEnd, place: this.place! });
  }

  private node(): unknown {
    const c = this.text[this.at];
    if (c === "[" || c === "{") return this.collection();
    if (c === '"' || c === "'") return this.quoted();
    const start = this.at;
    const end = this.plainEnd();
    this.at = end;
    return this.placed(resolvePlain(this.text.slice(start, end)), { start, end, scalar: true });
  }

  /** A quoted scalar that closes on this line. */
  private quoted(): string {
    const start = this.at;
    const close = closingQuote(this.text, start);
    if (close === -1 || close >= this.end) bail();
    const source = this.text.slice(start, close + 1);
    const value = source[0] === '"' ? doubleQuotedValue(source) : singleQuotedValue(source);
    if (value === BAD) bail();
    this.at = close + 1;
    return this.placed(value, { start, end: this.at, scalar: true });
  }

  /**
   * Where the plain scalar at `at` ends, before trailing spaces: at `,`, a bracket, or a key's `: `.
   * Bails at an empty or badly started scalar, at any other `:` or `#`, and at the line's end.
   */
  private plainEnd(): number {
    const first = this.text.charCodeAt(this.at);
    const second = this.text.charCodeAt(this.at + 1);
    if (this.at >= this.end || (isIndicator(first) && !(first === DASH && this.at + 1 < this.end && second !== SPACE && !FLOW_ENDS.has(second)))) {
      bail();
    }
    let last = this.at;
    for (let i = this.at; i < this.end; i++) {
      const c = this.text.charCodeAt(i);
      if (FLOW_ENDS.has(c)) return last;
      if (c === COLON) return this.text.charCodeAt(i + 1) === SPACE && i === last ? last : bail();
      if (c === HASH) bail();
      if (c !== SPACE) last = i + 1;
    }
    return bail();
  }

  private skipSpaces(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  private placed<T>(value: T, place: Place): T {
    if (this.places) this.place = place;
    return value;
  }
}
