/**
 * A part compressed as it is written, so a draft of 10,000 actions never holds its 150 MB of
 * document.xml, only the few MB they deflate to. The part's head (the table of contents, whose
 * page numbers are known only at the end) is written last and put in front as stored (not
 * compressed) DEFLATE blocks, which end on a byte boundary, so the body's stream can follow.
 */
import { Deflate } from "fflate";
import { crc32, crc32Combine } from "../../parse/crc32.js";

/** Where the writer sends the document's XML, in order. */
export interface XmlSink {
  write(xml: string): void;
}

/** A zip entry's data already deflated, with what its headers need to know about the text. */
export interface DeflatedPart {
  chunks: Uint8Array[];
  crc: number;
  size: number;
}

/** The compression level of every part; the same level gives the same bytes. */
export const LEVEL = 6;
/** Characters gathered before they are encoded and compressed: fflate compresses chunks this size as fast as a whole part. */
const BATCH = 1 << 18;
const encoder = new TextEncoder();

export class DeflatingSink implements XmlSink {
  private batch: string[] = [];
  private batchLength = 0;
  /** The batch as UTF-8: three bytes at most for each UTF-16 unit. */
  private bytes = new Uint8Array(3 * BATCH);
  private readonly chunks: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  private readonly deflate = new Deflate({ level: LEVEL }, (chunk) => this.chunks.push(chunk));

  write(xml: string): void {
    this.batch.push(xml);
    this.batchLength += xml.length;
    if (this.batchLength >= BATCH) this.compress(false);
  }

  /** Ends the stream, `head` going before everything written. */
  end(head: string): DeflatedPart {
    this.compress(true);
    const headBytes = encoder.encode(head);
    return {
      chunks: [storedBlocks(headBytes), ...this.chunks],
      crc: crc32Combine(crc32(headBytes), this.crc, this.size),
      size: headBytes.length + this.size,
    };
  }

  private compress(final: boolean): void {
    if (this.bytes.length < 3 * this.batchLength) this.bytes = new Uint8Array(3 * this.batchLength);
    // Each piece encoded where it goes: joining them first costs more than the encoding.
    let length = 0;
    for (const piece of this.batch) length += encoder.encodeInto(piece, this.bytes.subarray(length)).written;
    const bytes = this.bytes.subarray(0, length);
    this.batch = [];
    this.batchLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    // fflate copies what it is given, so the buffer is free again.
    this.deflate.push(bytes, final);
  }
}

/** The most a stored block holds. */
const STORED_MAX = 0xffff;

/**
 * `bytes` as DEFLATE stored blocks, none of them final: the data as it is, ending on a byte
 * boundary, so that the body's stream can follow it. The head (cover and contents) is a small part
 * of the document; storing it costs that much in size and needs nothing of fflate's internals.
 */
export function storedBlocks(bytes: Uint8Array): Uint8Array {
  const count = Math.max(1, Math.ceil(bytes.length / STORED_MAX));
  const out = new Uint8Array(bytes.length + 5 * count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const block = bytes.subarray(i * STORED_MAX, (i + 1) * STORED_MAX);
    const length = block.length;
    // BFINAL 0 and BTYPE 00 (stored) in the first three bits, the rest of the byte padding; then LEN and NLEN.
    out.set([0, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff], at);
    out.set(block, at + 5);
    at += 5 + length;
  }
  return out;
}

/** Collects XML as it is written, for the part of the document that is compressed last. */
export class StringSink implements XmlSink {
  private readonly pieces: string[] = [];

  write(xml: string): void {
    this.pieces.push(xml);
  }

  toString(): string {
    return this.pieces.join("");
  }
}
