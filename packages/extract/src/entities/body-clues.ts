// Clues in the words of a name and around it that it names a body: "Boreal Lumber chief
// executive Ron Sato", "Harbour Pilots Lodge 7".
import { FIRM_ROLES_AFTER_NAME, NUMBERED_BODY_WORDS } from './data/organizations.js';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import type { NameRun } from './name-clues.js';
import type { Ctx } from './name-scan.js';

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
