// An adjective of belief or feeling after a link verb ("is confident that", "remains hopeful
// that", "were angry that"): the subject holds the view the clause after it states.
import {
  ADJECTIVE_DEGREE_WORDS,
  BELIEF_ADJECTIVES,
  FEELING_ADJECTIVES,
  LINK_VERB_FORMS,
  VIEW_ADJECTIVE_ENDERS,
  VIEW_ADJECTIVES,
} from '../lexicon/claim-words.js';
import { AUXILIARIES, NEGATING_ADVERBS, WEEKDAYS_MONTHS } from '../lexicon/words.js';
import { BE_FORMS } from '../lexicon/quote-words.js';

/** What the link verb reading needs of the token helpers. */
interface LinkReader {
  lower(i: number): string;
  isWord(i: number): boolean;
  adverb(i: number): boolean;
}

/** Words of degree between the link verb and its adjective at most ("not very", "still quite"). */
const MAX_DEGREE_WORDS = 2;

/**
 * The link verb ("is", "remained", "grew") before the adjective of belief or feeling at c, past
 * words of degree ("is not very sure", "grew increasingly angry"), or -1.
 */
export function linkVerbBefore(p: LinkReader, c: number): number {
  if (!VIEW_ADJECTIVES.has(p.lower(c))) return -1;
  let k = c - 1;
  for (
    let n = 0;
    n < MAX_DEGREE_WORDS && (ADJECTIVE_DEGREE_WORDS.has(p.lower(k)) || p.adverb(k));
    n++
  )
    k--;
  const link = p.lower(k);
  return p.isWord(k) && (BE_FORMS.has(link) || LINK_VERB_FORMS.has(link)) ? k : -1;
}

/**
 * The cue group of the adjective at c from its link verb ("remains hopeful", "is not sure"): where
 * it starts, whether the link is a form of "be" and whether "not" or "never" stands in it; null
 * with no link verb at or after lo.
 */
export function linkGroup(
  p: LinkReader,
  c: number,
  lo: number,
): { start: number; be: boolean; negated: boolean } | null {
  const start = linkVerbBefore(p, c);
  if (start < lo) return null;
  let negated = false;
  for (let k = start + 1; k < c; k++) negated ||= NEGATING_ADVERBS.has(p.lower(k));
  return { start, be: BE_FORMS.has(p.lower(start)), negated };
}

/**
 * `is confident (that) ...`, `remains hopeful that ...`, `were angry that ...`: the adjective at
 * c after a link verb reports a view, its subject not an empty "it" ("it is certain that", "it
 * has become certain"), no "to" after it ("sure to win") nor a clause of the writer's ("grew
 * confident as the weather cleared"); one of feeling only before "that"
 * ("angry at the board" names no proposition), and "that" no time ("was angry that night").
 */
export function holdsView(p: LinkReader, c: number): boolean {
  const link = linkVerbBefore(p, c);
  if (link < 0) return false;
  const next = p.lower(c + 1);
  if (next === 'to' || VIEW_ADJECTIVE_ENDERS.has(next)) return false;
  if (next === 'that' && WEEKDAYS_MONTHS.has(p.lower(c + 2))) return false;
  if (
    !BELIEF_ADJECTIVES.has(p.lower(c)) &&
    !(FEELING_ADJECTIVES.has(p.lower(c)) && next === 'that')
  )
    return false;
  let subject = link - 1;
  while (AUXILIARIES.has(p.lower(subject))) subject--;
  return p.lower(subject) !== 'it';
}
