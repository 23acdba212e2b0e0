/** What the fast YAML reader's parts share: places, characters, key checks, quote and text searches. */
import { bail } from "./bail.js";
import { resolvePlain } from "./fast-yaml-scalars.js";
import { FORBIDDEN_KEYS } from "./sanitize.js";

/** Where a node is: a scalar's own range, or where a collection starts (it reaches to `end` or its line's end). */
export interface Place {
  start: number;
  end: number;
  scalar: boolean;
  entries?: Map<string, Entry>;
  items?: Place[];
}

/** A mapping's key range and its value's place. */
export interface Entry {
  keyStart: number;
  keyEnd: number;
  place: Place;
}

export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;

/**
 * Whether a comment whose first character (after the #) is `c` reads as part of the text before
 * it, as `Plan #2` or `#RCM2026` do: a comment people write starts with a space or more #.
 */
export function isTextLikeComment(c: number): boolean {
  return c !== SPACE && c !== HASH && c !== 0x09 && c !== 0x0d && c !== 0x0a && !Number.isNaN(c);
}

/** Whether a character code is one of YAML's indicators, none of which may start a plain scalar here. */
export function isIndicator(c: number): boolean {
  return c < 128 && INDICATORS[c] === 1;
}

/** A table, not a Set: the readers ask for nearly every key and value, and a lookup here is an index. */
const INDICATORS = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`") INDICATORS[c.charCodeAt(0)] = 1;

/** Deeper nesting than any plan file has (they go eight levels deep); the yaml package reads the rest. */
export const MAX_DEPTH = 100;

/**
 * A sequence's items in a list of their own length. A list grown by push has room for 17 items
 * (V8's first growth), 150 bytes where a short list of ids needs 30, and a large plan's lists all
 * live to the end, copied twice by the collector: 3 of the 16 MB the bench's large YAML files read into.
 */
export function exactList(items: unknown[]): unknown[] {
  return items.length === 0 ? items : items.slice();
}

/** Keys longer than this make the yaml package complain (its limit is 1024 characters to the `:`). */
const MAX_KEY_LENGTH = 1000;

/**
 * The plain key text[start, end), checked: no indicator characters but `-` and `:`, no trailing
 * space, resolving to a string (not null, a boolean or a number), allowed, and not yet in `taken`.
 */
export function checkedKey(text: string, start: number, end: number, taken: Readonly<Record<string, unknown>>): string {
  if (end - start > MAX_KEY_LENGTH || text.charCodeAt(end - 1) === SPACE) bail();
  const key = knownKey(text, start, end) ?? newKey(text.slice(start, end));
  if (Object.hasOwn(taken, key)) bail();
  return key;
}

/**
 * Keys that passed the checks, which depend on nothing but the key, by length: a plan's files use
 * a few dozen keys thousands of times each, and a key found here is neither checked again nor cut
 * out of the text (the string kept here is the one every mapping gets). Bounded, so that a file of
 * made-up keys can neither grow it without end nor make each lookup long.
 */
const KNOWN_KEYS = new Map<number, string[]>();
let knownKeys = 0;
const MAX_KNOWN_KEYS = 1000;
/** At most this many keys of one length are compared with the text. */
const MAX_SAME_LENGTH = 16;

function knownKey(text: string, start: number, end: number): string | undefined {
  const candidates = KNOWN_KEYS.get(end - start);
  if (candidates) for (const key of candidates) if (text.startsWith(key, start)) return key;
  return undefined;
}

function newKey(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (isIndicator(c) && c !== DASH && c !== COLON) bail();
  }
  if (typeof resolvePlain(key) !== "string" || FORBIDDEN_KEYS.has(key) || key === "<<") bail();
  const sameLength = KNOWN_KEYS.get(key.length) ?? [];
  if (knownKeys < MAX_KNOWN_KEYS && sameLength.length < MAX_SAME_LENGTH) {
    knownKeys++;
    sameLength.push(key);
    KNOWN_KEYS.set(key.length, sameLength);
  }
  return key;
}

/** The quote that closes the one at `start`, found as the yaml package's lexer finds it (maybe lines below), or -1. */
export function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let close = text.indexOf(quote, start + 1);
  if (quote === "'") while (close !== -1 && text[close + 1] === "'") close = text.indexOf("'", close + 2);
  else while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
  return close;
}

/** A `"` that a backslash escapes: an odd number of them stand before it. */
function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text[quote - 1 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

/** Where `needle` next occurs in `text`, for positions that mostly move forward: each search is done once. */
export class Finder {
  private from = 0;
  /** The first index of the needle at or after `from`, or the text's length; -1 before the first search. */
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The first index of the needle at or after `at`, or the text's length when there is none. */
  next(at: number): number {
    if (at < this.from || at > this.found) {
      const index = this.text.indexOf(this.needle, at);
      this.found = index === -1 ? this.text.length : index;
      this.from = at;
    }
    return this.found;
  }
}
