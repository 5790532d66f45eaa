// Clues that a capitalised word or run names a measure or a made thing, not a person.
import { UNIT_SYMBOLS } from './data/name-words.js';
import type { Ctx } from './name-scan.js';

/** A number as written: "20", "1,200", "3.5". */
const NUMBER = /^\d[\d.,]*$/;

/**
 * "-20 C", "30 F", "12 KM", "20 °C": a unit's symbol after a number is a measure, no name
 * (the set is asked first; the number only for the few words in it).
 */
export function isUnitAfterNumber(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  if (!UNIT_SYMBOLS.has(tokens[i]!.lower)) return false;
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.lower === '\u00b0') return NUMBER.test(tokens[i - 2]?.lower ?? '');
  if (!NUMBER.test(before.lower)) return false;
  // "in 1998 K. Roe": a letter with a period after a year is someone's initial
  return !(
    YEAR.test(before.lower) &&
    tokens[i]!.lower.length === 1 &&
    tokens[i + 1]?.lower === '.'
  );
}

const YEAR = /^(?:1[0-9]|20)\d\d$/;

/**
 * "Zuzu Zuzu Pop", "Tutti Frutti", "Hopsy Mopsy Top": a word said twice, or rhymed on a new
 * first sound, names a song, a show or a toy; asked of runs opening on no known first name.
 */
export function hasEchoedWord(lowers: readonly string[]): boolean {
  for (let n = 1; n < lowers.length; n++) {
    const a = lowers[n - 1]!;
    const b = lowers[n]!;
    if (a === b && a.length > 2) return true; // (not initials: "J. J. Pell")
    if (a.length < 4 || b.length < 4) continue;
    const rhyme = a.slice(a.search(VOWEL));
    if (rhyme.length >= 3 && rhyme === b.slice(b.search(VOWEL))) return true;
  }
  return false;
}

const VOWEL = /[aeiouy]/;
