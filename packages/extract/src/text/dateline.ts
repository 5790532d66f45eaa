import type { Block, Span } from '@sourcetrace/article-model';
import { tokenAt, tokenEndingAfter, type Token } from './tokens.js';

const DASHES = '\u2013\u2014-';

/**
 * A wire dateline opening a paragraph: the place in capitals, perhaps its state or country as
 * usual after a comma (`EASTVALE, Ill.`) or the date (`EASTVALE, June 9`, `EASTVALE, Dec. 8,
 * 2016`), perhaps the agency in brackets (`(Harbour Wire)`), then a dash: `NORLAND (Harbour
 * Wire) —`. Returns the dash's token index, or -1.
 */
export function datelineDash(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): number {
  let i = from;
  let words = 0;
  let region = false;
  for (; i < to && i - from < 12; i++) {
    if (isPunct(tokens[i], DASHES) || isPunct(tokens[i], ':')) break;
    if (isPunct(tokens[i], '(')) {
      while (i < to && i - from < 12 && !isPunct(tokens[i], ')')) i++;
      continue;
    }
    const token = tokens[i]!;
    if (token.word) {
      const capitals = inCapitals(text, token);
      if (!capitals && !(region && (token.cap || dayOrYear(text.slice(token.start, token.end)))))
        return -1;
      words++;
    } else if (isPunct(tokens[i], ',')) region = words > 0;
    else if (!isPunct(tokens[i], ".'\u2019")) return -1;
  }
  if (words === 0 || i >= to) return -1;
  if (isPunct(tokens[i], DASHES)) return i;
  return isPunct(tokens[i], ':') && tokens[i]!.start === colonDateline(text) ? i : -1;
}

/** The token is a dash, as a dateline writes it before the story. */
export function isDatelineDash(t: Token | undefined): boolean {
  return isPunct(t, DASHES);
}

/** The token is a mark (no word) found in `chars`. */
function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && !t.word && chars.includes(t.lower);
}

/**
 * The word is written in capitals: it has one and no lower-case letter. Most words have a
 * lower-case ASCII letter among their first two, which rules them out without slicing the word
 * (datelines are looked for at the start of every unit of every text).
 */
export function inCapitals(text: string, token: Token): boolean {
  for (let k = token.start; k < token.end && k < token.start + 2; k++) {
    const code = text.charCodeAt(k);
    if (code >= 97 && code <= 122) return false;
  }
  const word = text.slice(token.start, token.end);
  // (token.lower is the word lowercased already)
  return word !== token.lower && word === word.toUpperCase();
}

/** A day of the month or a year written in digits, as a dateline's date has it ("9", "2016"). */
const dayOrYear = (word: string): boolean => /^\d{1,4}$/.test(word);

/**
 * A line opening on place names in capitals and a colon, as some papers write a dateline
 * (`NEW SORVANI: The firm on Friday confirmed ...`): only in the lines after the title, and only where
 * no other line opens on such a label (a transcript's turns do: `HOST: ...`, `MARSH: ...`).
 */
const LABEL_LINE = /^[ \t]*\p{Lu}[\p{Lu}.'\u2019 -]*(?:, \p{Lu}[\p{L}.]*)?:[ \t]+\p{Lu}/gmu;
/** A colon dateline opens a line after the title, and before the third line. */
const DATELINE_LINES = 3;

let lastText: string | undefined;
let lastColon = -1;

/** The offset of the colon of the text's colon dateline, or -1 (kept for the last text read). */
function colonDateline(text: string): number {
  if (text === lastText) return lastColon;
  lastText = text;
  lastColon = -1;
  LABEL_LINE.lastIndex = 0;
  const first = LABEL_LINE.exec(text);
  if (!first || LABEL_LINE.exec(text)) return lastColon;
  const before = text
    .slice(0, first.index)
    .split(/\n/)
    .filter((line) => line.trim());
  // (not the title: "KELBY WIRE: Fares to rise" credits a source)
  if (before.length >= 1 && before.length < DATELINE_LINES)
    lastColon = text.indexOf(':', first.index);
  return lastColon;
}

/**
 * Where a sentence starts after a wire dateline (`OTTAWA —`, `ST. JOHN'S, N.L. (CP) -`): place
 * names in capitals, an optional agency in brackets, then a dash. The dateline is no one's words.
 */
export function afterDateline(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): number {
  const dash = datelineDash(text, tokens, from, to);
  return dash >= 0 && dash + 1 < to ? dash + 1 : from;
}

/** The datelines opening the blocks, each from its place to its dash: no one's words or names. */
export function datelineSpans(
  text: string,
  tokens: readonly Token[],
  blocks: readonly Block[],
): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    const first = tokenAt(tokens, block.span.start);
    const dash = datelineDash(text, tokens, first, tokenEndingAfter(tokens, block.span.end));
    if (dash > first) spans.push({ start: tokens[first]!.start, end: tokens[dash]!.start });
  }
  return spans;
}
