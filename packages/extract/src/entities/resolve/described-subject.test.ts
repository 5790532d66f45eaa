import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { speakerNames } from '../../../test/support/read.js';

// Invented texts. Someone new opens the sentence right before "she said": the pronoun is theirs,
// not the speaker of the paragraph before.
const before =
  'Ada Kemp runs the union. "Levels on paper are not nurses," Kemp told the Ledger.\n\n';
const quote = ' "You go home and you cry," she said.';

describe('a pronoun after someone new opens the sentence before it', () => {
  it('someone unnamed: "A nurse who has worked there for years described ..."', () => {
    expect(
      speakerNames(
        `${before}A nurse who has worked there for 11 years described long nights.${quote}`,
      ),
    ).toEqual(['Ada Kemp', 'nurse']);
    expect(speakerNames(`${before}One night nurse described long nights.${quote}`)).toEqual([
      'Ada Kemp',
      'night nurse',
    ]);
  });

  it('a role of the other gender, or a name set off after the role, leaves the pronoun to them', () => {
    expect(speakerNames(`${before}A spokesman for the ministry disagreed.${quote}`)).toEqual([
      'Ada Kemp',
      'Ada Kemp',
    ]);
    expect(speakerNames(`${before}A nurse, Ines Marr, described long nights.${quote}`)).toEqual([
      'Ada Kemp',
      'Ines Marr',
    ]);
    expect(
      speakerNames(`${before}A likely pick for the board, Ines Marr is a nurse.${quote}`),
    ).toEqual(['Ada Kemp', 'Ines Marr']);
  });

  it('someone named, of either gender, who opens the sentence: "Sam Lee described ..."', () => {
    expect(speakerNames(`${before}Sam Lee described long nights.${quote}`)).toEqual([
      'Ada Kemp',
      'Sam Lee',
    ]);
  });

  it('"Maria Park described ...": a first name and a place word before a verb of saying is someone', () => {
    const article = extract({ text: `${before}Maria Park described long nights.${quote}` });
    expect(article.entities.find((e) => e.name === 'Maria Park')?.kind).toBe('person');
    expect(speakerNames(`${before}Maria Park described long nights.${quote}`)).toEqual([
      'Ada Kemp',
      'Maria Park',
    ]);
    // a place that shows something stays a place
    const hill = extract({ text: 'Grace Hill shows signs of wear, the council reported.' });
    expect(hill.entities.find((e) => e.name === 'Grace Hill')?.kind).toBe('location');
  });
});
