import type { Span } from '@sourcetrace/article-model';
import type { Token } from '../../text/tokens.js';
import {
  ARTICLES,
  DETERMINERS,
  PREPOSITIONS,
  REFLEXIVE_PRONOUNS,
  TIME_OPENERS,
  WEEKDAYS_MONTHS,
} from '../../lexicon/words.js';
import { isPastParticiple } from '../../lexicon/verb-forms.js';
import { isLettersAfterName } from '../name-scan.js';
import {
  ARTIFACT_NOUNS,
  ARTIFACT_TAIL_WORDS,
  ISSUING_PARTICIPLES,
  isBodyNoun,
} from '../data/source-words.js';
import { PEOPLE_PLURALS } from '../data/people.js';
import { isIngForm } from '../data/dictionary.js';

/** A source phrase as written, trimmed, with its tokens and the words of its head. */
export interface Phrase {
  span: Span;
  text: string;
  tokens: Token[];
  /** Index of the token that ends the head ("Tom Bell" in "Tom Bell, a professor ..."). */
  headEnd: number;
  head: Token[];
  /** What the source said: a name inside it is not the source's own. */
  said: readonly Span[];
}

/** The span without surrounding spaces and punctuation, or null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (start < end && /[\s"'\u2018\u2019\u201c\u201d,.;:!?()\u2014\u2013-]/.test(text[start]!))
    start++;
  while (
    end > start &&
    /[\s"'\u2018\u2019\u201c\u201d,.;:!?()\u2014\u2013-]/.test(text[end - 1]!)
  ) {
    // "the Rail Workers' Union (RWU)": a bracket closing one opened inside stays
    if (text[end - 1] === ')' && text.lastIndexOf('(', end - 1) >= start) break;
    end--;
  }
  return end > start ? { start, end } : null;
}

/**
 * The index of the head's last word that names: "Jane Roe MP", "Kemp herself" end on "Roe" and
 * "Kemp" (letters after a name, or a pronoun stressing it, are no part of it).
 */
export function lastHeadWord(head: readonly Token[]): number {
  let last = head.length - 1;
  while (last > 0 && REFLEXIVE_PRONOUNS.has(head[last]!.lower)) last--;
  while (last > 1 && isLettersAfterName(head[last]!.lower)) last--;
  return last;
}

/**
 * A past participle in lower case after the head's noun, with a time or a preposition after it
 * and no name but a day or month ("released last week", not "posted on the Gazette's site").
 */
export function describingParticiple(text: string, s: Span, tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1]?.lower ?? '';
  const lowerCase = (u: Token) => /^\p{Ll}/u.test(text.slice(s.start + u.start, s.start + u.end));
  const after = PREPOSITIONS.has(next) || TIME_OPENERS.has(next) || WEEKDAYS_MONTHS.has(next);
  if (!t.word || !tokens[k - 1]!.word || !lowerCase(t) || !after) return false;
  if (!isPastParticiple(t.lower)) return false;
  for (let j = k + 1; j < tokens.length; j++) {
    const u = tokens[j]!;
    if (u.word && !lowerCase(u) && !WEEKDAYS_MONTHS.has(u.lower)) return false;
  }
  return true;
}

/**
 * "the union representing dockers", "the residents living near the plant": after an article
 * and a body or people, a word in -ing that takes an object or a preposition ends the head;
 * what follows describes them (not "a council meeting heard", "a party fundraising drive").
 */
export function describingIngForm(text: string, s: Span, tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const noun = tokens[k - 1]!.lower;
  const next = tokens[k + 1];
  if (k < 2 || !ARTICLES.has(tokens[k - 2]!.lower) || !next?.word) return false;
  if (!t.word || !/^\p{Ll}/u.test(text.slice(s.start + t.start, s.start + t.end))) return false;
  const takes =
    DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower) || next.lower.endsWith('s');
  return takes && (isBodyNoun(noun) || PEOPLE_PLURALS.has(noun)) && isIngForm(t.lower);
}

/**
 * "a report by the agency", "a document titled ...", "a statement issued on Friday": what follows
 * an artifact noun says who made it or where it is, it is no part of the head.
 */
export function artifactTail(tokens: Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  return (
    (ARTIFACT_TAIL_WORDS.has(word) || ISSUING_PARTICIPLES.has(word)) &&
    ARTIFACT_NOUNS.has(tokens[k - 1]!.lower)
  );
}

/** The phrase's head ends where an artifact's maker, title or place begins ("a report | by ..."). */
export function endsAtArtifactTail(p: Phrase): boolean {
  return p.headEnd < p.tokens.length && artifactTail(p.tokens, p.headEnd);
}
