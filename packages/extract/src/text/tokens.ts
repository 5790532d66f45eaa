/** A word or a punctuation character, with its place in the text. */
export interface Token {
  start: number;
  end: number;
  /** Lowercased surface form. */
  lower: string;
  /** `lower` without a possessive or contraction ("russia's" -> "russia", "it's" -> "it"). */
  bare: string;
  /** Word (letters/digits, with inner apostrophes, hyphens, periods) or a single other character. */
  word: boolean;
  /** The first character is an uppercase letter. */
  cap: boolean;
}

// Character classes by UTF-16 code unit, filled lazily for non-ASCII: a hand-written scanner
// (rather than a Unicode regex) because tokenizing is the hottest loop of extraction.
const UNKNOWN = 0; // not classified yet: one table read tells a known class
const WORD = 1;
const SPACE = 2;
const UPPER = 3; // an ASCII capital: a word class too, but one that needs lowercasing
const OTHER = 4;
const classes = new Uint8Array(65536);

function classOf(code: number): number {
  const cls = classes[code]!;
  return cls !== UNKNOWN ? cls : learnClass(code);
}

function learnClass(code: number): number {
  const ch = String.fromCharCode(code);
  // a zero-width space, word joiner, byte-order mark or soft hyphen that pasted text carries
  // separates nothing a reader sees: it is space, not a token of its own (and a soft hyphen
  // inside a word joins it, see isJoiner)
  classes[code] = /[\p{L}\p{M}\p{N}]/u.test(ch)
    ? WORD
    : /[\s\u200b\u2060\ufeff\u00ad]/u.test(ch)
      ? SPACE
      : OTHER;
  return classes[code]!;
}
for (let code = 0; code < 128; code++) classOf(code);
for (let code = 65; code <= 90; code++) classes[code] = UPPER;
const isWordClass = (cls: number): boolean => cls === WORD || cls === UPPER;

/** Inner separators that keep a word whole: Canada's, they’re, short-range, U.S, AT&T, a soft hyphen. */
const isJoiner = (code: number): boolean =>
  code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 38 || code === 0xad;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
const HYPHEN = 0x2d;

/** "n't" or "n’t" at the end: 110 is "n", 116 is "t". */
const endsWithNt = (word: string, n: number): boolean =>
  word.charCodeAt(n - 3) === 110 &&
  isApostrophe(word.charCodeAt(n - 2)) &&
  word.charCodeAt(n - 1) === 116;

/** The endings after an apostrophe that withoutClitic drops, after any "n't". */
const CLITICS = ['s', 're', 've', 'll', 'd', 'm'];

/**
 * Drops a possessive or contraction ending from a lowercased word with an inner apostrophe:
 * "n't", then one of CLITICS after its apostrophe ("didn't" -> "did", "we're" -> "we"). Read
 * by character rather than by pattern, since every such word of every text comes here.
 */
export function withoutClitic(lower: string): string {
  let word = lower;
  const n = word.length;
  if (n >= 3 && endsWithNt(word, n)) word = word.slice(0, n - 3);
  for (const clitic of CLITICS) {
    const apostrophe = word.length - clitic.length - 1;
    if (apostrophe >= 0 && isApostrophe(word.charCodeAt(apostrophe)) && word.endsWith(clitic))
      return word.slice(0, apostrophe);
  }
  return word;
}

const LEFT_SINGLE_MARK = 0x2018;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The end of "'08" or "'90s" at the apostrophe `i`, after a space: two digits and no more, "s"
 * allowed; else i. (After another mark, as in ''24,'', it is one of two marks for a quote.)
 */
function abbreviatedYearEnd(text: string, i: number): number {
  if (i > 0 && classOf(text.charCodeAt(i - 1)) !== SPACE) return i;
  if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return i;
  const end = text.charCodeAt(i + 3) === 115 ? i + 4 : i + 3; // 115 is "s"
  return isWordClass(classOf(text.charCodeAt(end))) ? i : end;
}

/**
 * The end of a dash typed with the hyphen at i: a run of two or more hyphens, or one hyphen with
 * a space on each side between words (a score, "won 3 - 2", keeps its hyphen); else i.
 */
function typedDashEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === HYPHEN) j++;
  if (j > i + 1) return j;
  if (classOf(text.charCodeAt(i - 1)) !== SPACE || classOf(text.charCodeAt(i + 1)) !== SPACE)
    return i;
  return isDigit(text.charCodeAt(i - 2)) && isDigit(text.charCodeAt(i + 2)) ? i : j;
}

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
    if (isWordClass(cls)) {
      // Lowercasing is skipped for the many words with no capital and no non-ASCII letter.
      let plain = code < 128 && cls !== UPPER;
      let apostrophe = false;
      let j = i + 1;
      for (;;) {
        for (; j < n; j++) {
          const inner = text.charCodeAt(j);
          const innerClass = classOf(inner);
          if (!isWordClass(innerClass)) break;
          if (innerClass === UPPER || inner >= 128) plain = false;
        }
        if (
          j + 1 < n &&
          isJoiner(text.charCodeAt(j)) &&
          isWordClass(classOf(text.charCodeAt(j + 1)))
        ) {
          if (isApostrophe(text.charCodeAt(j))) apostrophe = true;
          j++; // past the joiner: the loop above reads on from the letter after it
        } else break;
      }
      const surface = text.slice(i, j);
      const lower = plain ? surface : surface.toLowerCase();
      tokens.push({
        start: i,
        end: j,
        lower,
        bare: apostrophe ? withoutClitic(lower) : lower,
        word: true,
        cap: lower.charCodeAt(0) !== code,
      });
      i = j;
      continue;
    }
    i = pushOther(tokens, text, i, code);
  }
  return tokens;
}

/** Each ASCII character as a string of its own. */
const ASCII_MARKS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/**
 * Pushes the token of the character at i, which opens no word (a dash typed with hyphens, an
 * abbreviated year, any other mark), and returns where the next token may start.
 */
function pushOther(tokens: Token[], text: string, i: number, code: number): number {
  // "Det.-Sgt.": a hyphen joining two abbreviated titles separates them as a space would (but
  // "U.S.-based" keeps it)
  if (code === HYPHEN && text.charCodeAt(i - 1) === 46 && classOf(text.charCodeAt(i + 1)) === UPPER)
    return i + 1;
  // "--", or "-" spaced on both sides, as typed where a dash is meant: one token, that dash
  const dash = code === HYPHEN ? typedDashEnd(text, i) : i;
  if (dash > i) {
    tokens.push({ start: i, end: dash, lower: '\u2014', bare: '\u2014', word: false, cap: false });
    return dash;
  }
  // "'08", "‘90s": an apostrophe standing for a year's century opens a word, no quote mark
  const year = isApostrophe(code) || code === LEFT_SINGLE_MARK ? abbreviatedYearEnd(text, i) : i;
  if (year > i) {
    const lower = text.slice(i, year);
    tokens.push({ start: i, end: year, lower, bare: lower, word: true, cap: false });
    return year;
  }
  // Any other character is a token of its own; a surrogate pair stays together.
  const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  // a horizontal bar is read as the dash it stands for ("WASHINGTON \u2015 ..."); an ASCII mark
  // (nearly every one) is taken from a table rather than sliced out of the text
  const mark =
    code < 128 ? ASCII_MARKS[code]! : code === 0x2015 ? '\u2014' : text.slice(i, i + width);
  tokens.push({ start: i, end: i + width, lower: mark, bare: mark, word: false, cap: false });
  return i + width;
}

/** The first token index whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token that ends after `offset` (binary search): where a span's tokens end. */
export function tokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
