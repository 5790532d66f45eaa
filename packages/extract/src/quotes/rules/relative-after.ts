// A relative clause after the speaker of a closed trailing or inverted cue: `"...," said Ada
// Kemp, who added ...`. The attribution loop reads on into it instead of ending the sentence.
import { CUE_FORMS } from '../../lexicon/cues.js';
import { SPEAKING_RELATIVES } from '../../lexicon/quote-words.js';
import type { Phrases } from '../phrases.js';

/** Tokens an apposition may hold between the speaker and the relative pronoun. */
const MAX_APPOSITION_TOKENS = 16;

/**
 * `..., said Ada Kemp, a teacher, who added ...`: where a comma and "who" follow the speaker,
 * before the sentence goes on to anything else; else -1.
 */
export function relativeAfter(p: Phrases, from: number, hi: number): number {
  const relative = (k: number) => SPEAKING_RELATIVES.has(p.lower(k)) && p.isPunct(k - 1, ',');
  return p.tailMatch(from, hi, MAX_APPOSITION_TOKENS, relative);
}

/**
 * `"...," said Ada Kemp, who called the fares "a scandal."`: the relative clause at `relative`
 * has a cue of its own before any quote, so the quote is that clause's words, not the first
 * quote carried on.
 */
export function reportsBeforeQuote(p: Phrases, relative: number, hi: number): boolean {
  for (let k = relative + 1; k < hi && p.outside(k); k++)
    if (CUE_FORMS.has(p.lower(k))) return true;
  return false;
}
