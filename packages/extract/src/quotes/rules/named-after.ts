import { NOUN_CUES, cueClass, isSpeechClass } from '../../lexicon/cues.js';
import {
  ALL_SAID_OPENERS,
  BE_FORMS,
  NAMED_AFTER_NOUNS,
  POINTING_BACK,
  SUMMING_VERBS,
} from '../../lexicon/quote-words.js';
import { AUXILIARIES, DETERMINERS } from '../../lexicon/words.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import type { EndRule } from './types.js';

export const NAMED_AFTER_CONFIDENCE = 0.8;

/** Words between the determiner and the noun for what was said ("the blunt verdict"). */
const MAX_MODIFIERS = 2;
/** Tokens of the speaker's phrase after "of" or "from" at most. */
const MAX_SPEAKER_TOKENS = 10;

/**
 * `"Stay away from the river." That was the warning from Station Officer Ann Roe.`: a quote
 * that makes its sentence, then a sentence pointing back at it ("That was", "Those were") with a
 * noun for what it was and whose it was, after "of" or "from".
 */
export const namedAfter: EndRule = {
  name: 'named-after',
  stage: 'end',
  produces: { quote: ['direct'] },
  confidence: NAMED_AFTER_CONFIDENCE,
  match({ p, lo, hi, make }) {
    if (p.states[lo] !== QuoteState.Open) return null;
    const closed = p.afterCloseMark(lo + 1, hi);
    // `"We'll see," was all Bell would say.`: the rest of the sentence names the speaker
    const within =
      closed < hi - 1 ? allSaid(p, p.isPunct(closed, ',') ? closed + 1 : closed, hi) : null;
    if (closed < hi - 1 && !within) return null;
    const named = within ?? namedInNextSentence(p, hi) ?? howSaid(p, hi) ?? soSays(p, hi);
    if (!named) return null;
    const attribution = make(
      'speech',
      [[lo, within ? closed : hi]],
      p.span(named.noun, named.noun + 1),
      p.span(named.start, named.end),
      'named-after',
      NAMED_AFTER_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};

/** Where a speaker is named after the quote: the cue's token and the speaker's [start, end). */
interface Named {
  noun: number;
  start: number;
  end: number;
}

/** The verb of saying or summing up at k, after its subject ("would say", "summed up"). */
function sayingVerbAt(p: Phrases, k: number): number {
  const verb = AUXILIARIES.has(p.lower(k)) && p.isWord(k + 1) ? k + 1 : k;
  const word = p.lower(verb);
  return p.isWord(verb) && (isSpeechClass(cueClass(word)) || SUMMING_VERBS.has(word)) ? verb : -1;
}

/**
 * "That was how Ann Roe put it.", "This is how the mayor summed up the plan." opening at k: the
 * subject after "how" and its verb of saying or summing up.
 */
function howSaid(p: Phrases, k: number): Named | null {
  if (!p.cap(k) || !POINTING_BACK.has(p.bare(k))) return null;
  // "That's how": the form of "be" written onto the pointing word
  const how = BE_FORMS.has(p.lower(k + 1)) ? k + 2 : p.lower(k) !== p.bare(k) ? k + 1 : -1;
  if (how < 0 || p.lower(how) !== 'how') return null;
  return subjectAndVerb(p, how + 1);
}

/**
 * "So says Ann Roe, a volunteer.", "So said the mayor." opening at k: the speaker after the verb
 * of saying that "So" points back with.
 */
function soSays(p: Phrases, k: number): Named | null {
  if (!p.cap(k) || p.lower(k) !== 'so' || !isSpeechClass(cueClass(p.lower(k + 1)))) return null;
  const start = k + 2;
  const end = p.phraseAfter(start, p.tokens.length, MAX_SPEAKER_TOKENS);
  return end > start && p.isSpeaker(start, end) ? { noun: k + 1, start, end } : null;
}

/** `, was all Bell would say`, `is what the mayor said` at k, to the end of the sentence. */
function allSaid(p: Phrases, k: number, hi: number): Named | null {
  if (!BE_FORMS.has(p.lower(k)) || !ALL_SAID_OPENERS.has(p.lower(k + 1))) return null;
  const named = subjectAndVerb(p, k + 2);
  if (!named) return null;
  // ("is what the mayor said on Monday": a time may close the sentence)
  const after = p.skipTimeForward(named.noun + 1, hi);
  return p.isPunct(after, '.!?') && after + 1 >= hi ? named : null;
}

/** The subject from `start` up to the first verb of saying or summing up after it. */
function subjectAndVerb(p: Phrases, start: number): Named | null {
  for (let k = start + 1; k <= start + MAX_SPEAKER_TOKENS && p.isWord(k); k++) {
    const verb = sayingVerbAt(p, k);
    if (verb >= 0) return p.isSpeaker(start, k) ? { noun: verb, start, end: k } : null;
  }
  return null;
}

/**
 * "That was the warning from Ann Roe", "Those were the words of one pilot" opening at k: the
 * noun's token and the speaker's tokens [start, end), or null.
 */
function namedInNextSentence(p: Phrases, k: number): Named | null {
  if (!p.cap(k) || !POINTING_BACK.has(p.lower(k)) || !BE_FORMS.has(p.lower(k + 1))) return null;
  let noun = k + 2;
  if (DETERMINERS.has(p.lower(noun))) noun++;
  for (let m = 0; m < MAX_MODIFIERS && p.isWord(noun) && !isSaying(p, noun); m++) noun++;
  const link = p.lower(noun + 1);
  if (!isSaying(p, noun) || (link !== 'of' && link !== 'from')) return null;
  const start = noun + 2;
  const end = p.phraseAfter(start, p.tokens.length, MAX_SPEAKER_TOKENS);
  return end > start ? { noun, start, end } : null;
}

function isSaying(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  return p.isWord(k) && (NAMED_AFTER_NOUNS.has(word) || NOUN_CUES.has(word));
}
