// A namespace: a Node built without ICU has no transcode, which a named import would fail to load on.
import * as buffer from "node:buffer";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { DataPath, ParsedDocument } from "./document.js";
import { mergeConflicts } from "./merge-conflicts.js";
import { LineIndex } from "./positions.js";

/** Larger than any real matrix (the 10,000-action benchmark plan's files are ~1 MB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** What file-too-large says of a file of `bytes` bytes; readSource says it from the size, before reading. */
export function tooLargeMessage(bytes: number): string {
  return `the file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; plan files are at most ${MAX_FILE_BYTES / (1024 * 1024)} MB`;
}

/**
 * The first lone carriage return (CR) of `text` as a diagnostic, or undefined. Old Mac editors and
 * some pastes end lines so: the yaml package and Git see no line break there, Markdown and some
 * editors do, so that lines would be counted one way in a report and another in the editor.
 */
export function loneCarriageReturn(file: string, text: string, lines = () => new LineIndex(text)): Diagnostic | undefined {
  const at = loneCarriageReturnAt(text);
  if (at < 0) return undefined;
  return makeDiagnostic("line-ending", "this line ends in a lone carriage return (CR); plan files end their lines in LF or CRLF", file, lines().range(at, at + 1));
}

/** Where `text`'s first lone carriage return is, or -1. */
export function loneCarriageReturnAt(text: string): number {
  // A scan for any CR first: most files have none, and a string search is some four times a pattern's speed.
  return text.includes("\r") ? text.search(/\r(?!\n)/) : -1;
}

/**
 * What no draft can hold and every draft leaves out (merge/nfc.ts): the control characters XML 1.0
 * forbids and U+FFFE, U+FFFF. A tab, a line break, and a vertical tab or form feed (which become
 * line breaks) are not among them.
 */
const DROPPED = /[\x00-\x08\x0E-\x1F\uFFFE\uFFFF]/;
const CONTROL_NAMES: Readonly<Record<string, string>> = { "\x1b": "escape", "\x07": "bell", "\x08": "backspace", "\x00": "null", "\ufffe": "a noncharacter", "\uffff": "a noncharacter" };

/**
 * The characters of `text` from `from` on that the drafts leave out, as a warning at the first of
 * each line, which says how many more the line holds: a colour code pasted from a terminal, a
 * PDF's or an old word processor's control bytes. One warning a character had made a text of
 * 100,000 of them (a binary log pasted in) a report of 50 MB. Callers ask only where their own
 * scan found one (the fast readers give such a file to the full ones).
 */
export function droppedCharacters(file: string, text: string, from = 0, lines = () => new LineIndex(text)): Diagnostic[] {
  const body = from === 0 ? text : text.slice(from);
  if (!DROPPED.test(body)) return [];
  const index = lines();
  const firsts: { char: string; range: Range; more: number }[] = [];
  for (const found of body.matchAll(new RegExp(DROPPED, "g"))) {
    const at = from + found.index;
    const range = index.range(at, at + 1);
    const last = firsts[firsts.length - 1];
    if (last?.range.line === range.line) last.more++;
    else firsts.push({ char: found[0], range, more: 0 });
  }
  return firsts.map(({ char, range, more }) => {
    const others = more === 0 ? "" : ` (and ${more} more on this line)`;
    return makeDiagnostic("control-character", `${controlName(char)}, which editors seldom show: the drafts leave it out${others}`, file, range);
  });
}

/** `U+001B (escape)`. */
function controlName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} (${CONTROL_NAMES[char] ?? "a control character"})`;
}

/**
 * `doc` with a warning at each text of its YAML that holds a control character written as an
 * escape in double quotes (\`"\e[1mBold"\`, as plan convert writes a pasted one): the drafts leave
 * it out as they do one typed in. Looked for only in a file with a backslash and a double quote
 * and no control character typed in (droppedCharacters says those), so a clean file costs two
 * string searches. Said without the text's data path, which would keep the schema check quiet
 * about the text's own faults.
 */
export function escapedControls(doc: ParsedDocument, text: string): ParsedDocument {
  if (doc.value === undefined || !text.includes("\\") || !text.includes('"') || DROPPED.test(text)) return doc;
  const found: Diagnostic[] = [];
  const visit = (value: unknown, path: DataPath): void => {
    if (typeof value === "string") {
      const char = DROPPED.exec(value)?.[0];
      if (char !== undefined) found.push(makeDiagnostic("control-character", `${controlName(char)}, written as an escape in this text: the drafts leave it out`, doc.file, doc.locate(path)));
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(doc.value, []);
  return found.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...found] };
}

/**
 * `bom`: the text started with a byte-order mark, which it no longer holds (plan fmt writes it back).
 * `diagnostics`: why the file is not read (one, or one a merge conflict).
 */
export type Decoded = { text: string; bom: boolean; diagnostics?: undefined } | { text?: undefined; bom?: undefined; diagnostics: Diagnostic[] };

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * The text of `bytes`, or undefined where they are not UTF-8. Not TextDecoder: V8 turns UTF-8 with
 * any accent into a string at ~150 MB/s, while ICU's transcoding to UTF-16 and a copy take half
 * the time (the 18 MB bench plan: 90 ms against 46); ASCII is copied as it is.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.isAscii(view)) return view.toString("latin1");
  if (!buffer.isUtf8(view)) return undefined;
  // A Node built without ICU (configure --without-intl) has no transcode.
  if (typeof buffer.transcode !== "function") return fatalUtf8.decode(view);
  const text = buffer.transcode(view, "utf8", "utf16le").toString("utf16le");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes to text, or the diagnostics that say why this is not a text file we can read: one, or one
 * each merge conflict left in it, which no reader could make sense of. A byte-order mark is
 * dropped; CRLF stays (the parsers accept it).
 */
export function decodeSource(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return fail("file-too-large", tooLargeMessage(bytes.length));
  if (bytes.length === 0) return fail("empty-file", "the file is empty");
  // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; its NUL bytes would otherwise say "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || isBomlessUtf16(bytes)) {
    return fail("encoding", "the file is UTF-16; plan files are UTF-8");
  }
  const kind = binaryKind(bytes);
  if (kind) return fail("binary-file", `the file is not text (${kind})`);
  const text = utf8Text(bytes);
  if (text === undefined) return invalidUtf8(file, bytes);
  if (text.trim() === "") return fail("empty-file", "the file holds only white space");
  const conflicts = mergeConflicts(file, text);
  if (conflicts.length > 0) return { diagnostics: conflicts };
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };

  function fail(code: string, message: string): Decoded {
    return { diagnostics: [makeDiagnostic(code, message, file, START_OF_FILE)] };
  }
}

/**
 * UTF-16 saved without its byte-order mark (some exports do): text in the Latin script then has a
 * NUL as every other byte, on one side only, where a binary file's NULs fall anywhere.
 */
function isBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  return (odd >= pairs * 0.9 && even === 0) || (even >= pairs * 0.9 && odd === 0);
}

function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a zip archive, such as a Word .docx file";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "an old Word .doc or Office file";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF file";
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return "it contains NUL bytes";
  return undefined;
}

/** Points at the first byte that is not UTF-8, by line and column, as a person would look for it. */
function invalidUtf8(file: string, bytes: Uint8Array): Decoded {
  const offset = firstInvalidByte(bytes);
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(10) + 1;
  const line = before.filter((byte) => byte === 10).length + 1;
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
  const latin1 = byte >= "A0" ? ` ('${String.fromCharCode(bytes[offset]!)}' in Latin-1)` : "";
  const message = `byte 0x${byte}${latin1} is not UTF-8; the file seems to use another encoding`;
  const diagnostic = makeDiagnostic("encoding", message, file, { line, column, endLine: line, endColumn: column + 1 });
  return { diagnostics: [diagnostic] };
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const sequence = bytes.subarray(i, i + length);
    try {
      fatalUtf8.decode(sequence);
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}
