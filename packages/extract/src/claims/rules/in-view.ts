import { POSSESSIVE_DETERMINERS } from '../../entities/data/source-words.js';
import { VIEWPOINT_NOUNS } from '../../lexicon/claim-words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { POSSESSIVE_CLITIC, restIsPunct } from '../../quotes/frames.js';
import type { CueRule } from '../../quotes/rules/types.js';

export const IN_VIEW_CONFIDENCE = 0.8;

/** Tokens a subject before a view set off by commas may run to ("The fare rise, in her view, ..."). */
const MAX_SUBJECT_TOKENS = 6;

/** Tokens a possessor or an "of" phrase may run to ("in the view of most harbour pilots"). */
const MAX_SOURCE_TOKENS = 8;

/**
 * `In the mayor's view, the port should close.`, `In the eyes of many riders, ...`, `The port
 * should close, in her view.`: a point of view set off by commas is its holder's claim, the
 * clause after it, or the clause before when it closes the sentence.
 */
export const inView: CueRule = {
  name: 'in-view',
  stage: 'cue',
  triggers: VIEWPOINT_NOUNS,
  produces: { quote: ['mixed'], claim: ['belief'] },
  confidence: IN_VIEW_CONFIDENCE,
  match({ p, c, lo, hi, floor, make }) {
    const holder = possessorBefore(p, c, floor) ?? ofAfter(p, c, hi);
    if (!holder) return null;
    const { first, source, last } = holder;
    // a possessor is someone's by its form; a phrase after "of" must read as someone
    if (!source.clitic && source.end - source.first > 1 && !p.isSpeaker(source.first, source.end))
      return null;
    // the noun after a possessor ("view"), which names no one; "in the eyes of" whole
    const cue = source.first > c ? p.span(first, c + 2) : p.span(c, c + 1);
    const sourceSpan = {
      start: p.tokens[source.first]!.start,
      end: p.tokens[source.end - 1]!.end - source.clitic,
    };
    const after = last + 1;
    const content = viewedClause(p, first, after, lo, hi, floor);
    if (!content) return null;
    const attribution = make('belief', content, cue, sourceSpan, 'in-view', IN_VIEW_CONFIDENCE);
    if (!attribution) return null;
    if (attribution.verbatim.length) attribution.kind = 'speech';
    return { type: 'settle', attribution, cutAt: first === lo ? null : floor };
  },
};

/**
 * The clause a view set off by commas at [first, after) qualifies: opening the sentence, the
 * clause after it; set off after its subject ("Fares, in her view, will rise"), the subject and
 * the rest; closing the sentence ("..., in her view."), the clause before it; else null.
 */
function viewedClause(
  p: Phrases,
  first: number,
  after: number,
  lo: number,
  hi: number,
  floor: number,
): [number, number][] | null {
  const commaBefore = p.isPunct(first - 1, ',');
  if (p.isPunct(after, ',') && after + 1 < hi) {
    if (first === lo) return [[after + 1, hi]];
    if (commaBefore && first - 1 - floor <= MAX_SUBJECT_TOKENS)
      return [
        [floor, first - 1],
        [after + 1, hi],
      ];
  }
  const closes = p.isPunct(after, '.!?') && restIsPunct(p, after, hi);
  return commaBefore && first > floor + 1 && closes ? [[floor, first - 1]] : null;
}

interface Holder {
  /** The "in" opening the phrase. */
  first: number;
  /** Whose view: tokens [first, end), less a possessive clitic's characters at its end. */
  source: { first: number; end: number; clitic: number };
  /** The phrase's last token. */
  last: number;
}

/** "in the mayor's view", "in her opinion": the possessor between "in" and the noun at c. */
function possessorBefore(p: Phrases, c: number, floor: number): Holder | null {
  const owner = c - 1;
  if (owner <= floor) return null;
  if (POSSESSIVE_DETERMINERS.has(p.lower(owner)))
    return p.lower(owner - 1) === 'in'
      ? { first: owner - 1, source: { first: owner, end: owner + 1, clitic: 0 }, last: c }
      : null;
  const clitic = POSSESSIVE_CLITIC.exec(p.lower(owner))?.[0].length ?? 0;
  if (!clitic) return null;
  for (let k = owner - 1; k >= floor && owner - k <= MAX_SOURCE_TOKENS; k--) {
    if (!p.isWord(k)) return null;
    if (p.lower(k) === 'in')
      return { first: k, source: { first: k + 1, end: owner + 1, clitic }, last: c };
  }
  return null;
}

/** "in the view of X", "in the eyes of X": the phrase after "of", up to its comma or the end. */
function ofAfter(p: Phrases, c: number, hi: number): Holder | null {
  if (p.lower(c - 1) !== 'the' || p.lower(c - 2) !== 'in' || p.lower(c + 1) !== 'of') return null;
  const start = c + 2;
  const end = p.phraseAfter(start, hi, MAX_SOURCE_TOKENS);
  if (end <= start) return null;
  return { first: c - 2, source: { first: start, end, clitic: 0 }, last: end - 1 };
}
