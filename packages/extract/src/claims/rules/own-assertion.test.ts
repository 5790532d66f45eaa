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

  it('can leave the own assertions out', () => {
    expect(claims('The bridge opened in 1990. Experts fear that it is failing.', true)).toEqual([
      expect.objectContaining({ hedge: 'belief', cue: 'fear' }),
    ]);
  });
});
