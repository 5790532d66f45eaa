import {
  AGE_NOUNS,
  EPITHET_NOUNS,
  KIN_NOUNS,
  OFFICE_QUALIFIERS,
  PORTFOLIO_FIELDS,
  ROLE_FACETS,
  ROLE_KINDS,
  ROLE_NOUNS,
} from './data/people.js';
import { BODY_NOUNS } from './data/organizations.js';
import { WordShapes } from '../text/word-shapes.js';

/** Role nouns are looked up at most words of a text: their shapes turn most words away first. */
const ROLE_SHAPES = new WordShapes(ROLE_NOUNS);

/** A role noun ("mayor", "spokeswoman", "winger"), lowercased. */
export function isRoleNoun(lower: string): boolean {
  return ROLE_SHAPES.mayHold(lower) && ROLE_NOUNS.has(lower);
}

/**
 * A noun that can name a person: a role, an epithet, or a word of a person's shape ("the
 * veteran harbour pilot", "the party's chosen nominee", "the Norland Liberal organiser"), never
 * "the council's seat projection", "the ferry timetable", "the harbour levy vote".
 */
export function isPersonNoun(lower: string): boolean {
  // a compound is a person by its first part too: "sergeant-at-arms"
  const first = lower.split('-', 1)[0]!;
  return (
    isRoleNoun(lower) || isRoleNoun(first) || EPITHET_NOUNS.has(lower) || PERSON_ENDINGS.test(lower)
  );
}

/** Endings of nouns for people: a doer, a follower, a member, one chosen ("nominee"). */
const PERSON_ENDINGS = /(?:[^aeiou]er|[^aeiou]or|ist|ian|ican|crat|ee)$/;

/** A role noun or its plural ("mayors"). */
export function isRoleWord(lower: string): boolean {
  if (isRoleNoun(lower)) return true;
  const single = lower.length - 1;
  return (
    lower.endsWith('s') &&
    ROLE_SHAPES.mayHoldPrefix(lower, single) &&
    ROLE_NOUNS.has(lower.slice(0, single))
  );
}

/**
 * A role noun that says what else someone is besides the part they play: a kinship, an age, a
 * residence or an employer ("the resident", "the teenager", "the veteran", "the employee").
 */
export function isRoleFacet(lower: string): boolean {
  return (
    ROLE_FACETS.has(lower) ||
    KIN_NOUNS.has(lower) ||
    AGE_NOUNS.has(lower) ||
    EPITHET_NOUNS.has(lower)
  );
}

/**
 * Someone introduced as what they are ("Tom Bell, an artist,") with a role (not a facet), and
 * with none that `role` could name: the artist is not "the owner". Titles and roles before the
 * name are passed over: one may hold an office and be much else ("Sen. Ann Roe ... the
 * businesswoman"). False when `role` is a facet or no role noun.
 */
export function heldOtherRole(descriptors: readonly string[], role: string): boolean {
  if (!descriptors.length || !isRoleNoun(role) || isRoleFacet(role)) return false;
  let other = false;
  for (const d of descriptors) {
    const words = d.toLowerCase().split(/[\s,]+/);
    const introduced = words[0] === 'a' || words[0] === 'an';
    for (const word of words) {
      if (!isRoleNoun(word)) continue;
      if (word === role || kindred(word, role)) return false;
      if (introduced && !isRoleFacet(word)) other = true;
    }
  }
  return other;
}

/** Two roles one of which is a kind of the other, or both kinds of a third ("goalie", "keeper"). */
function kindred(a: string, b: string): boolean {
  if (ROLE_KINDS.get(a)?.includes(b) || ROLE_KINDS.get(b)?.includes(a)) return true;
  for (const kinds of ROLE_KINDS.values()) if (kinds.includes(a) && kinds.includes(b)) return true;
  return false;
}

/**
 * A word before a role that makes it one office among others: a field ("health minister",
 * "police chief") or a body ("board member", "team captain").
 */
export function isOfficeQualifier(lower: string): boolean {
  return OFFICE_QUALIFIERS.has(lower) || PORTFOLIO_FIELDS.has(lower) || BODY_NOUNS.has(lower);
}
