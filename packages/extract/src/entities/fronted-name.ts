// A name closing a phrase fronted before its sentence's main clause: "According to Tom Vey, ...".
import { FRAMING_SUBORDINATORS, PREPOSITIONS } from '../lexicon/words.js';
import { FRAMING_OPENERS } from '../lexicon/framing-openers.js';
import { FRONTED_PARTICIPLES } from './data/source-words.js';
import { isIngForm } from './data/dictionary.js';

/** Words a fronted phrase holds before its name ("In a letter to Finance Minister"). */
const MAX_FRONTED_WORDS = 6;

/** The sentence's words before the name: a first word, then up to five more. */
const FRONTED_WORDS = new RegExp(
  String.raw`^(\p{L}+)(?:\s+[\p{L}\p{N}.'\u2019-]+){0,${MAX_FRONTED_WORDS - 1}}\s+$`,
  'u',
);

/**
 * The name at `nameStart` closes a phrase that opens its sentence (at `sentenceStart`) on a
 * preposition, a framing word or subordinator, or a participle, with words only between:
 * "According to Tom Vey,", "In a letter to Ada Kemp,", "After meeting Ivo Marr,", "Speaking to
 * Lena Holt,", "Asked about Ivo Marr,". What follows its comma is the sentence's main clause, no apposition of the name.
 */
export function closesFrontedPhrase(
  text: string,
  sentenceStart: number,
  nameStart: number,
): boolean {
  if (nameStart <= sentenceStart) return false;
  const words = FRONTED_WORDS.exec(text.slice(sentenceStart, nameStart));
  if (!words) return false;
  const first = words[1]!.toLowerCase();
  return (
    PREPOSITIONS.has(first) ||
    FRAMING_SUBORDINATORS.has(first) ||
    FRAMING_OPENERS.has(first) ||
    FRONTED_PARTICIPLES.has(first) ||
    isIngForm(first)
  );
}
