/**
 * CRC-32 as zip has it (fflate keeps its own to itself), and the CRC of two pieces joined, so a
 * part compressed in two streams, its head written last, still gets the CRC of its whole text.
 */
const POLYNOMIAL = 0xedb88320;

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC of `bytes` following the CRC `crc` of what came before them (0 at the start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** a·b modulo the CRC polynomial, bit-reflected (zlib's multmodp). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let m = 0x80000000; m !== 0; m >>>= 1) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(8·bytes) modulo the polynomial: what shifting a CRC past `bytes` zero bytes multiplies it by. */
function shiftOperator(bytes: number): number {
  let power = 0x80000000; // x^0
  let square = 0x00800000; // x^8: one byte
  for (let n = bytes; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) power = multiplyModP(square, power);
    square = multiplyModP(square, square);
  }
  return power;
}

/** The CRC of A followed by B, from A's CRC, B's CRC and B's length (zlib's crc32_combine). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(shiftOperator(lengthB), crcA) ^ crcB) >>> 0;
}
