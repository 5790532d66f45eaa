import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('coordinated', () => {
  it('a speech verb after "and"/"but" shares the subject that opens the sentence', () => {
    // the stance on the budget is a claim of its own; the quote follows it
    const [stance, quote] = read(
      'Ana Ruiz welcomed the budget but said it came too late for the harbour.',
    );
    expect(stance).toMatchObject({ kind: 'stance', content: ['the budget'] });
    expect(quote).toMatchObject({
      rule: 'coordinated',
      content: ['it came too late for the harbour'],
      source: 'Ana Ruiz',
    });
    // Not after a subordinate clause, and not for verbs that take no reported clause.
    expect(read('Although the board has met twice and has blamed the city, talks go on.')).toEqual(
      [],
    );
  });

  it('shares the speaker with a second verb that has no subject', () => {
    const found = read('Ann Roe says the mill will stay open and said the union agreed.');
    expect(found.map((a) => [a.source, a.cue, a.rule])).toEqual([
      ['Ann Roe', 'says', 'leading'],
      ['Ann Roe', 'said', 'coordinated'],
    ]);
  });

  it('a quote after the second verb\'s comma is what it reports; the first content ends at "and"', () => {
    const [shook] = read('Tom Bell smiled and said, "Not this year."');
    expect(shook).toMatchObject({
      rule: 'coordinated',
      content: ['Not this year.'],
      source: 'Tom Bell',
    });
    const [first, second] = read('Ann Roe says the plan works and added, "We tested it."');
    expect(first).toMatchObject({ quoteKind: 'indirect', content: ['the plan works'] });
    expect(second).toMatchObject({ rule: 'coordinated', quoteKind: 'direct', source: 'Ann Roe' });
  });
});
