import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('subject-verb', () => {
  it('gives quoted words to the name opening the sentence, not to the last speaker', () => {
    const found = read(
      'Ada Ward said the ferry would run all winter.\nTom Bell shrugged, "Not with this crew, it won\'t."',
    );
    expect(found[1]).toMatchObject({
      kind: 'speech',
      rule: 'subject-verb',
      quoteKind: 'mixed',
      source: 'Tom Bell',
      cue: null,
      content: ['Tom Bell shrugged, "Not with this crew, it won\'t."'],
    });
  });

  it('leaves a pronoun, the same surname and words that are no name to carry on the speaker', () => {
    const carried = read(
      'Ada Ward said the ferry would run all winter.\nShe shrugged, "Not with this crew, it won\'t."\nWard pressed on, "We will find the crew we need."\nHarbour officials have issued a "warning to every boat in the bay."\nTom Bell is "still trying to save the old pier," Ward added.',
    );
    expect(carried.slice(1).map((a) => [a.rule, a.source])).toEqual([
      ['continuation', 'Ada Ward'],
      ['continuation', 'Ada Ward'],
      ['continuation', 'Ada Ward'],
      // after "is" the quoted words describe the name in the speaker's words
      ['trailing', 'Ward'],
    ]);
  });
});
