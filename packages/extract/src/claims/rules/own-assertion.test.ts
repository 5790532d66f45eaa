import { describe, expect, it } from 'vitest';
import { claims } from '../../../test/support/read.js';

// Invented sentences.
describe('own-assertion', () => {
  it("takes the article's own assertions from sentences with no quote", () => {
    expect(claims('The bridge opened in 1990. It carries ten thousand cars a day.')).toEqual([
      expect.objectContaining({
        content: ['The bridge opened in 1990'],
        cue: null,
        source: null,
        hedge: 'none',
        rule: 'own-assertion',
      }),
      expect.objectContaining({
        content: ['It carries ten thousand cars a day'],
        rule: 'own-assertion',
      }),
    ]);
  });

  it('leaves a dateline out of the assertion it opens', () => {
    expect(
      claims('EASTVALE, Norland (Harbour Wire) — The bridge opened in 1990.').map((c) => c.content),
    ).toEqual([['The bridge opened in 1990']]);
  });

  it('leaves quotes, questions and fragments out of the own assertions', () => {
    expect(claims('"The bridge is safe," said the engineer. Is it really safe? Yes.')).toEqual([]);
  });

  it('leaves out an aside on a name that an attribution took ("X, who ..., wants")', () => {
    expect(
      claims('Ada Kemp, who has run the ferry for a decade, wants the pier rebuilt.').map(
        (c) => c.rule,
      ),
    ).toEqual(['leading']);
  });

  it('leaves out the parts of a reporting clause around a speaker written first', () => {
    const rules = (text: string) => claims(text).map((c) => c.rule);
    // an aside between commas after the speaker
    expect(rules('Critics, including the carriers union, have questioned the figures.')).toEqual([
      'stance-object',
    ]);
    // an apposition before the name, only a comma between the name and the cue
    expect(rules('A spokeswoman for the harbour board, Ines Vell, declined to comment.')).toEqual([
      'leading',
    ]);
    // ... and so with a time between the name and the cue
    expect(
      rules('The harbour master of Vell, Ines Ostrom, on Monday defended the new fees.'),
    ).toEqual(['stance-object']);
    // a fronted phrase on a preposition, with no verb of its own
    expect(
      rules('In an interview with the Gazette on Tuesday, Ines Vell declined to comment.'),
    ).toEqual(['leading']);
  });

  it("keeps a clause that opens the sentence before its speaker as the article's own", () => {
    const contents = (text: string) =>
      claims(text)
        .filter((c) => c.rule === 'own-assertion')
        .map((c) => c.content);
    expect(
      contents('After the council voted down the ferry plan, Ines Vell declined to comment.'),
    ).toEqual([['the council voted down the ferry plan']]);
    // before a cue in -ing, the words between the speaker and the cue are the main clause
    expect(
      contents(
        'The Harbour Ferry Company, a family firm, cancelled its late sailings, citing fuel costs.',
      ),
    ).toEqual([['a family firm, cancelled its late sailings']]);
  });

  it('can leave the own assertions out', () => {
    expect(claims('The bridge opened in 1990. Experts fear that it is failing.', true)).toEqual([
      expect.objectContaining({ hedge: 'belief', cue: 'fear' }),
    ]);
  });
});
