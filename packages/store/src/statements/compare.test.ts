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

/** matchScore as its rules read, each measure computed the plain way. */
function referenceScore(a: string[], b: string[]): number {
  const shorter = Math.min(a.length, b.length);
  const needed = shorter * 2 < Math.max(a.length, b.length) ? 8 : 6;
  if (shorter === 0 || shorter < needed) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const pairs = new Set(long.slice(1).map((word, i) => `${long[i]} ${word}`));
  const found = short.slice(1).filter((word, i) => pairs.has(`${short[i]} ${word}`)).length;
  if (found / (short.length - 1) < 0.7) return 0;
  const shared = lcsLength(a, b);
  if (shared < needed || shared < shorter * 0.75) return 0;
  let run = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      run = Math.max(run, k);
    }
  return run < 4 ? 0 : shared / shorter;
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

  it('scores every pair of wordings as the rules define', () => {
    const wording = fc.array(fc.constantFrom('we', 'will', 'not', 'back', 'down', 'now'), {
      minLength: 6,
      maxLength: 24,
    });
    fc.assert(
      fc.property(wording, wording, (a, b) => {
        expect(matchScore(a, b)).toBe(referenceScore(a, b));
        const trimmed = b.slice(1, -1);
        expect(matchScore(trimmed, b)).toBe(referenceScore(trimmed, b));
      }),
      { numRuns: 500 },
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
