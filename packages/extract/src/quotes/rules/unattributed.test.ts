import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('unattributed', () => {
  it('trap 5, a floating quote after a new person is not carried over', () => {
    const found = read(
      '"We will win the vote," Ann Roe said.\nHer deputy disagreed. "Nonsense, we will lose it by ten votes."',
    );
    expect(found.map((a) => a.kind)).toEqual(['speech', 'unattributed']);
    expect(found[1]).toMatchObject({
      rule: 'unattributed',
      source: null,
      content: ['Nonsense, we will lose it by ten votes.'],
    });
  });
  it("a quoted title is no one's words", () => {
    expect(
      read('The old legend gets a new spin in "The Keeper Who Never Slept," a gentle film.'),
    ).toEqual([]);
    // quoted words that are not a title still need a speaker
    expect(read('The old legend gets a new spin in "a film for the whole harbour."')).toHaveLength(
      1,
    );
  });
});
