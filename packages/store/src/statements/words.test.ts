import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printedWording, statementWords } from './words.js';

// Quoted text with the spacing, marks and letters quotes carry: curly quotes, accents, dashes.
const quoted = fc
  .array(
    fc.constantFrom(
      'We',
      'will',
      'rebuild',
      'café',
      'don’t',
      "it's",
      "'",
      '’',
      ',',
      ';',
      ':',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '—',
      '-',
      '…',
      '2026',
      'ＡＢＣ',
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

describe('printed wording', () => {
  it('keeps the quoted words: statementWords of the wording are those of the quote', () => {
    fc.assert(
      fc.property(quoted, (text) => {
        expect(statementWords(printedWording(text))).toEqual(statementWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('collapses spaces and drops the punctuation the sentence put after the words', () => {
    expect(printedWording('  We will  rebuild,\n the harbour:  ')).toBe(
      'We will rebuild, the harbour',
    );
  });
});
