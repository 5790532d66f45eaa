// Whether a capitalised run names a place by its words, and when a place word is a surname.
import type { Token } from '../text/tokens.js';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { SEAT_TITLES } from './data/people.js';
import { PLACE_OF_NOUNS, PLACE_WORDS, SURNAME_PLACE_WORDS } from './data/places.js';
import { PLACE_OPENERS, SAINT_WORDS } from './data/name-words.js';
import { isPossessive, isSpeechVerb, type Ctx } from './name-scan.js';
import { isAged, type NameRun } from './name-clues.js';

/**
 * A place word ends the run ("Main Street") or opens it ("Lake Erie", "Saint John"), or the run
 * is the seat of an elected member, after "for" ("the MP for Eastvale North", "councillor for
 * Ward 5").
 */
export function namesAPlace(
  tokens: readonly Token[],
  start: number,
  lowers: readonly string[],
): boolean {
  const seat =
    tokens[start - 1]?.lower === 'for' && SEAT_TITLES.has(tokens[start - 2]?.lower ?? '');
  return (
    seat ||
    PLACE_WORDS.has(lowers[lowers.length - 1]!) ||
    (lowers.length > 1 &&
      PLACE_OPENERS.has(lowers[0]!) &&
      (SAINT_WORDS.has(lowers[0]!) || !FIRST_NAME_GENDER.has(lowers[1]!)))
  );
}

/**
 * "said Drew Hill", "Simon Park said", "Mary Hill, 54,": after a first name a place word is a
 * surname where the run speaks or is given an age, as no park or hill is.
 */
export function placeWordSurname(ctx: Ctx, r: NameRun): boolean {
  const { start, end, lowers } = r;
  if (lowers.length > 3 || !firstNameAndPlaceSurname(lowers)) return false;
  return isSpeechVerb(ctx, end) || isSpeechVerb(ctx, start - 1) || isAged(ctx, end);
}

/** A first name, then a place word that is a common surname last: "Drew Hill", "Simon Park". */
export function firstNameAndPlaceSurname(lowers: readonly string[]): boolean {
  return (
    lowers.length > 1 &&
    FIRST_NAME_GENDER.has(lowers[0]!) &&
    SURNAME_PLACE_WORDS.has(lowers[lowers.length - 1]!)
  );
}

/**
 * A place named after "of" and a noun only a place follows: "the town of Umm Tarif", "residents
 * of Greywater Flats". (Not after a person: "Ann Roe of Evercore" is as often a firm.)
 */
export function placeAfterOf(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const noun = tokens[start - 2];
  if (tokens[start - 1]?.lower !== 'of' || !noun?.word || noun.cap) return false;
  return PLACE_OF_NOUNS.has(noun.lower) && !isPossessive(tokens[end - 1]!);
}
