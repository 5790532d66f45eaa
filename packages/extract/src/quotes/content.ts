// The content of an attribution: trimmed spans, quoted words, and the quote kind.
import type { QuoteKind, Span } from '@sourcetrace/article-model';
import { type Quoted } from './marks.js';
import { Phrases } from './phrases.js';
import { QuoteState, type Unit } from './units.js';
import type { Attribution } from './rules/types.js';
import { tokenAt } from '../text/tokens.js';

/** The quote kind of some content and the quoted words in it: direct when the marks hold it all. */
export function describe(
  text: string,
  quoted: Quoted[],
  content: Span[],
): { content: Span[]; verbatim: Span[]; quoteKind: QuoteKind } {
  const verbatim: Span[] = [];
  for (const piece of content) {
    for (const q of quoted) {
      const start = Math.max(q.inner.start, piece.start);
      const end = Math.min(q.inner.end, piece.end);
      if (end > start) verbatim.push({ start, end });
    }
  }
  if (!verbatim.length) return { content, verbatim, quoteKind: 'indirect' };
  // Direct when no letter or digit of the content lies outside the marks.
  let v = 0;
  for (const piece of content) {
    for (let i = piece.start; i < piece.end; i++) {
      while (v < verbatim.length && verbatim[v]!.end <= i) v++;
      const inside = v < verbatim.length && verbatim[v]!.start <= i;
      if (!inside && /[\p{L}\p{N}]/u.test(text[i]!))
        return { content, verbatim, quoteKind: 'mixed' };
    }
  }
  // A direct quote's content ends at its last word: `"We won,"` leaves the comma to the sentence.
  const trimmed = verbatim.map((s) => {
    let end = s.end;
    while (end > s.start + 1 && /[\s,;:]/.test(text[end - 1]!)) end--;
    return { start: s.start, end };
  });
  return { content: trimmed, verbatim, quoteKind: 'direct' };
}

/** Tokens [a, b) as a span without leading/trailing commas, stops and dashes (quote marks kept). */
/** A sign that belongs to the amount after it: "$80 million" keeps its dollar. */
const CURRENCY_SIGNS = '$\u20ac\u00a3\u00a5';

export function trimSpan(p: Phrases, a: number, b: number): Span | null {
  let first = a;
  let last = b;
  while (
    first < last &&
    !p.tokens[first]!.word &&
    p.states[first] === QuoteState.Outside &&
    !CURRENCY_SIGNS.includes(p.tokens[first]!.lower)
  )
    first++;
  while (last > first && !p.tokens[last - 1]!.word && p.states[last - 1] === QuoteState.Outside)
    last--;
  if (last <= first) return null;
  // Stops at the first word: long contents (a cue's runs to its paragraph end) cost nothing more.
  for (let i = first; i < last; i++) if (p.tokens[i]!.word) return p.span(first, last);
  return null;
}

export function hasWords(p: Phrases, from: number, hi: number): boolean {
  for (let i = from; i < hi; i++) if (p.tokens[i]!.word) return true;
  return false;
}

/** How many words outside quote marks tokens [from, end) hold. */
export function wordCount(p: Phrases, from: number, end: number): number {
  let words = 0;
  for (let i = from; i < end; i++) if (p.isWord(i)) words++;
  return words;
}

/** How many words a unit holds inside quote marks, and whether they are all capitalised (a title). */
export function quotedWords(p: Phrases, unit: Unit): { count: number; titleCase: boolean } {
  let count = 0;
  let titleCase = true;
  for (let i = unit.first; i < unit.last; i++) {
    if (p.states[i] !== QuoteState.Inside || !p.tokens[i]!.word) continue;
    count++;
    if (!p.cap(i)) titleCase = false;
  }
  return { count, titleCase };
}

/** Five quoted words or more make a quote even without a speaker; fewer are scare or title quotes. */
export function substantialQuote(p: Phrases, unit: Unit): boolean {
  const words = quotedWords(p, unit);
  return words.count >= 5 && !words.titleCase;
}

export function firstMark(p: Phrases, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) if (p.states[i] === QuoteState.Open) return i;
  return lo;
}

/** Words a quoted title runs to: a film called "The Keeper Who Never Slept". */
const MAX_TITLE_WORDS = 10;

/** Every quoted passage of the unit is a short title (`in "The Quiet Quay," a film ...`): no one's words. */
export function onlyTitles(p: Phrases, unit: Unit): boolean {
  return unit.quoted.every((q) => {
    // one word, or a question or cry ("Why?", "Not Now!"), is said rather than a title
    const inner = p.text.slice(q.inner.start, q.inner.end).trim();
    if (!/\s/.test(inner) || /[?!]/.test(inner)) return false;
    const from = tokenAt(p.tokens, q.inner.start);
    const to = tokenAt(p.tokens, q.inner.end);
    return to - from <= MAX_TITLE_WORDS + 2 && p.titleWords(from, to);
  });
}

/**
 * "The thaw also explains the floods, Ivo Marr said.": a trailing attribution that replaces a leading
 * one still open reports the whole clause, from the leading one's subject on (when no quote
 * marks lie there, so the quoted words stay as read).
 */
export function widenToClause(
  text: string,
  attribution: Attribution,
  from: number | undefined,
): void {
  const first = attribution.content[0];
  if (!first || from === undefined || from >= first.start) return;
  if (/["\u201c\u201d\u00ab\u00bb]/.test(text.slice(from, first.start))) return;
  attribution.content[0] = { start: from, end: first.end };
}
