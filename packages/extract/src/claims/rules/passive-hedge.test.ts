import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('passive-hedge', () => {
  it('trap 8: anonymous sources and passives', () => {
    expect(read('Officials said the talks had failed.')[0]).toMatchObject({ source: 'Officials' });
    expect(read('It is understood that the talks failed.')[0]).toMatchObject({
      kind: 'passive',
      rule: 'passive-hedge',
      hedge: 'belief',
      cue: 'It is understood that',
      source: null,
    });
    expect(read('The mayor is said to be furious about the delay.')[0]).toMatchObject({
      kind: 'passive',
      hedge: 'hedged',
      source: null,
    });
    expect(read("It's rumoured that the mayor will resign.")[0]).toMatchObject({
      hedge: 'rumour',
      cue: "It's rumoured that",
    });
  });
});
