import { describe, expect, it } from 'vitest';
import { isRoleNoun, isRoleWord } from './role-words.js';

describe('role words', () => {
  it('reads role nouns in the singular only as nouns, and in both numbers as words', () => {
    expect(isRoleNoun('mayor')).toBe(true);
    expect(isRoleNoun('mayors')).toBe(false);
    expect(isRoleWord('mayor')).toBe(true);
    expect(isRoleWord('spokeswomen')).toBe(false);
    expect(isRoleWord('spokeswoman')).toBe(true);
    expect(isRoleWord('ministers')).toBe(true);
  });

  it('turns away words that are no role', () => {
    for (const word of ['harbour', 'bridges', 's', '', 'said'])
      expect(isRoleWord(word)).toBe(false);
  });
});
