/**
 * The seal at the end of a Markdown draft: a comment holding the digest of what plan wrote above it.
 * A text editor leaves no trace in a file, as Word does in a .docx (render/docx/provenance.ts); the
 * digest tells a draft as plan wrote it from one edited since, so that the next build does not
 * replace someone's edits with a new draft. The comment is invisible where the Markdown is shown.
 */
import { createHash } from "node:crypto";
import type { ReadAt } from "../../parse/zip-entries.js";

/** The seal's start, then the digest's 16 hexadecimal digits, a colon and the note in the draft's language. */
const SEAL = "<!-- plan build ";
const DIGEST_LENGTH = 16;
/** Larger than any draft plan writes (10,000 actions: some 30 MB): a file larger is not read to be told apart. */
const MAX_DRAFT_BYTES = 512 * 1024 * 1024;

/** The draft's pieces, then its seal: the digest of every piece before it, and `note` (Labels.sealNote). */
export function* sealed(pieces: Iterable<string>, note: string): Generator<string> {
  const hash = createHash("sha256");
  for (const piece of pieces) {
    hash.update(piece);
    yield piece;
  }
  yield `\n${SEAL}${hash.digest("hex").slice(0, DIGEST_LENGTH)}: ${note}. -->\n`;
}

/**
 * What the file of `size` bytes `readAt` reads is, where a Markdown draft is about to be written: a
 * draft as plan wrote it, one edited since (above its seal or after it), or a file plan did not write. A file without a seal that starts as the new draft (`unsealed`,
 * the draft without its seal) does, with its title, is a draft written before drafts were sealed,
 * or one whose seal was removed: it is plan's only if it is the new draft's text, and `unsealed`
 * otherwise, since nothing says whether it was edited. Line ends made CRLF (Git on Windows) or a
 * byte-order mark added are no edit.
 */
export function markdownDraftOrigin(readAt: ReadAt, size: number, unsealed: () => Iterable<string>): MarkdownOrigin {
  return size > MAX_DRAFT_BYTES ? "other" : originOf(asBuffer(readAt(0, size)), unsealed);
}

/**
 * Whether the file of `size` bytes `readAt` reads ends with a Markdown draft's seal (edited or not):
 * a draft plan wrote, such as one built into a folder the groups patterns do not read, not a
 * group's matrix left out of the plan. Only its end is read: a draft may be tens of megabytes.
 */
export function endsWithDraftSeal(readAt: ReadAt, size: number): boolean {
  const tail = Buffer.from(readAt(Math.max(0, size - SEAL_TAIL_BYTES), SEAL_TAIL_BYTES)).toString("latin1").replace(/\r\n/g, "\n");
  const at = tail.lastIndexOf(`\n${SEAL}`);
  return at >= 0 && /^[0-9a-f]{16}:/.test(tail.slice(at + 1 + SEAL.length));
}

/** Enough of a draft's end to hold its seal, its note in either language, and a few lines added after it. */
const SEAL_TAIL_BYTES = 4096;

/** `conflicted`: a draft holding git's conflict markers, as a merge of two branches that each built leaves it. */
export type MarkdownOrigin = "plan" | "edited" | "unsealed" | "conflicted" | "other";

/** Git's conflict markers, a line each, in their order: `<<<<<<< ours`, `=======`, `>>>>>>> theirs`. */
const CONFLICT = /^<{7}(?: |$)[^]*?^={7}$[^]*?^>{7}(?: |$)/m;

/** markdownDraftOrigin of a file's bytes. */
function originOf(bytes: Buffer, unsealed: () => Iterable<string>): MarkdownOrigin {
  // As bytes: a big plan's drafts are tens of megabytes, which as text would take twice that.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  // A CR or LF byte is never part of a character in UTF-8: CRLF made LF byte by byte, through latin1, which keeps every byte.
  if (bytes.includes(0x0d)) bytes = Buffer.from(bytes.toString("latin1").replace(/\r\n/g, "\n"), "latin1");
  if (bytes.includes("\n=======\n") && CONFLICT.test(bytes.toString("latin1"))) return "conflicted";
  const at = bytes.lastIndexOf(`\n${SEAL}`);
  const after = at < 0 ? "" : bytes.subarray(at + 1 + SEAL.length, at + 2 + SEAL.length + DIGEST_LENGTH).toString("latin1");
  const digest = /^([0-9a-f]{16}):$/.exec(after)?.[1];
  if (digest === undefined) {
    // The new draft, hashed as it is rendered; its first piece starts with its title line.
    const hash = createHash("sha256");
    let title: string | undefined;
    for (const piece of unsealed()) {
      title ??= piece.includes("\n") ? piece.slice(0, piece.indexOf("\n") + 1) : piece;
      hash.update(piece);
    }
    if (title === undefined || !bytes.subarray(0, Buffer.byteLength(title)).equals(Buffer.from(title))) return "other";
    return hash.digest().equals(createHash("sha256").update(bytes).digest()) ? "plan" : "unsealed";
  }
  // Notes added after the seal are an edit as much as any above it.
  const close = bytes.indexOf("-->", at);
  if (close < 0 || bytes.subarray(close + 3).toString("latin1").trim() !== "") return "edited";
  return createHash("sha256").update(bytes.subarray(0, at)).digest("hex").slice(0, DIGEST_LENGTH) === digest ? "plan" : "edited";
}

/** The same bytes as a Buffer, not copied. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
