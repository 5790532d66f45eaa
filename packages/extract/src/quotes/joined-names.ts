// Whether an "and" inside a speaker phrase joins two who speak together ("Ada Kemp and Tom
// Bell said") rather than two clauses ("Ada Kemp left and Tom Bell said").
import { DETERMINERS, LIST_REMAINDERS, PAIRED_PRONOUNS, PREPOSITIONS } from '../lexicon/words.js';
import { peopleWord } from './people-words.js';
import { POSSESSIVE_DETERMINERS } from '../entities/data/source-words.js';
import type { TokenReader } from './token-reader.js';

/**
 * The "and" at n, read leftwards from a speaker phrase ending at `end`, joins names or people:
 * "Ada Kemp and Tom Bell", "Ada Kemp and others" where the list ends at the cue, "riders and
 * union officials", "he and his wife", "Mayor Ann Roe and council member Tom Bell".
 */
export function joinsSomeone(p: TokenReader, n: number, end: number): boolean {
  return (
    ((p.cap(n - 1) || p.abbreviation(n - 2)) &&
      (p.cap(n + 1) || (n + 1 === end && LIST_REMAINDERS.has(p.lower(n + 1))))) ||
    // two kinds of people speak together
    (n < end && !p.amount(n + 1) && peopleWord(p.lower(n - 1)) && peopleWord(p.lower(end))) ||
    pairedWithSomeone(p, n, end) ||
    // a name, then a role in lower case and a name
    (p.cap(n - 1) && roleThenName(p, n + 1, end))
  );
}

/** Lower-case words a role may take before the name it titles: "city council member". */
const MAX_ROLE_WORDS = 3;

/** Tokens [from, end] are a role in lower case, then capitalised words to the end: "council member Tom Bell". */
function roleThenName(p: TokenReader, from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from < MAX_ROLE_WORDS && p.isWord(k) && !p.cap(k)) k++;
  if (k === from || !p.cap(k) || !peopleWord(p.lower(k - 1))) return false;
  for (; k <= end; k++) if (!(p.isWord(k) && p.cap(k)) && !p.abbreviation(k - 1)) return false;
  return true;
}

/**
 * "he and his wife said", "she and Ann Roe said", "Ann Roe and other pilots said": the "and" at
 * n joins a name or a pronoun to a name, or to a short phrase that ends in people at `end`,
 * opened by a determiner after a name ("Federal and state officials" joins adjectives: see
 * `modifiersOfPeople`).
 */
function pairedWithSomeone(p: TokenReader, n: number, end: number): boolean {
  const before = n - 1;
  if (n >= end || !p.isWord(before) || p.amount(n + 1)) return false;
  const pronoun = PAIRED_PRONOUNS.has(p.lower(before));
  if (!p.cap(before) && !pronoun) return false;
  if (p.cap(n + 1)) return true;
  // after a pronoun, bare people too: "he and election lawyers"
  const opens = pronoun || DETERMINERS.has(p.lower(n + 1));
  return opens && end - n <= MAX_PAIRED_PHRASE && peopleWord(p.lower(end));
}

/** The words of "his older brother", "other digital security experts" after "and". */
const MAX_PAIRED_PHRASE = 4;

/**
 * Read rightwards, after a cue: how many tokens the "and" at n, after a name, takes into the
 * speaker's phrase: one before another name ("said Ada Kemp and Tom Bell"), two before others
 * who speak with the name, where the phrase ends on them ("said Ada Kemp and others,", "said
 * Ada Kemp and her aides."; the determiner would otherwise open a new phrase); none where "and"
 * opens a clause.
 */
export function andStepAfter(p: TokenReader, n: number, hi: number): number {
  if (!p.cap(n - 1)) return 0;
  if (p.cap(n + 1)) return 1;
  return joinsPeopleAfter(p, n, hi) ? 2 : 0;
}

function joinsPeopleAfter(p: TokenReader, n: number, hi: number): boolean {
  const next = p.lower(n + 1);
  if (LIST_REMAINDERS.has(next)) return n + 2 >= hi || !p.isWord(n + 2);
  if (!POSSESSIVE_DETERMINERS.has(next) && !DETERMINERS.has(next)) return false;
  for (let k = n + 2; k < hi && k - n <= MAX_PAIRED_PHRASE; k++) {
    if (!p.isWord(k) || p.cap(k)) return false;
    if (peopleWord(p.lower(k)) && (k + 1 >= hi || !p.isWord(k + 1))) return true;
  }
  return false;
}

/** Lower-case words between the "and" of two modifiers and the people they modify: "state". */
const MAX_SHARED_MODIFIERS = 2;

/**
 * "Sheep and beef farmers said", "the federal and state officials": the "and" at n joins two
 * words that modify the same people at `end`, one opening the phrase (at `lo` or after a
 * determiner), so both stay in the speaker, not "beef farmers" alone.
 */
export function modifiersOfPeople(p: TokenReader, n: number, lo: number, end: number): boolean {
  const before = n - 1;
  if (before < lo || !p.isWord(before) || p.amount(before)) return false;
  if (before > lo && !DETERMINERS.has(p.lower(before - 1))) return false;
  // ("the convention and others said": no modifier after "and", two clauses)
  if (end - n < 2 || end - n > MAX_SHARED_MODIFIERS + 1 || !peopleWord(p.lower(end))) return false;
  if (peopleWord(p.lower(before)) || PAIRED_PRONOUNS.has(p.lower(before))) return false;
  for (let k = n + 1; k <= end; k++) {
    const l = p.lower(k);
    if (!p.isWord(k) || p.cap(k) || DETERMINERS.has(l) || PREPOSITIONS.has(l)) return false;
  }
  return true;
}
