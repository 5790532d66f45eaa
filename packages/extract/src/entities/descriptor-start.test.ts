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

describe("a body's name right before a role", () => {
  it('is taken whole into the descriptor, past a plural possessive', () => {
    // invented
    const text =
      "The plan is a start, Dunmore Tenants' Union president Aisha Karim said. " +
      'Green Party leader Ada Kemp agreed, as did State Department spokesperson Tom Bell.';
    expect(extract(text).entities.map((e) => `${e.kind} ${e.name} [${e.descriptors}]`)).toEqual([
      "organization Dunmore Tenants' Union []",
      "person Aisha Karim [Dunmore Tenants' Union president]",
      'organization Green Party []',
      'person Ada Kemp [Green Party leader]',
      'organization State Department []',
      'person Tom Bell [State Department spokesperson]',
    ]);
  });
});
