// Clues in the words of a name and around it that it names a body: "Boreal Lumber chief
// executive Ron Sato", "Harbour Pilots Lodge 7", "Conservative Reform critic Ada Kemp".
import {
  FIRM_ROLES_AFTER_NAME,
  NUMBERED_BODY_WORDS,
  ORG_WORDS,
  PLACE_LED_ORG_WORDS,
  SERVED_BEFORE_ROLES,
} from './data/organizations.js';
import { isBodyNoun } from './data/source-words.js';
import { PARTY_WORDS } from './data/name-words.js';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import type { NameRun } from './name-clues.js';
import { isCap, longestListed, type Ctx } from './name-scan.js';
import { isRoleNoun } from './role-words.js';

/**
 * "Boreal Lumber chief executive Ron Sato": a name of two words or more right before a role a
 * firm gives, in lower case, is the firm's; not when a word of it is a known first name ("Orrin
 * Paul spokesman"), and not one word ("Vell spokesman" stays a person's).
 */
export function firmBeforeRole(ctx: Ctx, r: NameRun): boolean {
  if (r.wordIdx.length < 2 || r.lowers.some((w) => FIRST_NAME_GENDER.has(w))) return false;
  const next = ctx.tokens[r.end];
  if (!next?.word || next.cap) return false;
  const role = next.lower === 'chief' ? ctx.tokens[r.end + 1]?.lower : next.lower;
  return role === 'executive' || (role !== undefined && FIRM_ROLES_AFTER_NAME.has(role));
}

/** "Harbour Pilots Lodge 7": a run ending in a body word and its number names a body. */
export function numberedBody(ctx: Ctx, run: number[]): boolean {
  const n = run.length;
  return (
    n > 2 &&
    /^\d+$/.test(ctx.tokens[run[n - 1]!]!.lower) &&
    NUMBERED_BODY_WORDS.has(ctx.tokens[run[n - 2]!]!.lower)
  );
}

/**
 * The tokens of a body's name after a role and "of" opening the run ("CEO of Harrow Regional
 * Hospital"), when that name has two words or more and ends on an organisation word; else null
 * ("Minister of Finance" is a title, and names no one).
 */
export function bodyAfterRoleOf(r: NameRun): number[] | null {
  const { lowers, wordIdx } = r;
  if (lowers.length < 4 || lowers[1] !== 'of' || !isRoleNoun(lowers[0]!)) return null;
  if (!ORG_WORDS.has(lowers[lowers.length - 1]!)) return null;
  const from = wordIdx[2]!;
  return r.run.filter((k) => k >= from);
}

/**
 * "Conservative Reform critic Ada Kemp", "Green Future leader Tom Bell": a party's name of two
 * or three words, opening on a party word, before a role written small and a name, is the party
 * the person speaks for (not a title and a surname, "Reform", who would take her pronoun).
 */
export function partyBeforeRole(ctx: Ctx, r: NameRun): boolean {
  const { tokens, text } = ctx;
  if (r.wordIdx.length < 2 || r.wordIdx.length > 3 || !PARTY_WORDS.has(r.lowers[0]!)) return false;
  const role = tokens[r.end];
  const name = tokens[r.end + 1];
  return (
    !!role?.word &&
    !isCap(text, role) &&
    isRoleNoun(role.lower) &&
    !!name?.word &&
    isCap(text, name) &&
    !isRoleNoun(r.lowers[r.lowers.length - 1]!)
  );
}

/**
 * "Crown attorney", "the Crown corporation", "Assistant Crown attorney": a word naming whom a
 * role or body serves, before the role or body in lower case, is no name of its own.
 */
export function servedBefore(ctx: Ctx, r: NameRun): boolean {
  const next = ctx.tokens[r.end];
  if (!SERVED_BEFORE_ROLES.has(r.lowers[r.lowers.length - 1]!) || !next?.word) return false;
  return !isCap(ctx.text, next) && (isRoleNoun(next.lower) || isBodyNoun(next.lower));
}

/**
 * "Nova Scotia Power", "Ontario Power Generation": a word that is a surname too ("Tom Power")
 * names a body after a listed place.
 */
export function utilityOfPlace(ctx: Ctx, r: NameRun): boolean {
  const at = r.lowers.findIndex((w) => PLACE_LED_ORG_WORDS.has(w));
  if (at < 1) return false;
  const place = longestListed(ctx, r.start, r.wordIdx[at]!);
  return place?.entry.kind === 'location' && place.end === r.wordIdx[at];
}
