import { cueClass } from '../../lexicon/cues.js';
import { CONNECTIVES, PREPOSITIONS } from '../../lexicon/words.js';
import { restIsPunct } from '../../quotes/frames.js';
import { hasWords } from '../../quotes/content.js';
import type { Phrases } from '../../quotes/phrases.js';
import type { Attribution, CueRule } from '../../quotes/rules/types.js';
import { NOT_SOURCES } from '../../lexicon/claim-words.js';

export const ACCORDING_TO_CONFIDENCE = 0.85;

/**
 * "according to X": the content after X's comma, or the clause before "according" when X ends
 * it. Quoted words "according to" someone are their quote; unquoted ones stay a sourced claim.
 */
export const accordingTo: CueRule = {
  name: 'according-to',
  stage: 'cue',
  triggers: new Set(['according']),
  produces: { quote: ['direct', 'mixed'], claim: ['none'] },
  confidence: ACCORDING_TO_CONFIDENCE,
  match({ p, c, lo, hi, floor, make }) {
    if (p.lower(c + 1) !== 'to') return null;
    const sourceStart = c + 2;
    let sourceEnd = p.phraseAfter(sourceStart, hi, 12);
    if (sourceEnd <= sourceStart || !p.isSpeaker(sourceStart, sourceEnd)) return { type: 'skip' };
    sourceEnd = prepositionalTail(p, sourceEnd, hi);
    if (sourceEnd - sourceStart === 1 && NOT_SOURCES.has(p.lower(sourceStart)))
      return { type: 'skip' };
    const cue = p.span(c, c + 2);
    const source = p.span(sourceStart, sourceEnd);
    // `..., according to figures released Tuesday.`: a time after the source ends the sentence
    const afterTime = p.skipTimeForward(sourceEnd, hi);
    const after = p.isPunct(afterTime, ',') ? afterTime + 1 : afterTime;
    const opensSentence = c === lo || p.isPunct(c - 1, ',') || CONNECTIVES.has(p.lower(c - 1));
    let attribution: Attribution | null;
    let cutAt: number | null = null;
    if (hasWords(p, after, hi) && opensSentence) {
      attribution = make(
        'according',
        [[after, hi]],
        cue,
        source,
        'according-to',
        ACCORDING_TO_CONFIDENCE,
      );
      cutAt = c - 1;
    } else {
      const end = p.isPunct(c - 1, ',') ? c - 1 : c;
      attribution = make(
        'according',
        [[floor, end]],
        cue,
        source,
        'according-to',
        ACCORDING_TO_CONFIDENCE,
      );
    }
    if (!attribution) return { type: 'skip' };
    if (attribution.verbatim.length) attribution.kind = 'speech';
    return { type: 'settle', attribution, cutAt };
  },
};

/**
 * `according to a statement from the province, ...`: a short prepositional phrase that runs to
 * the comma or the end of the sentence still names the source. Returns where the source ends.
 */
function prepositionalTail(p: Phrases, end: number, hi: number): number {
  if (!p.isWord(end) || !PREPOSITIONS.has(p.lower(end)) || p.skipTimeForward(end, hi) > end)
    return end;
  let k = end + 1;
  while (k < hi && k - end <= 8 && p.isWord(k) && !cueClass(p.lower(k))) k++;
  const closes = k >= hi || p.isPunct(k, ',') || (p.isPunct(k, '.!?') && restIsPunct(p, k, hi));
  return closes && k > end + 1 ? k : end;
}
