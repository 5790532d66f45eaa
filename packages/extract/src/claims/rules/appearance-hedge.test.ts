import { describe, expect, it } from 'vitest';
import { claims } from '../../../test/support/read.js';

// Invented sentences.
describe('appearance-hedge', () => {
  it('hedges what "appears to" or "seemed" says, with no source', () => {
    expect(claims('The ferry deal appears to have collapsed.')[0]).toMatchObject({
      hedge: 'hedged',
      rule: 'appearance-hedge',
      source: null,
      cue: 'appears',
      content: ['The ferry deal', 'to have collapsed'],
    });
    expect(claims('Her rivals seemed unmoved by the vote.')[0]).toMatchObject({
      rule: 'appearance-hedge',
      cue: 'seemed',
    });
  });

  it('leaves appearances in court, on air or before a committee alone', () => {
    for (const text of [
      'The mayor appeared in court on Monday.',
      'Ann Roe appeared on Harbour Radio last week.',
      'The minister appeared before the committee.',
      'The band appeared to reporters outside the hall.',
    ])
      expect(claims(text)[0]?.rule).not.toBe('appearance-hedge');
  });
});
