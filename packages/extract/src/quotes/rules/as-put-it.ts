import { SPEECH_STRONG_FORMS } from '../../lexicon/cues.js';
import {
  BE_FORMS,
  COORDINATORS,
  PUT_IT_VERBS,
  RECIPIENT_VERBS,
  SAYING_ADJUNCT_OPENERS,
  WORDS_NOUNS,
} from '../../lexicon/quote-words.js';
import { CONNECTIVES, PREPOSITIONS } from '../../lexicon/words.js';
import { afterCue } from '../after-cue.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import { isPossessiveWord } from '../frames.js';
import { splitPieces } from './shared.js';
import { POSSESSIVE_DETERMINERS } from '../../entities/data/source-words.js';
import type { CueRule, CueSite, Outcome } from './types.js';

export const AS_PUT_IT_CONFIDENCE = 0.8;

/** How far before the verb the "as" may stand: "as the deputy mayor of the city once put it". */
const MAX_SPEAKER_TOKENS = 9;

/**
 * `The plan is dead, as Ann Roe put it.` / `The deal was, as the minister put it, "a step too
 * far."` / `As the coach put it, "we were not good enough."`: the sentence is the words of
 * whoever "put it" so, and as much of whoever "said", "noted" or "told the Courier" so. A verb
 * of saying must leave its clause at once (`As Ann Roe said, ...`, `As Ann Roe said on Monday,
 * ...`): with an object of its own (`As Ann Roe said goodbye, ...`) "as" tells a time.
 */
export const asPutIt: CueRule = {
  name: 'as-put-it',
  stage: 'cue',
  triggers: new Set([...PUT_IT_VERBS, ...SPEECH_STRONG_FORMS, ...WORDS_NOUNS]),
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: AS_PUT_IT_CONFIDENCE,
  match(site) {
    const { p, c, lo, floor, open, lower } = site;
    if (open) return null;
    if (WORDS_NOUNS.has(lower)) return inTheirWords(site);
    const putIt = PUT_IT_VERBS.has(lower);
    if (!putIt && p.lower(c + 1) === 'by') return reportedBy(site);
    if (putIt ? p.lower(c + 1) !== 'it' : !leavesClause(p, c, lower, site.hi)) return null;
    const as = wordBefore(p, c, Math.max(lo, floor), 'as');
    if (as < 0) return putIt ? howPutIt(site) : null;
    // "memorably put it", "once put it", "has often said": the cue's auxiliaries and adverbs
    // are not part of the speaker
    const speakerEnd = Math.min(c, Math.max(as + 2, site.group().before + 1));
    // "as in the report", "as of Monday": no speaker
    if (PREPOSITIONS.has(p.lower(as + 1)) || !p.isSpeaker(as + 1, speakerEnd)) return null;
    const cueEnd = putIt ? c + 2 : c + 1;
    return aroundAs(site, as, [as + 1, speakerEnd], cueEnd, cueEnd);
  },
};

/**
 * `In Ann Roe's words, "..."`, `The plan had, in her words, become "a farce."`, `..., in the words
 * of one pilot, "..."`: the sentence is the words of whoever they are, as with "as X put it".
 */
function inTheirWords(site: CueSite): Outcome | null {
  const { p, c, lo, hi, floor } = site;
  let speaker: [number, number];
  let inAt: number;
  let clauseEnd = c + 1;
  if (p.lower(c - 1) === 'the' && p.lower(c + 1) === 'of') {
    // "in the words of one pilot"
    inAt = c - 2;
    const end = p.phraseAfter(c + 2, hi);
    speaker = [c + 2, end];
    clauseEnd = end;
    if (end <= c + 2 || !p.isSpeaker(c + 2, end)) return null;
  } else {
    // "in her words", "in Ann Roe's own words"
    const possessor = p.lower(c - 1) === 'own' ? c - 2 : c - 1;
    const owner = p.lower(possessor);
    // a possessive pronoun, or a name's possessive ("a possessive heads no speaker" elsewhere)
    if (!POSSESSIVE_DETERMINERS.has(owner) && !(isPossessiveWord(p, possessor) && p.cap(possessor)))
      return null;
    // a name's capitalised words run back to "in" ("in Ann Roe's words")
    let start = possessor;
    if (!POSSESSIVE_DETERMINERS.has(owner))
      while (start - 1 > Math.max(lo, floor) && p.isWord(start - 1) && p.cap(start - 1)) start--;
    inAt = start - 1;
    speaker = [start, possessor + 1];
  }
  if (inAt < Math.max(lo, floor) || p.lower(inAt) !== 'in') return null;
  return aroundAs(site, inAt, speaker, c + 1, clauseEnd);
}

/** `As first reported by the Gazette, ...`, `..., as reported by the Gazette.`: the speaker follows. */
function reportedBy(site: CueSite): Outcome | null {
  const { p, c, lo, hi, floor } = site;
  const as = wordBefore(p, c, Math.max(lo, floor), 'as');
  // nothing but an adverb between "as" and the verb ("as first reported", "as previously noted")
  if (as < 0 || c - as > 2 || (c - as === 2 && !p.adverb(as + 1) && p.lower(as + 1) !== 'first'))
    return null;
  const speakerEnd = p.phraseAfter(c + 2, hi);
  if (speakerEnd <= c + 2 || !p.isSpeaker(c + 2, speakerEnd)) return null;
  return aroundAs(site, as, [c + 2, speakerEnd], c + 1, speakerEnd);
}

/**
 * The words the "as" clause vouches for: those after it when it opens the sentence, those
 * before it when it follows a comma. `clauseEnd` is the first token after its speaker and cue.
 */
function aroundAs(
  site: CueSite,
  as: number,
  speaker: [number, number],
  cueEnd: number,
  clauseEnd: number,
): Outcome | null {
  const { p, lo } = site;
  // (`But as the Gazette noted, ...`, `And, as she said, ...`: a coordinator may open the sentence)
  const first = COORDINATORS.has(p.lower(lo)) ? lo + (p.isPunct(lo + 1, ',') ? 2 : 1) : lo;
  if (as === lo || as === first) return opening(site, speaker, cueEnd, clauseEnd);
  const after = p.isPunct(as - 1, ',\u2014\u2013') || p.states[as - 1] === QuoteState.Close;
  return after ? closing(site, as, speaker, cueEnd, clauseEnd) : null;
}

/**
 * The verb of saying at `c` (in lower case: "As in the Gulf States" holds no verb) ends its
 * clause: a comma or the sentence's end after it (a time may come first), words telling when or
 * where it was said, or whom it was told to.
 */
function leavesClause(p: Phrases, c: number, lower: string, hi: number): boolean {
  // `As Ann Roe said Tuesday, ...`: a time may come first
  const next = p.skipTimeForward(c + 1, hi);
  return (
    !p.cap(c) &&
    (!p.isWord(next) || SAYING_ADJUNCT_OPENERS.has(p.lower(next)) || RECIPIENT_VERBS.has(lower))
  );
}

/**
 * `"We stay," was how Ann Roe put it.`, `..., is how the coach put it.`: the words before "was
 * how" are the speaker's, read as those before ", as X put it".
 */
function howPutIt(site: CueSite): Outcome | null {
  const { p, c, lo, floor } = site;
  const how = wordBefore(p, c, Math.max(lo, floor), 'how');
  if (how < 0 || !BE_FORMS.has(p.lower(how - 1))) return null;
  const speakerEnd = Math.min(c, Math.max(how + 2, site.group().before + 1));
  if (!p.isSpeaker(how + 1, speakerEnd)) return null;
  return aroundAs(site, how - 1, [how + 1, speakerEnd], c + 2, c + 2);
}

/** The word ("as", "how") that opens the speaker phrase before the verb, or -1. */
function wordBefore(p: Phrases, c: number, from: number, word: string): number {
  for (let k = c - 1; k >= from && c - k <= MAX_SPEAKER_TOKENS; k--) {
    if (p.lower(k) === word) return k;
    if (!p.isWord(k) && !p.abbreviation(k - 1)) return -1;
  }
  return -1;
}

/** `As the coach put it after the match, "..."`: what follows the comma is said. */
function opening(
  site: CueSite,
  [speakerStart, speakerEnd]: [number, number],
  cueEnd: number,
  clauseEnd: number,
): Outcome | null {
  const { p, c, hi, make } = site;
  let comma = clauseEnd;
  while (comma < hi && comma - clauseEnd <= 10 && !p.isPunct(comma, ',')) comma++;
  if (!p.isPunct(comma, ',')) return null;
  const cue = { start: p.tokens[c]!.start, end: p.tokens[cueEnd - 1]!.end };
  const source = p.span(speakerStart, speakerEnd);
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
function closing(
  site: CueSite,
  as: number,
  [speakerStart, speakerEnd]: [number, number],
  cueEnd: number,
  clauseEnd: number,
): Outcome | null {
  const { p, c, hi, floor, make } = site;
  const right = afterCue(p, c, clauseEnd, hi);
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
  const cue = { start: p.tokens[c]!.start, end: p.tokens[cueEnd - 1]!.end };
  const source = p.span(speakerStart, speakerEnd);
  const attribution = make('speech', pieces.pieces, cue, source, 'as-put-it', AS_PUT_IT_CONFIDENCE);
  if (!attribution) return null;
  attribution.channel = right.channel;
  return { type: 'close', attribution, contentEnd: pieces.floor };
}
