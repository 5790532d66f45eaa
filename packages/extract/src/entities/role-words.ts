import { AGE_NOUNS, EPITHET_NOUNS, KIN_NOUNS, ROLE_FACETS, ROLE_NOUNS } from './data/people.js';
import { WordShapes } from '../text/word-shapes.js';

/** Role nouns are looked up at most words of a text: their shapes turn most words away first. */
const ROLE_SHAPES = new WordShapes(ROLE_NOUNS);

/** A role noun ("mayor", "spokeswoman", "winger"), lowercased. */
export function isRoleNoun(lower: string): boolean {
  return ROLE_SHAPES.mayHold(lower) && ROLE_NOUNS.has(lower);
}

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
