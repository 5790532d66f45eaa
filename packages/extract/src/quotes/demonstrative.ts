// Whether "that" after a cue points at something already named rather than opening a clause.
import { AUXILIARIES, DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS } from '../lexicon/words.js';
import { BE_FORMS } from '../lexicon/quote-words.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import { isIngForm } from '../entities/data/dictionary.js';
import type { Phrases } from './phrases.js';

/**
 * `disputed that account.`: "that" before one or two lowercase words ending the sentence points
 * at a thing, it opens no clause ("disputed that she left" has a subject after it).
 */
export function demonstrative(p: Phrases, i: number): boolean {
  if (p.lower(i) !== 'that') return false;
  let k = i + 1;
  while (k < p.tokens.length && k <= i + 2 && p.isWord(k) && !p.cap(k)) {
    const word = p.lower(k);
    if (PERSONAL_PRONOUNS.has(word) || DETERMINERS.has(word) || /(ed|s)$/.test(word)) return false;
    k++;
  }
  return k > i + 1 && p.isPunct(k, '.!?');
}

/** Words a phrase after "that" may run to before what follows it is read. */
const MAX_PHRASE = 6;

/**
 * `confirmed that in a statement, saying ...`, `denied that on Monday.`: "that" before a phrase
 * on where or when, with no verb in it, that ends the sentence or goes on in a participle,
 * points back ("said that in 2019 the firm lost money" goes on in a clause).
 */
export function thatBeforePhrase(p: Phrases, i: number): boolean {
  if (p.lower(i) !== 'that' || !p.isWord(i + 1) || !PREPOSITIONS.has(p.lower(i + 1))) return false;
  let k = i + 2;
  for (; k < p.tokens.length && k - i <= MAX_PHRASE && p.isWord(k); k++) {
    const word = p.lower(k);
    if (AUXILIARIES.has(word) || BE_FORMS.has(word) || isPastTense(word)) return false;
  }
  // (the period of "Mr." or "St." ends no sentence)
  if (p.isPunct(k, '.!?')) return !p.abbreviation(k - 1);
  return p.isPunct(k, ',') && isIngForm(p.lower(k + 1));
}
