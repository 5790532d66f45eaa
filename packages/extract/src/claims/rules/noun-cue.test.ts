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
});
