import {
  AUXILIARIES,
  CONNECTIVES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../../lexicon/words.js';
import { quotedWords } from '../content.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import type { EndRule } from './types.js';

/** A guess from the sentence's shape, as sure as any speaker not named beside a cue. */
export const SUBJECT_VERB_CONFIDENCE = 0.5;

/**
 * `Tom Bell shot back, "Not on my watch."` / `Ada Kemp pondered who might "stand up for the
 * port."`: a sentence that opens on a name and a verb that is no known cue, with three or more
 * quoted words, gives them to that name, not to whoever spoke before. A pronoun subject ("He
 * shot back, ...") is left to carry on the last speaker, and so is the same surname.
 */
export const subjectVerb: EndRule = {
  name: 'subject-verb',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: SUBJECT_VERB_CONFIDENCE,
  match({ p, unit, lo, hi, make, previous }) {
    if (p.states[lo] === QuoteState.Open) return null;
    const words = quotedWords(p, unit);
    if (words.count < 3 || words.titleCase) return null;
    const end = nameEnd(p, lo, hi);
    if (end < 0) return null;
    const subject = p.span(lo, end);
    const said = previous?.source;
    const name = p.text.slice(subject.start, subject.end);
    if (said && lastWord(p.text.slice(said.start, said.end)) === lastWord(name)) return null;
    const attribution = make(
      'speech',
      [[lo, hi]],
      null,
      subject,
      'subject-verb',
      SUBJECT_VERB_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : null;
  },
};

/**
 * Where a name opening the sentence at `lo` ends, when a lowercase word (its verb) or a comma
 * (an apposition) follows it, and the entity stage found a person or organisation there;
 * else -1. Capitalised words and the periods of abbreviations ("Dr.", "M."); not "The", "But",
 * "In" or "He".
 */
function nameEnd(p: Phrases, lo: number, hi: number): number {
  const first = p.lower(lo);
  if (
    DETERMINERS.has(first) ||
    CONNECTIVES.has(first) ||
    PREPOSITIONS.has(first) ||
    PERSONAL_PRONOUNS.has(first)
  )
    return -1;
  const k = p.capitalisedEnd(lo, hi);
  // the verb is one of action: after "is" or "has" ("Tom Bell is "still trying ..."") the quoted
  // words describe the name in someone else's words
  const verb = p.isWord(k) && !p.cap(k) && !AUXILIARIES.has(p.lower(k));
  if (k === lo || k >= hi || !(p.isPunct(k, ',') || verb)) return -1;
  return p.isName(lo, k) ? k : -1;
}

/** The last word of a name, without a possessive: "Tom Bell's" and "Bell" end alike. */
function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/['\u2019]s$/, '');
}
