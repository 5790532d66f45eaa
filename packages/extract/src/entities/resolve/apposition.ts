// An apposition that names a source: "Mary Smith, 46, of Halifax", "his wife, Ann Roe".
import type { Span } from '@sourcetrace/article-model';
import type { Token } from '../../text/tokens.js';
import { isBodyNoun, POSTMODIFIER_LINKS } from '../data/source-words.js';
import { SEAT_TITLES } from '../data/people.js';
import { closesFrontedPhrase } from '../apposition-clues.js';
import type { EntityStore } from '../store.js';
import type { Mention } from '../types.js';

/** A person named right before the phrase (", 46, of Halifax") or right after its head (", Ann Roe"). */
export function apposition(
  store: EntityStore,
  s: Span,
  phrase: string,
  phraseTokens: Token[],
  headEnd: number,
): Mention | undefined {
  const text = store.text;
  const firstWord = phraseTokens.find((t) => t.word);
  const lowerStart = firstWord && !/^\p{Lu}/u.test(phrase.slice(firstWord.start, firstWord.end));
  // ("Ann Gold, MPP for Lakeview South, who said": a member for a seat describes her too)
  const seat =
    !!firstWord &&
    SEAT_TITLES.has(firstWord.lower) &&
    phraseTokens[phraseTokens.indexOf(firstWord) + 1]?.lower === 'for';
  if (lowerStart || seat) {
    const before = text.slice(Math.max(0, s.start - 3), s.start);
    if (/,\s*$/.test(before)) {
      const m = store.index.lastBefore(s.start);
      // (not "In a letter to Ann Roe, the premier said": the name closes a fronted phrase)
      const sentenceStart = store.sentenceStartBack(s.start, 0);
      if (
        m &&
        m.ent.kind === 'person' &&
        /^\s*,\s*$/.test(text.slice(m.span.end, s.start)) &&
        !closesFrontedPhrase(text, sentenceStart, m.span.start)
      )
        return m;
    }
  }
  const given = nameGiven(store, s);
  if (given) return given;
  const comma = appositionComma(phraseTokens, headEnd);
  if (comma >= 0) {
    const after = s.start + phraseTokens[comma]!.end;
    const m = store.index.firstFrom(after);
    // "the union, the Care Workers Federation,": a body noun's apposition names the body
    const body =
      (m?.ent.kind === 'organization' || m?.ent.kind === 'other') &&
      isBodyNoun(phraseTokens[headEnd - 1]?.lower ?? '');
    if (
      m &&
      (m.ent.kind === 'person' || body) &&
      m.span.end <= s.end &&
      /^[\s\p{Lu}\p{L}.]*$/u.test(text.slice(after, m.span.start))
    ) {
      const gap = text.slice(after, m.span.start).trim();
      if (!gap || /^\p{Lu}/u.test(gap) || (body && gap.toLowerCase() === 'the')) return m;
    }
  }
  return undefined;
}

/**
 * What introduces the name of someone described: "who gave his name only as", "identified as",
 * "first name,", "whose real name is".
 */
const NAME_GIVEN =
  /(?:\bname(?:\s+only)?\s+as|\bidentified(?:\s+only)?\s+as|\bfirst\s+name\s*,|\breal\s+name(?:\s+is)?,?)\s*$/i;

/** Characters after a source phrase within which the name it gave is looked for. */
const NAME_GIVEN_REACH = 60;

/**
 * "a man who gave his name only as Kwame", "an organiser, who gave only his first name, Yusuf":
 * the person named so in the phrase, or in the clause right after it, is the source.
 */
function nameGiven(store: EntityStore, s: Span): Mention | undefined {
  const reach = { start: s.start, end: Math.min(store.text.length, s.end + NAME_GIVEN_REACH) };
  return store.index.overlapping(reach).find((m) => {
    if (m.ent.kind !== 'person' || m.span.start <= s.start) return false;
    const between = store.text.slice(s.start, m.span.start);
    return NAME_GIVEN.test(between) && !/[.!?"\u201c\u201d]/.test(between);
  });
}

/** Tokens a place or body after the head may take before the apposition: "of Kremen". */
const MAX_POSTMODIFIER_TOKENS = 4;

/**
 * The comma opening an apposition: right after the head ("a resident, Valentina,"), or after a
 * short phrase of place or body that follows it ("a resident of Kremen, Valentina, 61,"); else -1.
 */
function appositionComma(tokens: readonly Token[], headEnd: number): number {
  if (tokens[headEnd]?.lower === ',') return headEnd;
  if (!POSTMODIFIER_LINKS.has(tokens[headEnd]?.lower ?? '')) return -1;
  for (let k = headEnd + 1; k < tokens.length && k - headEnd <= MAX_POSTMODIFIER_TOKENS; k++) {
    if (tokens[k]!.lower === ',') return k;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}
