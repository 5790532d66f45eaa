// Clues that a capitalised word or run names a measure or a made thing, not a person.
import {
  APPOSITION_ENDS,
  APPOSITION_MARKS,
  THING_WORDS,
  UNIT_SYMBOLS,
  WORK_DETERMINERS,
  WORK_FRAMES,
  WORK_MODIFIERS,
  WORK_NOUNS,
} from './data/name-words.js';
import {
  ARTICLES,
  CONNECTIVES,
  NAMED_DAY_WORDS,
  PREPOSITIONS,
  WEEKDAYS,
} from '../lexicon/words.js';
import { FIRST_NAME_GENDER, GAZETTEER } from './gazetteer.js';
import { ORG_WORDS } from './data/organizations.js';
import { type Ctx, candidate, isPossessive, isTitleWord } from './name-scan.js';
import type { NameRun } from './name-clues.js';

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
 * A rhyme counts only in words of two syllables ending on a vowel: one-syllable names rhyme
 * as people's names do ("Wang Fang", "Zhang Yang").
 */
export function hasEchoedWord(lowers: readonly string[]): boolean {
  for (let n = 1; n < lowers.length; n++) {
    const a = lowers[n - 1]!;
    const b = lowers[n]!;
    if (a === b && a.length > 2) return true; // (not initials: "J. J. Pell")
    if (!rhymingWord(a) || !rhymingWord(b)) continue;
    const rhyme = a.slice(a.search(VOWEL));
    if (rhyme.length >= 3 && rhyme === b.slice(b.search(VOWEL))) return true;
  }
  return false;
}

const VOWEL = /[aeiouy]/;

/** A word of five letters or more ending on a vowel: "hopsy", "tutti", not "fang". */
const rhymingWord = (word: string): boolean => word.length >= 5 && VOWEL.test(word.at(-1)!);

/**
 * A made work named by the words around the run: a work noun before it ("the cartoon Bobo
 * Starfinder"), one in an apposition after it ("Fizzle Pop, the TV series,") or a frame before
 * it ("an episode of X", "starred in X"). A possessive run is someone's ("starred in Ann Roe's
 * film", "the film's director Ann Roe" has a role noun before the name).
 */
export function namesAWork(ctx: Ctx, r: NameRun): boolean {
  const { tokens } = ctx;
  if (isPossessive(tokens[r.end - 1]!)) return false;
  const before = tokens[r.start - 1];
  // "The film, Harbour Lights, opens": the work noun set off before its name, which a comma
  // closes (not "In her memoir, Roe recalls" nor "the writer of the novel, Ann Roe,")
  if (
    !r.knownFirst &&
    before?.lower === ',' &&
    tokens[r.end]?.lower === ',' &&
    WORK_NOUNS.has(tokens[r.start - 2]?.lower ?? '')
  )
    return headsItsPhrase(ctx, workPhraseStart(ctx, r.start - 2));
  if (!before?.word || before.cap) return workAppositive(ctx, r.end);
  if (WORK_NOUNS.has(before.lower)) return workNounBefore(ctx, r);
  if (WORK_FRAMES.get(tokens[r.start - 2]?.lower ?? '') === before.lower) return true;
  return workAppositive(ctx, r.end);
}

/** The work's phrase opens at `start`, after no preposition ("of the novel", "In her memoir"). */
function headsItsPhrase(ctx: Ctx, start: number): boolean {
  return start >= 0 && !PREPOSITIONS.has(ctx.tokens[start - 1]?.lower ?? '');
}

/** Tokens a work noun's determiner may be back from it: "the hit TV show". */
const MAX_WORK_MODIFIERS = 3;

/**
 * "the cartoon X", "her new novel X", "the KTVN sitcom X": a work noun after a determiner, a
 * possessive or a maker's name (not "to film Ann Roe", "will book Tom Bell": verbs). A known
 * first name with a clause after it is the subject of one: "the book Tom Bell wrote", "the show
 * Ann Roe said she loved"; a name that is no first name is the work's, even before "said".
 */
function workNounBefore(ctx: Ctx, r: NameRun): boolean {
  if (r.knownFirst && clauseFollows(ctx, r.end)) return false;
  return workPhraseStart(ctx, r.start - 1) >= 0;
}

/**
 * Where the phrase of the work noun at `noun` opens: its determiner, possessive or maker's name
 * a few describing words back ("the hit TV show"), else -1.
 */
function workPhraseStart(ctx: Ctx, noun: number): number {
  const { tokens } = ctx;
  for (let k = noun - 1; k >= 0 && noun - 1 - k < MAX_WORK_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (!t.word) return -1;
    if (WORK_DETERMINERS.has(t.lower) || (isPossessive(t) && !WORK_MODIFIERS.has(t.bare))) return k;
    if (t.cap) return isMakerName(ctx, k) ? k : -1; // "the KTVN sitcom", "Streamly series"
    if (!isWorkWord(t.bare)) return -1;
  }
  return -1;
}

/**
 * A capitalised word before a work noun names its maker or medium ("the KTVN sitcom", "TV
 * show"); opening a sentence it must be in capitals or written so elsewhere ("Streamly series";
 * not "Please book Ann Roe").
 */
function isMakerName(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (!ctx.initial[k] || ctx.capSeen.has(t.bare)) return true;
  const surface = ctx.text.slice(t.start, t.end);
  return surface.length > 1 && surface === surface.toUpperCase();
}

/** A modifier or a work noun of its own: "the animated comedy series". */
function isWorkWord(bare: string): boolean {
  return WORK_MODIFIERS.has(bare) || WORK_NOUNS.has(bare);
}

/** A word in lower case after the run that no preposition or conjunction is: a verb, or ", who". */
function clauseFollows(ctx: Ctx, end: number): boolean {
  const next = ctx.tokens[end];
  if (next?.lower === ',') return ctx.tokens[end + 1]?.lower === 'who';
  return !!next?.word && !next.cap && !PREPOSITIONS.has(next.lower) && !CONNECTIVES.has(next.lower);
}

/**
 * "Fizzle Pop, the hit TV series, ...", "X, a cartoon about a fox": an article, modifiers and a
 * work noun after a comma, ending there (not "Ann Roe, a film director", "the show's host").
 */
function workAppositive(ctx: Ctx, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.lower !== ',' || !ARTICLES.has(tokens[end + 1]?.lower ?? '')) return false;
  let work = false;
  for (let k = end + 2; k <= end + 2 + MAX_WORK_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t) return work;
    if (!t.word) return work && APPOSITION_MARKS.has(t.lower);
    if (work && (PREPOSITIONS.has(t.lower) || APPOSITION_ENDS.has(t.lower))) return true;
    if (isPossessive(t) && !WORK_MODIFIERS.has(t.bare)) return false;
    work = WORK_NOUNS.has(t.lower);
    if (!work && !t.cap && !WORK_MODIFIERS.has(t.bare)) return false;
  }
  return false;
}

/**
 * "the cartoon Captain Fizzle Pop", "the show Doctor Bobo": a title opening a work's name after
 * a work noun or frame is the work's, not a person's title; the run is read as a work at once
 * (whether a first name follows is asked of the word after the title: "the film Dr. Ann Roe made").
 */
export function titledWork(ctx: Ctx, r: NameRun): boolean {
  if (r.wordIdx.length < 2 || !isTitleWord(r.lowers[0]!)) return false;
  const knownFirst = FIRST_NAME_GENDER.has(r.lowers[1]!);
  if (!namesAWork(ctx, { ...r, knownFirst })) return false;
  ctx.out.push(candidate(ctx, r.start, r.end, 'other'));
  return true;
}

/** "a former Miss Norland": "Miss" and a listed place alone is a pageant's title, not a woman. */
export function pageantTitle(title: string, nameLowers: readonly string[]): boolean {
  return (
    title === 'miss' &&
    nameLowers.length === 1 &&
    GAZETTEER.get(nameLowers[0]!)?.kind === 'location'
  );
}

/**
 * The words of a name after a title hold an organisation's or a thing's word ("Bill C-11"),
 * other than a first name opening a name of two words or more ("Mayor Bill Roe").
 */
export function thingWordInName(nameLowers: readonly string[]): boolean {
  const firstName = (i: number, w: string) =>
    i === 0 && nameLowers.length > 1 && FIRST_NAME_GENDER.has(w);
  return nameLowers.some((w, i) => ORG_WORDS.has(w) || (THING_WORDS.has(w) && !firstName(i, w)));
}

/** "Super Tuesday", "Black Friday": a word naming a day before its weekday is a date, no name. */
export function namesADay(ctx: Ctx, r: NameRun): boolean {
  const day = ctx.tokens[r.end];
  return (
    r.lowers.length === 1 &&
    NAMED_DAY_WORDS.has(r.lowers[0]!) &&
    !!day?.cap &&
    WEEKDAYS.has(day.lower)
  );
}
