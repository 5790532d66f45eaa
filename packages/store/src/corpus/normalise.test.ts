import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusEntityId, normaliseEveryStep, normaliseName } from './normalise.js';

describe('normaliseName', () => {
  it('lowercases, drops apostrophes and accents, and turns punctuation into single spaces', () => {
    expect(normaliseName("  “Maré’s” — O'Dell… ")).toBe('mares odell');
    expect(normaliseName('The  Harbour-Ledger’s “view”')).toBe('the harbour ledgers view');
    expect(normaliseName('Ńoor Hålvesen')).toBe('noor halvesen');
  });

  it('gives plain text the same result as every Unicode step would (property)', () => {
    const alphabet = [...'aZ9 .,-\'"!?\t\n', '‘', '’', '“', '”', '–', '—', '…', '\u00a0'];
    const accented = ['é', 'Å', 'ß', 'ﬁ', '²', 'ı', 'İ', 'Ω'];
    const text = (chars: string[]) =>
      fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((list) => list.join(''));
    fc.assert(
      fc.property(fc.oneof(text(alphabet), text([...alphabet, ...accented])), (name) => {
        expect(normaliseName(name)).toBe(normaliseEveryStep(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps corpus entity ids as stored rows have them', () => {
    expect(corpusEntityId('person:hillary clinton')).toBe('c9e65f0c2133544c79c30');
  });
});
