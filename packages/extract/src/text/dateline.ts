import type { Block, Span } from '@sourcetrace/article-model';
import { tokenAt, tokenEndingAfter, type Token } from './tokens.js';

const DASHES = '\u2013\u2014-';

/**
 * A wire dateline opening a paragraph: the place in capitals, perhaps its state or country as
 * usual after a comma (`EASTVALE, Ill.`), perhaps the agency in brackets (`(Harbour Wire)`),
 * then a dash: `NORLAND (Harbour Wire) —`. Returns the dash's token index, or -1.
 */
export function datelineDash(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): number {
  const punct = (i: number, chars: string) => {
    const t = tokens[i];
    return t !== undefined && !t.word && chars.includes(t.lower);
  };
  let i = from;
  let words = 0;
  let region = false;
  for (; i < to && i - from < 12; i++) {
    if (punct(i, DASHES)) break;
    if (punct(i, '(')) {
      while (i < to && i - from < 12 && !punct(i, ')')) i++;
      continue;
    }
    const token = tokens[i]!;
    if (token.word) {
      const word = text.slice(token.start, token.end);
      // (token.lower is the word lowercased already)
      const capitals = word !== token.lower && word === word.toUpperCase();
      if (!capitals && !(region && token.cap)) return -1;
      words++;
    } else if (punct(i, ',')) region = words > 0;
    else if (!punct(i, ".'\u2019")) return -1;
  }
  return words > 0 && punct(i, DASHES) ? i : -1;
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
