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
    // the time of day after a clock time: "4:12 PM", "9 AM"
    expect(
      table('The meeting began at 4:12 PM and ended at 9 AM, said Ann Roe.')
        .entities()
        .map((e) => e.name),
    ).toEqual(['Ann Roe']);
  });

  it('a word said twice or rhymed on a new first sound names a song, a show or a toy', () => {
    const t = table(
      'Kids sang Zuzu Zuzu Pop and Tutti Frutti, and Hopsy Mopsy Top sold out, said Ann Roe.',
    );
    expect(people(t)).toEqual(['Ann Roe']);
    expect(named(t, 'Tutti Frutti')?.kind).toBe('other');
    // one-syllable names rhyme as people's names do
    const rhymed = table('Wang Fang and Zhang Yang said the port would close.');
    expect(named(rhymed, 'Wang Fang')?.kind).toBe('person');
    expect(named(rhymed, 'Zhang Yang')?.kind).toBe('person');
    // a known first name given twice is someone's name
    expect(people(table('Hassan Hassan said the shop would stay open.'))).toEqual([
      'Hassan Hassan',
    ]);
    // and so is a name after two like initials
    expect(people(table('J. J. Pell said the shop would stay open.'))).toEqual(['J. J. Pell']);
  });

  it('a work noun before a name makes it a work: "the cartoon Bobo Starfinder", "the hit TV show X"', () => {
    const t = table(
      'Kids loved the cartoon Bobo Starfinder, and the book Hopsy Mopsy Top sold out. "It was a hit," said Ann Roe. The hit TV show Fizzle Bop aired. Her children\'s book Tinto Barra won. The KTVN sitcom Ravel Mott ended. Streamly series Dorma Kew returned. We watched Streamly.',
    );
    expect(people(t)).toEqual(['Ann Roe']);
    for (const name of ['Bobo Starfinder', 'Fizzle Bop', 'Tinto Barra', 'Ravel Mott', 'Dorma Kew'])
      expect(named(t, name)?.kind).toBe('other');
  });

  it('people beside a work noun stay people: a role noun, "by", a possessive, a verb "film" or "book"', () => {
    const t = table(
      "The film's director Ann Roe said it was done. The book's author Tom Bell agreed. The show's host Ivo Marr laughed. It is a film by Ada Kemp. Ada Kemp's new book is out.",
    );
    expect(people(t).sort()).toEqual(['Ada Kemp', 'Ann Roe', 'Ivo Marr', 'Tom Bell']);
    const verbs = table(
      'We will film Ann Roe at home. They book Tom Bell for gigs. Surveys that show Ivo Marr ahead are new.',
    );
    expect(people(verbs).sort()).toEqual(['Ann Roe', 'Ivo Marr', 'Tom Bell']);
  });

  it('a first name after a work noun with a clause after it is its subject; any other name is the work', () => {
    // "the book (that) Tom Bell wrote", "the film (that) Ann Roe said she loved"
    expect(people(table('The book Tom Bell wrote sold well.'))).toEqual(['Tom Bell']);
    expect(people(table('The film Ann Roe said she loved was long.'))).toEqual(['Ann Roe']);
    // a work does not speak for a name that is no first name, nor ends the sentence with one
    expect(people(table('The film Bobo Starfinder said nothing new to fans.'))).toEqual([]);
    expect(people(table('Nobody saw the film Ann Roe.'))).toEqual([]);
  });

  it('a work in an apposition or after a frame: "X, the TV series,", "an episode of X", "starred in X"', () => {
    const t = table(
      'Fizzle Bop, the TV series, ended. Tinto Barra, a cartoon about a fox, aired. An episode of Dorma Kew aired. She starred in Ravel Mott. A sequel to Bobo Starfinder is due. The Hopsy Top series ended.',
    );
    expect(people(t)).toEqual([]);
    const kept = table(
      "Ann Roe, a film director, spoke. Tom Bell, the show's host, smiled. Ivo Marr, a film/TV producer, left. Ada Kemp starred in Tom Bell's film.",
    );
    expect(people(kept).sort()).toEqual(['Ada Kemp', 'Ann Roe', 'Ivo Marr', 'Tom Bell']);
  });

  it('a title opening a name after a work noun is the work\'s: "the show Doctor Bobo Starfinder"', () => {
    const t = table(
      'Her son watched the show Doctor Bobo Starfinder. She starred in Mr. Hopsy Top. The film Dr. Ann Roe made is long.',
    );
    expect(people(t)).toEqual(['Ann Roe']);
    expect(named(t, 'Doctor Bobo Starfinder')?.kind).toBe('other');
  });
});
