import { NOUN_CUES } from '../../lexicon/cues.js';
import { BE_FORMS, NAMED_AFTER_NOUNS, POINTING_BACK } from '../../lexicon/quote-words.js';
import { DETERMINERS } from '../../lexicon/words.js';
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
    if (p.states[lo] !== QuoteState.Open || p.afterCloseMark(lo + 1, hi) < hi - 1) return null;
    const named = namedInNextSentence(p, hi);
    if (!named) return null;
    const attribution = make(
      'speech',
      [[lo, hi]],
      p.span(named.noun, named.noun + 1),
      p.span(named.start, named.end),
      'named-after',
      NAMED_AFTER_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};

/**
 * "That was the warning from Ann Roe", "Those were the words of one pilot" opening at k: the
 * noun's token and the speaker's tokens [start, end), or null.
 */
function namedInNextSentence(
  p: Phrases,
  k: number,
): { noun: number; start: number; end: number } | null {
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
