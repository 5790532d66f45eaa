// A phrase of place or time fronted before a clause's subject: "but at the harbour meeting she
// said".
import { cueClass } from '../lexicon/cues.js';
import type { Span } from '@sourcetrace/article-model';
import { PREPOSITIONS, RESUMING_CONNECTIVES } from '../lexicon/words.js';
import {
  ASIDE_CHANNEL_PARTICIPLES,
  ASIDE_CHANNEL_PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from '../lexicon/quote-words.js';
import { channelAt } from './frames.js';
import type { Phrases } from './phrases.js';

/** Words a phrase fronted after a connective may take: "but at the harbour meeting on Friday". */
const MAX_FRONTED_WORDS = 8;

/**
 * "and" or "but" opening a phrase of place or time that ends at `last`, right before a pronoun
 * subject at `last + 1` ("but at the harbour meeting she said", "And on Friday he said");
 * else `last`.
 */
export function connectiveBeforeFronted(p: Phrases, lo: number, last: number): number {
  if (!SUBJECT_PRONOUNS.has(p.lower(last + 1))) return last;
  for (let k = last; k >= lo && last - k <= MAX_FRONTED_WORDS; k--) {
    if (!p.isWord(k) || cueClass(p.lower(k))) return last;
    if (RESUMING_CONNECTIVES.has(p.lower(k)))
      return k < last && (PREPOSITIONS.has(p.lower(k + 1)) || p.isTime(k + 1)) ? k : last;
  }
  return last;
}

/**
 * Where a subject read back from its verb starts when it ends on one of those pronouns after the
 * fronted words before it ("the harbour meeting she", "Friday she"): at the pronoun. A pronoun
 * joined to another subject stays whole ("Ann Roe and he").
 */
export function pronounSubject(p: Phrases, start: number, end: number): number {
  const last = end - 1;
  if (last <= start || !SUBJECT_PRONOUNS.has(p.lower(last))) return start;
  const before = p.lower(last - 1);
  return before === 'and' || before === 'or' || before === 'of' ? start : last;
}

/** Words a fronted phrase naming where something was said may run to before its comma. */
const MAX_CHANNEL_PHRASE = 12;

/**
 * `In an interview with the Dunmore Ledger, Ada Kemp said ...`, `Speaking to CBC News on Monday,
 * she said ...`: an outlet after "with", "to" or "on" in the phrase fronted before the speaker,
 * from `from` to the comma at `comma`, is where it was said.
 */
export function frontedChannel(p: Phrases, from: number, comma: number): Span | null {
  if (!p.isPunct(comma, ',') || comma - from > MAX_CHANNEL_PHRASE) return null;
  for (let k = from + 1; k < comma; k++) {
    if (!p.outside(k)) continue;
    // the outlet's name runs on while its words are capitalised
    let end = k + 1;
    while (end < comma && p.cap(end)) end++;
    const named = channelAt(p, k, end);
    if (named !== undefined) return named;
  }
  return null;
}

/**
 * `Ivo Marr, writing in the Dunmore Ledger, called ...`, `..., speaking on Halvard Radio, said`:
 * an outlet in an aside set off between the speaker (ending before token `from`) and the cue at
 * `to` is where the words appeared.
 */
export function asideChannel(p: Phrases, from: number, to: number): Span | null {
  for (let k = from; k < to - 3 && k - from <= MAX_CHANNEL_PHRASE; k++) {
    if (!p.isPunct(k, ',') || !ASIDE_CHANNEL_PARTICIPLES.has(p.lower(k + 1))) continue;
    if (!ASIDE_CHANNEL_PREPOSITIONS.has(p.lower(k + 2))) return null;
    const article = p.lower(k + 3) === 'the' ? 1 : 0;
    const start = k + 3 + article;
    let end = start;
    while (end < to && p.cap(end)) end++;
    return end > start && p.isOutlet(start, end) ? p.span(start - article, end) : null;
  }
  return null;
}
