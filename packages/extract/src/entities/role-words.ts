import { ROLE_NOUNS } from './data/people.js';
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
