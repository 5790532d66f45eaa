import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('noun-cue', () => {
  it('reads a possessive with a noun cue as a sourced claim', () => {
    expect(read("The mayor's claim that the bridge is safe was false.")[0]).toMatchObject({
      kind: 'evidence',
      rule: 'noun-cue',
      cue: 'claim',
      source: "The mayor's",
    });
  });

  it('after a preposition opening the sentence: the possessor speaks, up to the comma', () => {
    const [claim] = read("Despite Ada Kemp's claims that the pier is safe, the gates stay shut.");
    expect(claim).toMatchObject({
      rule: 'noun-cue',
      source: "Ada Kemp's",
      content: ['that the pier is safe'],
    });
  });
});
