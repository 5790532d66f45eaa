import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const surfaces = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

// Invented sentences.
describe('tokenize', () => {
  it('keeps inner apostrophes, hyphens and periods inside a word, and drops the clitic in bare', () => {
    expect(surfaces("Canada's short-range U.S plan didn't fail.")).toEqual([
      "Canada's",
      'short-range',
      'U.S',
      'plan',
      "didn't",
      'fail',
      '.',
    ]);
    const [canada, , , , didnt] = tokenize("Canada's short-range U.S plan didn't fail.");
    expect(canada).toMatchObject({ lower: "canada's", bare: 'canada', cap: true, word: true });
    expect(didnt).toMatchObject({ bare: 'did', cap: false });
  });

  it('reads an abbreviated year as one word, not a quote mark and a number', () => {
    expect(surfaces("She said in '08 that the \u201890s were over.")).toEqual([
      'She',
      'said',
      'in',
      "'08",
      'that',
      'the',
      '\u201890s',
      'were',
      'over',
      '.',
    ]);
    // two marks for one quote mark before a number stay marks
    expect(surfaces("''24,'' he said")).toEqual(["'", "'", '24', ',', "'", "'", 'he', 'said']);
    // and a mark before three digits or a word opens a quote
    expect(surfaces("'100 days' and 'no'")).toEqual([
      "'",
      '100',
      'days',
      "'",
      'and',
      "'",
      'no',
      "'",
    ]);
  });
});
