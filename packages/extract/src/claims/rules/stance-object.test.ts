import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('stance-object', () => {
  it('makes a stance on a noun phrase a claim of the speaker, never a quote', () => {
    expect(read('The tenants union criticised the new parking levy.')).toMatchObject([
      {
        kind: 'stance',
        rule: 'stance-object',
        source: 'The tenants union',
        cue: 'criticised',
        content: ['the new parking levy'],
        hedge: 'none',
      },
    ]);
  });

  it('marks verbs that contest their object as disputed', () => {
    expect(read('Councillor Ivo Brandt disputed the ferry figures on Monday.')[0]).toMatchObject({
      kind: 'stance',
      source: 'Councillor Ivo Brandt',
      hedge: 'disputed',
    });
  });

  it('reads "that" before a short noun phrase as pointing at a thing, not opening a clause', () => {
    expect(read('Harbour pilots dispute that estimate.')).toMatchObject([
      { kind: 'stance', content: ['that estimate'], hedge: 'disputed' },
    ]);
    expect(read('Harbour pilots dispute that fees rose.')[0]).toMatchObject({ kind: 'speech' });
  });

  it('leaves clauses to the verbs of saying and bare pronouns alone', () => {
    expect(read('Mira Solberg praised them.')).toEqual([]);
    expect(read('Mira Solberg disputed that.')).toEqual([]);
    expect(
      read('Mira Solberg praised the crew, saying "they never stopped."')[0],
    ).not.toMatchObject({
      rule: 'stance-object',
      content: ['the crew, saying "they never stopped."'],
    });
    expect(read('The ministry questioned whether the dam would hold.')[0]).toMatchObject({
      rule: 'leading',
    });
  });
});
