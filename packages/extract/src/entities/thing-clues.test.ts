import { describe, expect, it } from 'vitest';
import { named, people, table } from '../../test/entity-tables.js';

// Invented sentences.
describe('measures and made things, not persons', () => {
  it('a unit symbol after a number names nothing: "-20 C", "30 F.", "12 KM", "20 °C"', () => {
    const t = table(
      'Temperatures fell to -20 C on Monday, or 30 F. She ran a 12 KM loop. The plant makes 300 MW, said Ann Roe.',
    );
    expect(t.entities().map((e) => e.name)).toEqual(['Ann Roe']);
    expect(
      table('It was 20 \u00b0C at noon in Eastvale.')
        .entities()
        .map((e) => e.name),
    ).toEqual(['Eastvale']);
    // a letter with a period after a year is an initial
    expect(people(table('In 1998 K. Roe opened the shop.'))).toEqual(['K. Roe']);
  });

  it('a word said twice or rhymed on a new first sound names a song, a show or a toy', () => {
    const t = table(
      'Kids sang Zuzu Zuzu Pop and Tutti Frutti, and Hopsy Mopsy Top sold out, said Ann Roe.',
    );
    expect(people(t)).toEqual(['Ann Roe']);
    expect(named(t, 'Tutti Frutti')?.kind).toBe('other');
    // a known first name given twice is someone's name
    expect(people(table('Hassan Hassan said the shop would stay open.'))).toEqual([
      'Hassan Hassan',
    ]);
    // and so is a name after two like initials
    expect(people(table('J. J. Pell said the shop would stay open.'))).toEqual(['J. J. Pell']);
  });
});
