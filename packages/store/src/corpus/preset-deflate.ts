/**
 * Raw deflate (RFC 1951) of short text against a preset dictionary, for packing quotes and
 * claims one by one. zlib spends about 20 µs on each such call, nearly all of it setting up:
 * allocating its tables, hashing the 3 KB dictionary anew and building Huffman trees for a
 * block of a few hundred bytes. Here the dictionary is hashed once, and the block uses deflate's
 * fixed Huffman codes, which zlib itself chooses for most items this short. Any inflater given
 * the same dictionary reads the output (packing.ts reads it with zlib's inflateRawSync).
 */

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MAX_DISTANCE = 32768;
const HASH_BITS = 15;
/**
 * Earlier positions tried for a match at each position, which bounds the work on repetitive
 * text: on news items, trying more shrinks the output by less than 0.01 per cent.
 */
const MAX_CHAIN = 32;
/** A match this long is taken without looking one position further for a longer one. */
const LAZY_LIMIT = 32;

/** Base length and extra bits of length codes 257 to 285. */
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/** Base distance and extra bits of distance codes 0 to 29. */
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

/** `bits` bits of `code` in reverse order: Huffman codes go most significant bit first. */
function reversed(code: number, bits: number): number {
  let out = 0;
  for (let i = 0; i < bits; i++) out |= ((code >> i) & 1) << (bits - 1 - i);
  return out;
}

/** The fixed literal/length code of each symbol 0 to 287 (RFC 1951, 3.2.6), reversed, and its bits. */
const FIXED_CODE = new Uint16Array(288);
const FIXED_BITS = new Uint8Array(288);
for (let symbol = 0; symbol < 288; symbol++) {
  const [first, base, bits] =
    symbol < 144
      ? [0, 0x30, 8]
      : symbol < 256
        ? [144, 0x190, 9]
        : symbol < 280
          ? [256, 0, 7]
          : [280, 0xc0, 8];
  FIXED_CODE[symbol] = reversed(base + symbol - first, bits);
  FIXED_BITS[symbol] = bits;
}

/** The length code (0-based, from 257) of each match length. */
const LENGTH_CODE = new Uint8Array(MAX_MATCH + 1);
for (let code = 0; code < LENGTH_BASE.length; code++)
  for (
    let length = LENGTH_BASE[code]!;
    length < LENGTH_BASE[code]! + (1 << LENGTH_EXTRA[code]!);
    length++
  )
    if (length <= MAX_MATCH) LENGTH_CODE[length] = code;

/** The fixed five-bit code of each distance code, reversed. */
const DISTANCE_CODE = DISTANCE_BASE.map((_, code) => reversed(code, 5));

function distanceCode(distance: number): number {
  if (distance <= 4) return distance - 1;
  const bits = 31 - Math.clz32(distance - 1);
  return 2 * bits + (((distance - 1) >> (bits - 1)) & 1);
}

/** Bits written least significant first, as deflate packs them, into a buffer kept for reuse. */
class BitWriter {
  private bytes = new Uint8Array(4096);
  private length = 0;
  private pending = 0;
  private pendingBits = 0;

  /** Empties the writer, with room for `capacity` bytes after `prefix`, which it starts with. */
  reset(prefix: Uint8Array, capacity: number): void {
    if (this.bytes.length < prefix.length + capacity)
      this.bytes = new Uint8Array(prefix.length + capacity);
    this.bytes.set(prefix);
    this.length = prefix.length;
    this.pending = 0;
    this.pendingBits = 0;
  }

  /** At most 24 bits at a time. */
  write(value: number, bits: number): void {
    this.pending |= value << this.pendingBits;
    this.pendingBits += bits;
    while (this.pendingBits >= 8) {
      this.bytes[this.length++] = this.pending & 0xff;
      this.pending >>>= 8;
      this.pendingBits -= 8;
    }
  }

  /** A copy of the bytes written, the last one padded with zero bits. */
  finish(): Uint8Array {
    if (this.pendingBits > 0) this.write(0, 8 - this.pendingBits);
    return this.bytes.slice(0, this.length);
  }
}

const encoder = new TextEncoder();
const NO_PREFIX = new Uint8Array(0);

/** Deflates text against one dictionary; reusable, not reentrant (it keeps working buffers). */
export class PresetDictionaryDeflater {
  /** The dictionary, then the text being packed. */
  private window: Uint8Array;
  /** The hash of each position of the text. */
  private hashes: Int32Array;
  /** Each position's previous position with the same hash (dictionary positions filled once). */
  private previous: Int32Array;
  private readonly start: number;
  /** The dictionary's latest position of each hash. */
  private readonly dictionaryHead = new Int32Array(1 << HASH_BITS).fill(-1);
  /** The latest position of each hash; between calls, dictionaryHead's. */
  private readonly head = new Int32Array(1 << HASH_BITS);
  private readonly out = new BitWriter();
  /** The distance of the match longestMatch found last. */
  private distance = 0;

  constructor(dictionary: Uint8Array) {
    this.start = dictionary.length;
    this.window = new Uint8Array(this.start + 4096);
    this.window.set(dictionary);
    this.previous = new Int32Array(this.window.length);
    this.hashes = new Int32Array(this.window.length);
    for (let at = 0; at + MIN_MATCH <= this.start; at++) {
      const hash = this.hash(at);
      this.previous[at] = this.dictionaryHead[hash]!;
      this.dictionaryHead[hash] = at;
    }
    this.head.set(this.dictionaryHead);
  }

  /**
   * `prefix` then the deflated text, in one new array: a caller that stores a header before the
   * deflated bytes saves allocating and copying them twice.
   */
  deflate(text: string, prefix: Uint8Array = NO_PREFIX): Uint8Array {
    this.reserve(this.start + text.length * 3);
    const end = this.start + encoder.encodeInto(text, this.window.subarray(this.start)).written;
    for (let at = this.start; at + MIN_MATCH <= end; at++) this.hashes[at] = this.hash(at);
    this.out.reset(prefix, Math.ceil(((end - this.start) * 9) / 8) + 8);
    this.out.write(0b011, 3); // the last block, fixed Huffman codes
    this.writeSymbols(end);
    this.out.write(FIXED_CODE[256]!, FIXED_BITS[256]!); // end of block
    // Forget the text's positions: the next call starts from the dictionary's.
    for (let at = this.start; at + MIN_MATCH <= end; at++) {
      const hash = this.hashes[at]!;
      this.head[hash] = this.dictionaryHead[hash]!;
    }
    return this.out.finish();
  }

  /** Literals and matches for window[start..end), each match the longer of two positions'. */
  private writeSymbols(end: number): void {
    let at = this.start;
    let length = this.longestMatch(at, end);
    let distance = this.distance;
    while (at < end) {
      this.insert(at, end);
      if (length > 0 && length < LAZY_LIMIT) {
        const next = this.longestMatch(at + 1, end);
        if (next > length) {
          this.writeLiteral(at);
          at++;
          length = next;
          distance = this.distance;
          continue;
        }
      }
      if (length === 0) {
        this.writeLiteral(at);
        at++;
      } else {
        writeMatch(this.out, length, distance);
        for (let inside = at + 1; inside < at + length; inside++) this.insert(inside, end);
        at += length;
      }
      length = this.longestMatch(at, end);
      distance = this.distance;
    }
  }

  private writeLiteral(at: number): void {
    const byte = this.window[at]!;
    this.out.write(FIXED_CODE[byte]!, FIXED_BITS[byte]!);
  }

  /** The length of the longest match for `at` (0 if none), its distance in this.distance. */
  private longestMatch(at: number, end: number): number {
    const window = this.window;
    const limit = Math.min(MAX_MATCH, end - at);
    if (limit < MIN_MATCH) return 0;
    let best = MIN_MATCH - 1;
    let candidate = this.head[this.hashes[at]!]!;
    for (
      let tries = MAX_CHAIN;
      candidate >= 0 && at - candidate <= MAX_DISTANCE;
      candidate = this.previous[candidate]!
    ) {
      // A longer match must also agree at the best length so far: most candidates fail here.
      if (window[candidate + best] === window[at + best]) {
        let length = 0;
        while (length < limit && window[candidate + length] === window[at + length]) length++;
        if (length > best) {
          best = length;
          this.distance = at - candidate;
          if (length === limit) break;
        }
      }
      if (--tries === 0) break;
    }
    return best >= MIN_MATCH ? best : 0;
  }

  /** Adds a position of the text to the chains, when its three bytes are all the text's. */
  private insert(at: number, end: number): void {
    if (at + MIN_MATCH > end) return;
    const hash = this.hashes[at]!;
    this.previous[at] = this.head[hash]!;
    this.head[hash] = at;
  }

  private hash(at: number): number {
    const w = this.window;
    const bytes = w[at]! | (w[at + 1]! << 8) | (w[at + 2]! << 16);
    return Math.imul(bytes, 0x9e3779b1) >>> (32 - HASH_BITS);
  }

  /** Room for `size` bytes of window, keeping the dictionary and its chains. */
  private reserve(size: number): void {
    if (size <= this.window.length) return;
    const window = new Uint8Array(size);
    window.set(this.window.subarray(0, this.start));
    const previous = new Int32Array(size);
    previous.set(this.previous.subarray(0, this.start));
    this.window = window;
    this.previous = previous;
    this.hashes = new Int32Array(size);
  }
}

function writeMatch(out: BitWriter, length: number, distance: number): void {
  const lengthCode = LENGTH_CODE[length]!;
  const symbol = 257 + lengthCode;
  out.write(FIXED_CODE[symbol]!, FIXED_BITS[symbol]!);
  out.write(length - LENGTH_BASE[lengthCode]!, LENGTH_EXTRA[lengthCode]!);
  const code = distanceCode(distance);
  out.write(DISTANCE_CODE[code]!, 5);
  out.write(distance - DISTANCE_BASE[code]!, DISTANCE_EXTRA[code]!);
}
