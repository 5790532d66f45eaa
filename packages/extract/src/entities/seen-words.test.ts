import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SeenWords } from './seen-words.js';

describe('SeenWords', () => {
  it('answers as a set of the words added would, however often a length is asked about', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 60 }),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 60 }),
        (added, asked) => {
          const seen = new SeenWords();
          const set = new Set(added);
          added.forEach((word) => seen.add(word));
          for (const word of [...asked, ...added]) expect(seen.has(word)).toBe(set.has(word));
        },
      ),
    );
  });

  it('a word added after its length was asked about many times is still seen', () => {
    const seen = new SeenWords();
    seen.add('pier');
    for (const word of ['dock', 'quay', 'moor', 'slip', 'bank', 'weir', 'lock', 'mole', 'jett'])
      expect(seen.has(word)).toBe(false);
    seen.add('ford');
    expect(seen.has('ford')).toBe(true);
    expect(seen.has(undefined)).toBe(false);
  });
});
