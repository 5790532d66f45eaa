/** A word or a punctuation character, with its place in the text. */
export interface Token {
  start: number;
  end: number;
  /** Lowercased surface form. */
  lower: string;
  /** Word (letters/digits, with inner apostrophes, hyphens, periods) or a single other character. */
  word: boolean;
  /** The first character is an uppercase letter. */
  cap: boolean;
}

// Character classes by UTF-16 code unit, filled lazily for non-ASCII: a hand-written scanner
// (rather than a Unicode regex) because tokenizing is the hottest loop of extraction.
const WORD = 1;
const SPACE = 2;
const classes = new Uint8Array(65536);
const known = new Uint8Array(65536);

function classOf(code: number): number {
  if (known[code]) return classes[code]!;
  const ch = String.fromCharCode(code);
  classes[code] = /[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD : /\s/.test(ch) ? SPACE : 0;
  known[code] = 1;
  return classes[code]!;
}
for (let code = 0; code < 128; code++) classOf(code);

/** Inner separators that keep a word whole: Canada's, they’re, short-range, U.S, AT&T. */
const isJoiner = (code: number): boolean =>
  code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 38;

/** Splits text into tokens in one linear pass. Whitespace separates and is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === WORD) {
      let j = i + 1;
      for (;;) {
        while (j < n && classOf(text.charCodeAt(j)) === WORD) j++;
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && classOf(text.charCodeAt(j + 1)) === WORD)
          j += 2;
        else break;
      }
      const lower = text.slice(i, j).toLowerCase();
      tokens.push({ start: i, end: j, lower, word: true, cap: lower.charCodeAt(0) !== code });
      i = j;
      continue;
    }
    // Any other character is a token of its own; a surrogate pair stays together.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    tokens.push({
      start: i,
      end: i + width,
      lower: text.slice(i, i + width),
      word: false,
      cap: false,
    });
    i += width;
  }
  return tokens;
}

/** The first token index whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
