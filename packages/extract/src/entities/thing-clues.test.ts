import { describe, expect, it } from 'vitest';
import { people, table } from '../../test/entity-tables.js';

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
});
