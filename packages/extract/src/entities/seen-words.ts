import type { Token } from '../text/tokens.js';

/** Buckets: 32 lengths by 64 first-character codes. */
const BUCKETS = 32 * 64;

function bucketOf(word: string): number {
  // a collision only costs a comparison more; the empty word falls in bucket 0 either way
  return ((word.length & 31) << 6) | (word.charCodeAt(0) & 63);
}

/**
 * How the text writes its words: whether a word (lowercased, as `Token.bare`) is ever written in
 * lower case, or capitalised away from a sentence's start. The word tokens are grouped once by
 * length and first character, and a question compares only the tokens of its group: a text is
 * asked about a few dozen words, and putting every token into a Set (hashing each fresh string)
 * costs more than all the questions.
 */
export class SeenWords {
  /** Word token indices grouped by bucket, in text order within one. */
  private order: Int32Array | undefined;
  /** Bucket b holds order[starts[b]] up to order[starts[b + 1]]. */
  private starts: Int32Array | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    /** Tokens that open a sentence, a quotation or a clause after a colon. */
    private readonly initial: Uint8Array,
  ) {}

  /** Some word token in lower case is this word. */
  inLowerCase(word: string | undefined): boolean {
    return this.find(word, false);
  }

  /** Some capitalised word token that opens nothing is this word. */
  capitalised(word: string | undefined): boolean {
    return this.find(word, true);
  }

  /** (A caller may ask past the end of its list of words: no token is that word.) */
  private find(word: string | undefined, cap: boolean): boolean {
    if (word === undefined) return false;
    if (!this.order) this.group();
    const { tokens, initial } = this;
    const order = this.order!;
    const starts = this.starts!;
    const b = bucketOf(word);
    for (let n = starts[b]!; n < starts[b + 1]!; n++) {
      const i = order[n]!;
      const token = tokens[i]!;
      if (token.cap === cap && (!cap || !initial[i]) && token.bare === word) return true;
    }
    return false;
  }

  /** Groups the word tokens by bucket (a counting sort): on the first question only. */
  private group(): void {
    const { tokens } = this;
    const starts = new Int32Array(BUCKETS + 1);
    for (const token of tokens) {
      if (!token.word) continue;
      const b = bucketOf(token.bare) + 1;
      starts[b] = starts[b]! + 1;
    }
    for (let b = 0; b < BUCKETS; b++) starts[b + 1] = starts[b + 1]! + starts[b]!;
    const next = starts.slice(0, BUCKETS);
    const order = new Int32Array(starts[BUCKETS]!);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.word) continue;
      const b = bucketOf(token.bare);
      order[next[b]!] = i;
      next[b] = next[b]! + 1;
    }
    this.order = order;
    this.starts = starts;
  }
}
