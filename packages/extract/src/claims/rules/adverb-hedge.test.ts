import { describe, expect, it } from 'vitest';
import { claims } from '../../../test/support/read.js';

// Invented sentences.
describe('adverb-hedge', () => {
  it('hedges beliefs, rumours and reported adverbs', () => {
    expect(claims('Many economists believe that the merger will fail.')[0]).toMatchObject({
      hedge: 'belief',
      source: 'Many economists',
      cue: 'believe',
    });
    expect(claims("It's rumoured that the mayor will resign.")[0]).toMatchObject({
      hedge: 'rumour',
      source: null,
      content: ['the mayor will resign'],
    });
    expect(claims('The mayor reportedly plans to resign.')[0]).toMatchObject({
      hedge: 'hedged',
      rule: 'adverb-hedge',
      cue: 'reportedly',
      content: ['The mayor', 'plans to resign'],
    });
  });
});
