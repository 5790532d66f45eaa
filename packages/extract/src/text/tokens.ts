/** A word or a punctuation character, with its place in the text. */
export interface Token {
  start: number;
  end: number;
  /** Lowercased surface form. */
  lower: string;
  /** Word (letters/digits, with inner apostrophes, hyphens, periods) or a single other character. */
  word: boolean;
}

// Each alternative starts on a distinct character class and the inner group must begin with a
// separator, so matching is linear: no backtracking blow-up on any input.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019\-.&][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

/** Splits text into tokens in one pass. Whitespace separates and is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const surface = m[0];
    const first = surface.charCodeAt(0);
    tokens.push({
      start: m.index,
      end: m.index + surface.length,
      lower: surface.toLowerCase(),
      word: surface.length > 1 || isWordChar(first),
    });
  }
  return tokens;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** True when the token's text starts with an uppercase letter. */
export function isCapitalised(text: string, token: Token): boolean {
  const ch = text[token.start] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
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
