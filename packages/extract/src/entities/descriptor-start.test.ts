import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

describe('a verb in the past before a role', () => {
  it('ends the descriptor; after an article, a preposition or an adverb it describes the role', () => {
    // invented
    const descriptors = (text: string) => extract(text).entities.map((e) => e.descriptors);
    expect(
      descriptors('The club fired coach Tom Bell. Voters elected councillor Ada Kemp.'),
    ).toEqual([['coach'], ['councillor']]);
    expect(
      descriptors(
        'The newly elected mayor Ada Kemp spoke, led by respected union leader Tom Bell.',
      ),
    ).toEqual([['newly elected mayor'], ['respected union leader']]);
  });
});
