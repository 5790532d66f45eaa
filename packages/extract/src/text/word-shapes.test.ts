import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordShapes } from './word-shapes.js';

describe('WordShapes', () => {
  it('never turns away a word of its list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (words) => {
        const shapes = new WordShapes(words);
        return words.every((word) => shapes.mayHold(word));
      }),
    );
  });

  it('turns away words of another first letter, last letter or length', () => {
    const shapes = new WordShapes(['said', 'told', 'according']);
    expect(shapes.mayHold('sand')).toBe(true); // same shape as "said": the list decides
    expect(shapes.mayHold('says')).toBe(false);
    expect(shapes.mayHold('tell')).toBe(false);
    expect(shapes.mayHold('accord')).toBe(false);
    expect(shapes.mayHold('')).toBe(false);
  });

  it('reads words longer than 31 characters and beyond ASCII', () => {
    const long = 'a'.repeat(40) + 'z';
    const shapes = new WordShapes([long, 'élu']);
    expect(shapes.mayHold(long)).toBe(true);
    expect(shapes.mayHold('élu')).toBe(true);
    expect(shapes.mayHold('elu')).toBe(false);
  });
});

describe('WordShapes.mayHoldPrefix', () => {
  it('reads the first characters of a word as mayHold reads them copied', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 20 }),
        fc.string(),
        fc.nat(),
        (words, word, cut) => {
          const shapes = new WordShapes(words);
          const length = word.length ? cut % (word.length + 1) : 0;
          return shapes.mayHoldPrefix(word, length) === shapes.mayHold(word.slice(0, length));
        },
      ),
    );
  });
});
