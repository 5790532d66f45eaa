import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('passive-agent', () => {
  it('the one named after "by" takes a stance on the subject', () => {
    expect(read('The figures were disputed by the union.')).toEqual([
      expect.objectContaining({
        rule: 'passive-agent',
        kind: 'stance',
        hedge: 'disputed',
        cue: 'were disputed by',
        source: 'the union',
        content: ['The figures'],
      }),
    ]);
    expect(read('In March, the levy was rejected by the council.')[0]).toMatchObject({
      rule: 'passive-agent',
      source: 'the council',
      content: ['the levy'],
    });
    expect(read('The story was first reported by the Harbour Times.')[0]).toMatchObject({
      rule: 'passive-agent',
      hedge: 'none',
      source: 'the Harbour Times',
      content: ['The story'],
    });
  });

  it('not a deed, a share of votes, a thing, or words someone already reports', () => {
    for (const text of [
      'The man was attacked by two men outside the bar.',
      'The bridge was built by the army in 1950.',
      'The levy was rejected by 58 percent of voters.',
      'The plan was criticised by the heat of the debate.',
      'The figures were not disputed by the union.',
    ])
      expect(read(text).map((a) => a.rule)).not.toContain('passive-agent');
    expect(read('Ann Roe said the plan was criticised by residents.')).toEqual([
      expect.objectContaining({ rule: 'leading', source: 'Ann Roe' }),
    ]);
  });
});
