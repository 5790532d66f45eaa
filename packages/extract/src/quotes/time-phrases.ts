// Time phrases beside a cue ("said on Monday", "last week told"), skipped when reading the
// speaker or the content around it.
import {
  AUXILIARIES,
  CALENDAR_NAMES,
  CLAUSE_OPENERS,
  DETERMINERS,
  DURATION_WORDS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  TIME_OPENERS,
  WEEKDAYS_MONTHS,
} from '../lexicon/words.js';
import { cueClass } from '../lexicon/cues.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import type { TokenReader } from './token-reader.js';

/** The index after a time phrase that starts at i ("on Monday", "last week", "Tuesday"), or i. */
export function timePhraseAfter(p: TokenReader, i: number, hi: number): number {
  const duration = durationAfter(p, i, hi);
  if (duration > i) return duration;
  let j = i;
  while (j < hi && p.isWord(j) && (TIME_OPENERS.has(p.lower(j)) || DETERMINERS.has(p.lower(j))))
    j++;
  // "this past week", "over the past month"
  if (j > i && j < hi && p.lower(j) === 'past') j++;
  if (j >= hi || !p.isWord(j) || !WEEKDAYS_MONTHS.has(p.lower(j))) return i;
  for (; j < hi; j++) {
    // "on Sept. 12": a short month's period stays in the time
    if (p.isPunct(j, '.') && p.abbreviation(j - 1) && /^\d/.test(p.lower(j + 1))) continue;
    if (!p.isWord(j) || !(WEEKDAYS_MONTHS.has(p.lower(j)) || /^\d/.test(p.lower(j)))) break;
  }
  // "said each year of study adds ...": a quantified span with "of" after it is the content's
  // subject, not the time of saying ("said last week of the plan" keeps its time opener)
  const quantified = DETERMINERS.has(p.lower(i)) && !TIME_OPENERS.has(p.lower(i));
  if (quantified && p.lower(j) === 'of') return i;
  // "said the year had been hard", "said Monday was the deadline": a time with a verb after it
  // is the content's subject, not the time of saying
  // ("on Monday was" keeps its time: a preposition opens no subject)
  const verbAfter = p.isWord(j) && (AUXILIARIES.has(p.lower(j)) || isPastTense(p.lower(j)));
  if (verbAfter && !PREPOSITIONS.has(p.lower(i))) return i;
  // "said the night shift was chaotic", "the morning rush": "the", a time word and a noun open
  // the content's subject
  if (p.lower(i) === 'the' && nounAt(p, j)) return i;
  return j;
}

/** A word in lower case that may be a noun: no verb, link, pronoun or determiner. */
function nounAt(p: TokenReader, k: number): boolean {
  const l = p.lower(k);
  return (
    p.isWord(k) &&
    !p.cap(k) &&
    !PREPOSITIONS.has(l) &&
    !CLAUSE_OPENERS.has(l) &&
    !DETERMINERS.has(l) &&
    !PERSONAL_PRONOUNS.has(l) &&
    !cueClass(l) &&
    !TIME_OPENERS.has(l)
  );
}

/** The index before a time phrase that ends at i (inclusive), read leftwards, or i. */
export function timePhraseBefore(p: TokenReader, i: number, lo: number): number {
  let j = i;
  let sawTime = false;
  for (; j >= lo && p.isWord(j) && !p.auxiliaryInName(j, lo); j--) {
    const time = timeBeforeCue(p, j);
    if (!time && !/^\d/.test(p.lower(j))) break;
    sawTime ||= time;
  }
  if (!sawTime) return i;
  // "this past week": "past" between the opener and its time word
  if (j > lo && p.lower(j) === 'past' && TIME_OPENERS.has(p.lower(j - 1))) j--;
  while (j >= lo && p.isWord(j) && TIME_OPENERS.has(p.lower(j))) j--;
  return j;
}

/**
 * A time word before a cue. A capital "Day", "May" or "Jun" there is a name ("Day said"),
 * unless a time opener comes first ("in May said"); "Monday" is always the time.
 */
function timeBeforeCue(p: TokenReader, j: number): boolean {
  const l = p.lower(j);
  if (!WEEKDAYS_MONTHS.has(l)) return false;
  return !p.cap(j) || CALENDAR_NAMES.has(l) || TIME_OPENERS.has(p.lower(j - 1));
}

/**
 * `for weeks`, `for two years`, `for many months` at `i` (not `for weeks of talks`): the index
 * after it, or i.
 */
function durationAfter(p: TokenReader, i: number, hi: number): number {
  if (p.lower(i) !== 'for' || !p.isWord(i + 1)) return i;
  let j = i + 1;
  if (j + 1 < hi && !DURATION_WORDS.has(p.lower(j)) && (p.amount(j) || DETERMINERS.has(p.lower(j))))
    j++;
  if (j >= hi || !p.isWord(j) || !DURATION_WORDS.has(p.lower(j)) || p.lower(j + 1) === 'of')
    return i;
  return j + 1;
}
