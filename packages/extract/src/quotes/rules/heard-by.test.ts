import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('heard-by', () => {
  it('a quote the jury heard has no speaker, not the person named before it', () => {
    for (const heard of ['the jury heard', 'the court was told', 'the inquest heard']) {
      const text = `Ivo Marr was jailed for six years.\n"He will be missed every day," ${heard}.`;
      const quote = read(text).find((a) => a.rule === 'heard-by');
      expect(quote).toMatchObject({
        rule: 'heard-by',
        source: null,
        content: ['He will be missed every day'],
      });
      expect(extract(text).quotes[0]?.speakerId ?? null).toBeNull();
    }
  });

  it('the next paragraph carries on no one from it, and a named speaker still speaks', () => {
    const found = read(
      'Ivo Marr was jailed.\n"He will be missed," the jury heard.\n"We are relieved," said Ada Kemp.',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['heard-by', null],
      ['inverted', 'Ada Kemp'],
    ]);
  });
});
