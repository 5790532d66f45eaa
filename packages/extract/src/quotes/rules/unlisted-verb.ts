import { AUXILIARIES, PERSONAL_PRONOUNS, PREPOSITIONS } from '../../lexicon/words.js';
import { quotedWords } from '../content.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import type { EndRule } from './types.js';

/** The speaker is named beside the verb, but the verb is only taken for one by its place. */
export const UNLISTED_VERB_CONFIDENCE = 0.7;

/**
 * `"Not again," Ada Kemp smiled.` / `"It will hold," winked Tom Bell, a welder.`: a sentence
 * that is a quote closing on a comma, "!" or "?", then only a speaker and one verb that no list
 * holds (in either order), is that speaker's, and the verb is its cue: the shape says so where
 * the word alone would not. The speaker is a name the entity stage found or a personal pronoun.
 */
export const unlistedVerb: EndRule = {
  name: 'unlisted-verb',
  stage: 'end',
  produces: { quote: ['direct'] },
  confidence: UNLISTED_VERB_CONFIDENCE,
  match({ p, unit, lo, hi, make }) {
    if (p.states[lo] !== QuoteState.Open) return null;
    const after = p.afterCloseMark(lo, hi);
    if (after >= hi || p.states[after - 1] !== QuoteState.Close) return null;
    const inside = p.lower(p.beforeCloseMark(after - 1));
    const outsideComma = p.isPunct(after, ',');
    if (!',?!'.includes(inside || '.') && !outsideComma) return null;
    const words = quotedWords(p, unit);
    if (words.count === 0 || words.titleCase) return null; // `"Hamlet," Ada Kemp directed.`
    const tail = outsideComma ? after + 1 : after;
    const end = p.isPunct(hi - 1, '.!') ? hi - 1 : hi;
    const found = speakerThenVerb(p, tail, end) ?? verbThenSpeaker(p, tail, end);
    if (!found) return null;
    const attribution = make(
      'speech',
      [[lo, after]],
      p.span(found.verb, found.verb + 1),
      p.span(found.speaker[0], found.speaker[1]),
      'unlisted-verb',
      UNLISTED_VERB_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : null;
  },
};

interface Found {
  verb: number;
  speaker: [number, number];
}

/** `Ada Kemp smiled`, `she winked at reporters`: the speaker, the verb, then nothing or a circumstance. */
function speakerThenVerb(p: Phrases, from: number, end: number): Found | null {
  const speakerEnd = PERSONAL_PRONOUNS.has(p.lower(from)) ? from + 1 : nameEnd(p, from, end);
  if (speakerEnd < 0 || speakerEnd >= end) return null;
  const verb = speakerEnd;
  if (!verbShaped(p, verb)) return null;
  const next = verb + 1;
  const rest =
    next === end ||
    p.isPunct(next, ',') ||
    PREPOSITIONS.has(p.lower(next)) ||
    (p.isWord(next) && p.lower(next).endsWith('ly') && next + 1 === end);
  return rest ? { verb, speaker: [from, speakerEnd] } : null;
}

/** `winked Tom Bell`, `winked Tom Bell, a welder`: the verb, then the speaker's name. */
function verbThenSpeaker(p: Phrases, from: number, end: number): Found | null {
  if (!verbShaped(p, from)) return null;
  const speakerEnd = nameEnd(p, from + 1, end);
  if (speakerEnd < 0 || !(speakerEnd === end || p.isPunct(speakerEnd, ','))) return null;
  return { verb: from, speaker: [from + 1, speakerEnd] };
}

/** The end of the person or organisation the entity stage named from `from`, else -1. */
function nameEnd(p: Phrases, from: number, end: number): number {
  const k = p.capitalisedEnd(from, end);
  return k > from && p.isName(from, k) ? k : -1;
}

/** A lowercase word in the past or present tense ("smiled", "winks"), not an auxiliary. */
function verbShaped(p: Phrases, i: number): boolean {
  if (!p.isWord(i) || p.cap(i)) return false;
  const lower = p.lower(i);
  if (AUXILIARIES.has(lower)) return false;
  return lower.endsWith('ed') || (lower.endsWith('s') && !/(ss|us|is)$/.test(lower));
}
