/** Block structure for the fast YAML reader (fast-yaml.ts): mappings, sequences and the scalars in them. */
import { FlowReader } from "./fast-yaml-flow.js";
import { BAD, type BlockLine, blockScalarValue, doubleQuotedValue, resolvePlain, singleQuotedValue } from "./fast-yaml-scalars.js";
import { bail } from "./bail.js";
import { checkedKey, closingQuote, COLON, DASH, type Entry, exactList, Finder, HASH, isIndicator, isTextLikeComment, MAX_DEPTH, type Place, SPACE } from "./fast-yaml-syntax.js";

const PIPE = 0x7c;
const GREATER = 0x3e;
/** A line's indentation, matched where the line starts: one native search a line, where a loop over characters ran cold. */
const LEADING_SPACES = / */y;

/**
 * Reads a document line by line. Each node method returns the node's value and, when the reader
 * keeps places, leaves the node's place in `place`; `line` is then the line after the node.
 */
export class BlockReader {
  /**
   * Where each line starts, where its text ends (before "\n" or "\r\n") and how many spaces
   * indent it. Typed arrays of the file's line count: arrays grown line by line were most of the
   * garbage this reader made (17 of the 30 MB reading the bench's large plan).
   */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private line = 0;
  /** How many collections hold the node being read. */
  private depth = 0;
  /** The place of the node read last, when `places` is on. */
  place: Place | undefined;
  /** Set by plainLineEnd when a comment ended the line. */
  private sawComment = false;
  /** Native searches instead of loops over characters: a cold process reads a file before the JIT warms up. */
  private readonly comments: Finder;
  private readonly colons: Finder;

  constructor(
    private readonly text: string,
    /** Off for the first reading: most files need only the value, and places double the garbage. */
    private readonly places: boolean,
  ) {
    this.comments = new Finder(text, " #");
    this.colons = new Finder(text, ": ");
    let count = 1;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", newline + 1)) count++;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.indents = new Int32Array(count);
    for (let line = 0, start = 0; line < count; line++) {
      const newline = text.indexOf("\n", start);
      const end = newline === -1 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      LEADING_SPACES.lastIndex = start;
      LEADING_SPACES.test(text);
      this.starts[line] = start;
      this.ends[line] = end;
      this.indents[line] = LEADING_SPACES.lastIndex - start;
      start = newline + 1;
    }
  }

  /** The root mapping or sequence, which must start a line at column 1 and take the whole text. */
  document(): unknown {
    const first = this.nextContent(0);
    if (first === this.starts.length || this.indents[first] !== 0) bail();
    const at = this.starts[first]!;
    if (!this.isDash(at, this.ends[first]!) && this.keyColon(at, this.ends[first]!) < 0) bail();
    const value = this.blockNode(first, -1);
    if (this.nextContent(this.line) !== this.starts.length) bail();
    return value;
  }

  private isBlank(line: number): boolean {
    return this.starts[line]! + this.indents[line]! === this.ends[line]!;
  }

  /** The first line from `line` on that holds more than spaces and a comment. */
  private nextContent(line: number): number {
    for (; line < this.starts.length; line++) {
      if (!this.isBlank(line) && this.text.charCodeAt(this.starts[line]! + this.indents[line]!) !== HASH) return line;
    }
    return line;
  }

  /** `-` followed by a space or the end of the line. */
  private isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** After a value: only spaces and a comment may follow on its line. */
  private expectLineEnd(at: number, end: number): void {
    const next = this.skipSpaces(at, end);
    if (next < end && !(next > at && this.text.charCodeAt(next) === HASH)) bail();
  }

  private placed<T>(value: T, place: Place): T {
    if (this.places) this.place = place;
    return value;
  }

  /** A node that starts its own line (the root, or a value below its key or dash). */
  private blockNode(line: number, parentIndent: number): unknown {
    const at = this.starts[line]! + this.indents[line]!;
    const end = this.ends[line]!;
    if (this.isDash(at, end)) return this.blockSeq(line);
    if (this.keyColon(at, end) >= 0) return this.blockMap(line, at);
    const c = this.text.charCodeAt(at);
    if (c === PIPE || c === GREATER) bail(); // a block scalar's header alone on its line
    return this.inlineValue(line, at, parentIndent);
  }

  /** The `:` that ends a plain implicit key starting at `at`, or -1 when the line has no `key:` there. */
  private keyColon(at: number, end: number): number {
    if (isIndicator(this.text.charCodeAt(at))) return -1;
    const spaced = this.colons.next(at);
    const colon = spaced < end ? spaced : this.text.charCodeAt(end - 1) === COLON ? end - 1 : -1;
    return colon === -1 || this.comments.next(at) < colon ? -1 : colon;
  }

  /** A block mapping whose first key starts at `start`; the others start their lines at the same column. */
  private blockMap(line: number, start: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) bail();
    const column = start - this.starts[line]!;
    const value: Record<string, unknown> = {};
    const entries = this.places ? new Map<string, Entry>() : undefined;
    for (let at = start; ; at = this.starts[line]! + column) {
      const colon = this.keyColon(at, this.ends[line]!);
      if (colon < 0) bail();
      const key = checkedKey(this.text, at, colon, value);
      value[key] = this.mapValue(line, colon + 1, column);
      entries?.set(key, { keyStart: at, keyEnd: colon, place: this.place! });
      line = this.nextContent(this.line);
      if (line === this.starts.length || this.indents[line]! < column) break;
      if (this.indents[line]! > column) bail();
    }
    this.line = line;
    this.depth--;
    return this.placed(value, { start, end: this.text.length, scalar: false, entries });
  }

  /** The value after a key's `:` (at `at`), on the key's line or below it. */
  private mapValue(line: number, at: number, column: number): unknown {
    const end = this.ends[line]!;
    const next = this.skipSpaces(at, end);
    if (next === end || this.text.charCodeAt(next) === HASH) return this.valueBelow(line, next, column, true);
    return this.inlineValue(line, next, column);
  }

  /**
   * The value of a key or dash with nothing after it on its line: a node indented deeper below, a
   * sequence at the key's own column, or else null, placed where the yaml package places it.
   */
  private valueBelow(line: number, emptyAt: number, column: number, sequenceAtColumn: boolean): unknown {
    const next = this.nextContent(line + 1);
    if (next < this.starts.length) {
      const indent = this.indents[next]!;
      const at = this.starts[next]! + indent;
      const dash = this.isDash(at, this.ends[next]!);
      if (indent > column) {
        // A comment line between them can change where the yaml package's lexer ends a scalar below its key.
        if (next > line + 1 && !dash && this.keyColon(at, this.ends[next]!) < 0) bail();
        return this.blockNode(next, column);
      }
      if (sequenceAtColumn && indent === column && dash) return this.blockSeq(next);
    }
    this.line = line + 1;
    return this.placed(null, { start: emptyAt, end: emptyAt, scalar: true });
  }

  /** A block sequence whose first dash starts `line` after its indentation. */
  private blockSeq(line: number): unknown[] {
    if (++this.depth > MAX_DEPTH) bail();
    const column = this.indents[line]!;
    const start = this.starts[line]! + column;
    const value: unknown[] = [];
    const items: Place[] | undefined = this.places ? [] : undefined;
    for (;;) {
      const end = this.ends[line]!;
      const at = this.skipSpaces(this.starts[line]! + column + 1, end);
      if (at === end || this.text.charCodeAt(at) === HASH) value.push(this.valueBelow(line, at, column, false));
      else if (this.isDash(at, end)) bail(); // "- - x": a sequence in a sequence on one line
      else if (this.keyColon(at, end) >= 0) value.push(this.blockMap(line, at));
      else value.push(this.inlineValue(line, at, column));
      items?.push(this.place!);
      line = this.nextContent(this.line);
      if (line === this.starts.length || this.indents[line]! < column) break;
      if (this.indents[line]! > column) bail();
      if (!this.isDash(this.starts[line]! + column, this.ends[line]!)) break; // the parent mapping's next key
    }
    this.line = line;
    this.depth--;
    return this.placed(exactList(value), { start, end: this.text.length, scalar: false, items });
  }

  /** A scalar or flow collection starting at `at`; lines that continue it are indented deeper than `parentIndent`. */
  private inlineValue(line: number, at: number, parentIndent: number): unknown {
    const c = this.text.charCodeAt(at);
    if (c === PIPE || c === GREATER) return this.blockScalar(line, at, parentIndent);
    if (c === 0x22 || c === 0x27) return this.quoted(line, at, parentIndent);
    if (c === 0x5b || c === 0x7b) return this.flowOnLine(line, at);
    if (isIndicator(c) && !(c === DASH && at + 1 < this.ends[line]! && this.text.charCodeAt(at + 1) !== SPACE)) bail();
    return this.plain(line, at, parentIndent);
  }

  /** Where the plain text from `at` ends on its line, before trailing spaces and a comment. */
  private plainLineEnd(at: number, end: number): number {
    const comment = this.comments.next(at);
    this.sawComment = comment < end;
    // `Plan #2`: a comment that reads as part of the text; the yaml package's reading warns of it.
    if (this.sawComment && comment + 2 < end && isTextLikeComment(this.text.charCodeAt(comment + 2))) bail();
    const limit = this.sawComment ? comment : end;
    // `: ` or a final `:` would make the text a key where a value should be.
    if (this.colons.next(at) < limit || (limit === end && this.text.charCodeAt(end - 1) === COLON)) bail();
    let last = limit;
    while (last > at && this.text.charCodeAt(last - 1) === SPACE) last--;
    return last;
  }

  /** A plain scalar, folding the deeper-indented lines that continue it. */
  private plain(line: number, start: number, parentIndent: number): unknown {
    let end = this.plainLineEnd(start, this.ends[line]!);
    let source = this.text.slice(start, end);
    let last = line;
    let blanks = 0;
    for (let next = line + 1; !this.sawComment && next < this.starts.length; next++) {
      if (this.isBlank(next)) {
        blanks++;
        continue;
      }
      const at = this.starts[next]! + this.indents[next]!;
      if (this.indents[next]! <= parentIndent || this.text.charCodeAt(at) === HASH) break;
      end = this.plainLineEnd(at, this.ends[next]!);
      source += (blanks === 0 ? " " : "\n".repeat(blanks)) + this.text.slice(at, end);
      blanks = 0;
      last = next;
    }
    this.line = last + 1;
    return this.placed(resolvePlain(source), { start, end, scalar: true });
  }

  /** A quoted scalar, which may go on over deeper-indented lines. */
  private quoted(line: number, start: number, parentIndent: number): string {
    const close = closingQuote(this.text, start);
    if (close < 0) bail();
    let last = line;
    while (this.ends[last]! < close) {
      last++;
      if (!this.isBlank(last) && this.indents[last]! <= parentIndent) bail();
    }
    const source = this.text.slice(start, close + 1);
    const value = source[0] === '"' ? doubleQuotedValue(source) : singleQuotedValue(source);
    if (value === BAD) bail();
    this.expectLineEnd(close + 1, this.ends[last]!);
    this.line = last + 1;
    return this.placed(value, { start, end: close + 1, scalar: true });
  }

  /** A `|`, `|-`, `>` or `>-` block scalar whose header is at `start`. */
  private blockScalar(line: number, start: number, parentIndent: number): string {
    const strip = this.text.charCodeAt(start + 1) === DASH;
    const afterHeader = start + (strip ? 2 : 1);
    const end = this.ends[line]!;
    if (afterHeader < end && this.text.charCodeAt(afterHeader) !== SPACE) bail(); // keep (+), indentation digits
    this.expectLineEnd(afterHeader, end);
    let first = line + 1;
    while (first < this.starts.length && this.isBlank(first)) first++;
    if (first === this.starts.length || this.indents[first]! <= parentIndent) bail(); // empty
    const indent = this.indents[first]!;
    for (let blank = line + 1; blank < first; blank++) if (this.indents[blank]! > indent) bail(); // the yaml package's error
    let last = first;
    let next = first + 1;
    for (; next < this.starts.length && (this.isBlank(next) || this.indents[next]! >= indent); next++) {
      if (!this.isBlank(next)) last = next;
    }
    // Trailing blank lines indented deeper than the text would belong to the value: not ours.
    for (let blank = last + 1; blank < next; blank++) if (this.indents[blank]! > indent) bail();
    const lines: BlockLine[] = [];
    for (let i = line + 1; i <= last; i++) {
      lines.push({ indent: this.indents[i]!, text: this.text.slice(this.starts[i]! + this.indents[i]!, this.ends[i]!) });
    }
    this.line = last + 1;
    const valueEnd = last + 1 < this.starts.length ? this.starts[last + 1]! : this.text.length;
    const value = blockScalarValue(lines, indent, this.text.charCodeAt(start) === GREATER, strip);
    return this.placed(value, { start, end: valueEnd, scalar: true });
  }

  /** A flow collection that opens and closes on this line. */
  private flowOnLine(line: number, start: number): unknown {
    const end = this.ends[line]!;
    const flow = new FlowReader(this.text, start, end, this.places);
    const value = flow.collection();
    this.expectLineEnd(flow.at, end);
    this.line = line + 1;
    if (this.places) this.place = flow.place;
    return value;
  }
}
