import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('relative-clause', () => {
  it('", who said ..." gives the words to the name before it, and the sentence reads on', () => {
    const found = read(
      'The plan was backed by Ivo Marsh, who said the costs were fair. Dan Ruhl, who said he had fished the bay for years, said the catch was poor.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['relative-clause', 'Ivo Marsh', ['the costs were fair']],
      ['relative-clause', 'Dan Ruhl', ['he had fished the bay for years']],
      ['leading', 'Dan Ruhl', ['the catch was poor']],
    ]);
  });

  it('the quote shows "who" as its source as written, and the name as its speaker', () => {
    const text = 'The plan was backed by Ivo Marsh, who said the costs were fair.';
    const article = extract(text);
    const [quote] = article.quotes;
    expect(text.slice(quote!.source!.start, quote!.source!.end)).toBe('who');
    expect(article.entities.find((e) => e.id === quote!.speakerId)?.name).toBe('Ivo Marsh');
  });

  it('a quote opening the clause ends it; "voters who said" names no one', () => {
    const [quote] = read('Ann Roe, who told reporters, "We are done," left early.');
    expect(quote).toMatchObject({ rule: 'relative-clause', content: ['We are done'] });
    expect(read('Voters who said they were worried stayed home.')).toEqual([]);
  });

  it('"which he said would ..." gives the clause to its subject, "which" standing for the thing', () => {
    const found = read(
      'Tom Bell cut the levy, which he said would pay for the dam. Ann Roe gave an interview, in which she said she would run again.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['relative-clause', 'he', ['which', 'would pay for the dam']],
      ['relative-clause', 'she', ['she would run again']],
    ]);
  });

  it('a stance open before the clause ends at its comma', () => {
    const [stance, quote] = read('The union endorsed Ann Roe, who said the plan was fair.');
    expect(stance).toMatchObject({ kind: 'stance', content: ['Ann Roe'] });
    expect(quote).toMatchObject({ rule: 'relative-clause', content: ['the plan was fair'] });
  });

  it('a plural of people may be the subject inside the clause', () => {
    const [a] = read('The board banned the signs, which critics said was unfair.');
    expect(a).toMatchObject({ source: 'critics', content: ['which', 'was unfair'] });
  });

  it('"that he said" opening a clause said, or "which" asking, is no relative clause', () => {
    const [argued] = read('Ann Roe argued that he said the plan was late.');
    expect(argued).toMatchObject({ rule: 'leading', source: 'Ann Roe' });
    expect(read('It is unclear which boats and barges have been sold.')).toEqual([]);
  });
});
