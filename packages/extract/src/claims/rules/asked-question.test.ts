import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('asked-question', () => {
  it('a fronted question is a claim without a source; the answer after it is read on', () => {
    const [question, answer] = read('Asked whether she would run again, Ada Kemp said she would.');
    expect(question).toMatchObject({
      kind: 'passive',
      rule: 'asked-question',
      cue: 'Asked',
      content: ['whether she would run again'],
      source: null,
    });
    expect(answer).toMatchObject({ rule: 'leading', source: 'Ada Kemp' });
    expect(read('When asked about the ferry, Tom Bell changed the subject.')[0]).toMatchObject({
      cue: 'When asked',
      content: ['about the ferry'],
    });
  });

  it('a question after the answer, or after a passive "was asked", runs to the sentence end', () => {
    const [answer, question] = read('Ada Kemp said she would run when asked about the vote.');
    expect(answer).toMatchObject({ content: ['she would run'] });
    expect(question).toMatchObject({ cue: 'when asked', content: ['about the vote'] });
    expect(read('Tom Bell was asked how the harbour plan works.')[0]).toMatchObject({
      cue: 'was asked',
      content: ['how the harbour plan works'],
    });
  });

  it('a request is no question', () => {
    expect(read('Tom Bell asked for help with the harbour plan.')).toEqual([]);
    expect(read('Ada Kemp was asked to leave the hall.')).toEqual([]);
  });
});
