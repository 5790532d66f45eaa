import { CONNECTIVES } from '../../lexicon/words.js';
import { afterCue } from '../after-cue.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import { splitPieces } from './shared.js';
import type { CueRule, CueSite, Outcome } from './types.js';

export const AS_PUT_IT_CONFIDENCE = 0.8;

/** How far before "put it" the "as" may stand: "as the deputy mayor of the city once put it". */
const MAX_SPEAKER_TOKENS = 9;

/**
 * `The plan is dead, as Ann Roe put it.` / `The deal was, as the minister put it, "a step too
 * far."` / `As the coach put it, "we were not good enough."`: the sentence is the words of
 * whoever "put it" so.
 */
export const asPutIt: CueRule = {
  name: 'as-put-it',
  stage: 'cue',
  triggers: new Set(['put']),
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: AS_PUT_IT_CONFIDENCE,
  match(site) {
    const { p, c, lo, floor, open } = site;
    if (open || p.lower(c + 1) !== 'it') return null;
    const as = asBefore(p, c, Math.max(lo, floor));
    if (as < 0) return null;
    // "memorably put it", "once put it": the adverb is not part of the speaker.
    let speakerEnd = c;
    while (
      speakerEnd - 1 > as + 1 &&
      (p.adverb(speakerEnd - 1) || p.lower(speakerEnd - 1) === 'once')
    )
      speakerEnd--;
    if (!p.isSpeaker(as + 1, speakerEnd)) return null;
    if (as === lo) return opening(site, as, speakerEnd);
    const after = p.isPunct(as - 1, ',\u2014\u2013') || p.states[as - 1] === QuoteState.Close;
    return after ? closing(site, as, speakerEnd) : null;
  },
};

/** The "as" that opens the speaker phrase before "put", or -1. */
function asBefore(p: Phrases, c: number, from: number): number {
  for (let k = c - 1; k >= from && c - k <= MAX_SPEAKER_TOKENS; k--) {
    if (p.lower(k) === 'as') return k;
    if (!p.isWord(k) && !p.abbreviation(k - 1)) return -1;
  }
  return -1;
}

/** `As the coach put it after the match, "..."`: what follows the comma is said. */
function opening(site: CueSite, as: number, speakerEnd: number): Outcome | null {
  const { p, c, hi, make } = site;
  let comma = c + 2;
  while (comma < hi && comma - c <= 10 && !p.isPunct(comma, ',')) comma++;
  if (!p.isPunct(comma, ',')) return null;
  const cue = { start: p.tokens[c]!.start, end: p.tokens[c + 1]!.end };
  const source = p.span(as + 1, speakerEnd);
  const attribution = make(
    'speech',
    [[comma + 1, hi]],
    cue,
    source,
    'as-put-it',
    AS_PUT_IT_CONFIDENCE,
  );
  return attribution ? { type: 'close', attribution, contentEnd: hi } : null;
}

/** `..., as Ann Roe put it.` or `..., as Ann Roe put it, "..."`: the words before, and a resumed clause. */
function closing(site: CueSite, as: number, speakerEnd: number): Outcome | null {
  const { p, c, hi, floor, make } = site;
  const right = afterCue(p, c, c + 2, hi);
  if (!right.ends || as - floor < 2) return null;
  const pieces = splitPieces(p, floor, as, right, hi);
  const resumes =
    right.opener === ',' &&
    right.splitStart === null &&
    p.isWord(right.contentStart) &&
    !CONNECTIVES.has(p.lower(right.contentStart));
  if (resumes) {
    pieces.pieces.push([right.contentStart, hi]);
    pieces.floor = hi;
  }
  const cue = { start: p.tokens[c]!.start, end: p.tokens[c + 1]!.end };
  const source = p.span(as + 1, speakerEnd);
  const attribution = make('speech', pieces.pieces, cue, source, 'as-put-it', AS_PUT_IT_CONFIDENCE);
  if (!attribution) return null;
  attribution.channel = right.channel;
  return { type: 'close', attribution, contentEnd: pieces.floor };
}
