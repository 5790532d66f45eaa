import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('purpose-clause', () => {
  it('a verb of saying after "to", following what the subject did, reports what they said', () => {
    expect(read('Ada Kemp took to social media to say the pier was safe.')).toEqual([
      expect.objectContaining({
        rule: 'purpose-clause',
        content: ['the pier was safe'],
        cue: 'say',
        source: 'Ada Kemp',
      }),
    ]);
    expect(read('The mayor went on radio to announce that the pier would close.')[0]).toMatchObject(
      { rule: 'purpose-clause', content: ['that the pier would close'], source: 'The mayor' },
    );
  });

  it('reports nothing after a verb that says it was not said, or whose object speaks', () => {
    expect(read('Ada Kemp failed to say whether the pier was safe.')).toEqual([]);
    expect(read('Ada Kemp invited the mayor to explain why the pier was closed.')).toEqual([]);
    // a plan to speak is nothing said yet
    expect(read('Ada Kemp is set to announce that the pier will close.')).toEqual([]);
    expect(read('Ada Kemp decided not to announce that the pier would close.')).toEqual([]);
    expect(
      read("Ada Kemp regretted the board's decision to tell riders the quay was shut."),
    ).not.toContainEqual(expect.objectContaining({ rule: 'purpose-clause' }));
    expect(
      read('The club sent a steward down to the quay to ask whether the boats were moored.'),
    ).toEqual([]);
  });

  it('an adverb before the verb is neither subject nor verb', () => {
    expect(
      read('After the vote, her rivals quickly hurried to the radio to say she had lied.'),
    ).toEqual([expect.objectContaining({ rule: 'purpose-clause', source: 'her rivals' })]);
  });
});
