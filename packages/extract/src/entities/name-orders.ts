// Names whose words do not come in the usual order, or whose first word is usually something
// else: a surname before a hyphenated given name, a title that is also a first name.
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { ORG_WORDS } from './data/organizations.js';
import { isDictionaryWord } from './data/dictionary.js';
import { PLACE_WORDS } from './data/places.js';
import {
  type Ctx,
  candidate,
  isCommonWord,
  isHyphenGivenName,
  isHyphenGivenNameFirst,
} from './name-scan.js';
import { addContext } from './name-context.js';
import type { NameRun } from './name-clues.js';

/** The run is a short surname then a hyphenated given name from `from` on: "Sun Wei-dong". */
export function surnameBeforeGivenName(ctx: Ctx, run: readonly number[], from: number): boolean {
  return (
    run.length - from === 2 &&
    run[from + 1] === run[from]! + 1 &&
    isHyphenGivenName(ctx, run[from + 1]!)
  );
}

/**
 * "Park Ji-hoon", "Oh Sang-chul": a short surname before a hyphenated given name is a person's
 * name, even where the surname is also a common or place word ("Park", "Sun", "Oh").
 */
export function surnameFirstName(ctx: Ctx, r: NameRun): boolean {
  if (r.wordIdx.length !== 2 || !surnameBeforeGivenName(ctx, r.wordIdx, 0)) return false;
  // (the first word is the surname: it says nothing of gender)
  return pushPerson(ctx, r, false);
}

/**
 * "Ji-woo Kim", "Sun-hee Park": a hyphenated given name before one more name word is a person's
 * name, even where the surname is also a common or place word.
 */
export function givenNameFirst(ctx: Ctx, r: NameRun): boolean {
  if (r.wordIdx.length !== 2 || r.wordIdx[1] !== r.wordIdx[0]! + 1) return false;
  if (!isHyphenGivenNameFirst(ctx, r.wordIdx[0]!)) return false;
  return pushPerson(ctx, r, false);
}

/**
 * "Dean Marsh": a title that is also a listed first name, before one word that may be a surname
 * (no place, body or common word: "Dean Street"), is that first name. A "Dean Sandal" after
 * "Ravi Sandal" is joined to him when names are merged.
 */
export function titleAsFirstName(ctx: Ctx, r: NameRun): boolean {
  if (r.wordIdx.length !== 2 || !r.knownFirst) return false;
  const surname = r.lowers[1]!;
  if (PLACE_WORDS.has(surname) || ORG_WORDS.has(surname) || isCommonWord(ctx, surname))
    return false;
  return pushPerson(ctx, r, true);
}

function pushPerson(ctx: Ctx, r: NameRun, firstNameFirst: boolean): boolean {
  const c = candidate(ctx, r.start, r.end, 'person', { person: true });
  if (firstNameFirst) c.gender = FIRST_NAME_GENDER.get(r.lowers[0]!) ?? 'unknown';
  addContext(ctx, c, r.start, r.end);
  ctx.out.push(c);
  return true;
}

/**
 * "Gustavo Peña Soler" is "Peña" later: after a listed first name, two surnames (the first
 * neither a first name nor an initial) go by the first of them alone too.
 */
export function firstOfTwoSurnames(words: readonly string[]): string | undefined {
  if (words.length < 3 || !FIRST_NAME_GENDER.has(words[0]!.toLowerCase())) return undefined;
  const paternal = words[words.length - 2]!;
  const lower = paternal.toLowerCase();
  if (paternal.length < 3 || paternal.includes('.') || FIRST_NAME_GENDER.has(lower))
    return undefined;
  // ("Ana Roe Show": a word of the dictionary last names a thing, not a second surname)
  if (isDictionaryWord(words[words.length - 1]!.toLowerCase())) return undefined;
  return /^\p{Lu}/u.test(paternal) ? lower : undefined;
}
