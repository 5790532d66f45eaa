// Who a participle with no comma before it hangs on: the subject of the verb that put out what
// it reports ("issued a statement saying", "held signs reading"), or its own subject after "with".
import { ARTICLES } from '../../lexicon/words.js';
import {
  FRAME_NOUNS,
  HELD_UP_NOUNS,
  HOLDING_UP_VERBS,
  ISSUING_VERBS,
} from '../../lexicon/quote-words.js';
import type { Phrases } from '../phrases.js';

/**
 * The verb of "issued a statement", "gave an interview on Sunday" just before a participle cue,
 * else -1: the subject put out what the cue reports, so the cue's speaker is the subject.
 */
export function frameBefore(p: Phrases, lo: number, c: number): number {
  for (let k = c - 1; k > lo && k >= c - 6; k--) {
    if (!p.isWord(k)) return -1;
    const held = HELD_UP_NOUNS.has(p.lower(k));
    if (!FRAME_NOUNS.has(p.lower(k)) && !held) continue;
    // "held signs reading", "carried banners saying"
    if (held && (ISSUING_VERBS.has(p.lower(k - 1)) || HOLDING_UP_VERBS.has(p.lower(k - 1))))
      return k - 1;
    for (let d = k - 1; d > lo && d >= k - 2; d--)
      if (ARTICLES.has(p.lower(d))) return ISSUING_VERBS.has(p.lower(d - 1)) ? d - 1 : -1;
    return -1;
  }
  return -1;
}

/**
 * `..., with Ana Ruiz calling the levy "a disgrace"`: the participle's own subject, after
 * "with"; returns the index of "with", else -1.
 */
export function withSubject(p: Phrases, lo: number, last: number): number {
  let start = p.phraseBefore(last, lo);
  // "with the energy secretary warning": a short subject after "with", read word by word where
  // the phrase read back runs past it
  if (p.lower(start - 1) !== 'with') start = afterWith(p, lo, last);
  if (start > last || start - 1 < lo || p.lower(start - 1) !== 'with' || !p.isWord(start - 1))
    return -1;
  return p.isSpeaker(start, last + 1) ? start - 1 : -1;
}

/** Words a subject after "with" may take before its participle: "with the energy secretary". */
const MAX_WITH_SUBJECT = 4;

/** The token after a "with" that only words separate from `last`, or last + 1. */
function afterWith(p: Phrases, lo: number, last: number): number {
  for (let k = last - 1; k >= lo && last - k <= MAX_WITH_SUBJECT; k--) {
    if (!p.isWord(k)) break;
    if (p.lower(k) === 'with') return k + 1;
  }
  return last + 1;
}
