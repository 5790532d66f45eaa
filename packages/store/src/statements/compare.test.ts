import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrimOf, matchScore, sharedWords } from './compare.js';

/** The longest common subsequence by the whole table, as the definition reads. */
function lcsLength(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] =
        a[i - 1] === b[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  return table[a.length]![b.length]!;
}

// Few distinct words, so lists share many words and pairs.
const words = fc.array(fc.constantFrom('we', 'will', 'not', 'back', 'down', 'now', 'ever'), {
  maxLength: 40,
});

describe('word comparison', () => {
  it('counts the words two lists share in order, whatever lists came before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words, words), { maxLength: 5 }), (pairs) => {
        for (const [a, b] of pairs) expect(sharedWords(a, b)).toBe(lcsLength(a, b));
      }),
    );
  });

  it('matches a trim of a wording and turns down a shared common phrase', () => {
    const whole = 'we will not back down from this fight whatever the council decides'.split(' ');
    const trim = whole.slice(0, 9);
    expect(isTrimOf(trim, whole)).toBe(true);
    expect(matchScore(trim, whole)).toBe(1);
    const other = 'we will not back down on taxes said the mayor again today'.split(' ');
    expect(matchScore(other, whole)).toBe(0);
    // The same words in another order share no run of four: not the same statement.
    expect(matchScore([...whole].reverse(), whole)).toBe(0);
  });
});
