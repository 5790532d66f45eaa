import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PresetDictionaryDeflater } from './preset-deflate.js';

const dictionary = Buffer.from(
  '{"id":"q1","kind":"direct","content":[],"speakerId":null} said the minister on Monday ',
);
const inflated = (packed: Uint8Array) => inflateRawSync(packed, { dictionary }).toString('utf8');

describe('PresetDictionaryDeflater', () => {
  const deflater = new PresetDictionaryDeflater(dictionary);

  it('packs text zlib inflates back with the same dictionary, in fewer bytes', () => {
    const text =
      '{"id":"q7","kind":"direct","content":[],"speakerId":"e2"}\n["It is done," said the minister]';
    const packed = deflater.deflate(text);
    expect(inflated(packed)).toBe(text);
    expect(packed.length).toBeLessThan(Buffer.byteLength(text) / 2);
    expect(inflated(deflater.deflate(''))).toBe('');
  });

  it('puts a prefix before the deflated bytes when given one', () => {
    const prefix = Uint8Array.from([6, 2, 9, 9]);
    const packed = deflater.deflate('said the minister', prefix);
    expect([...packed.subarray(0, 4)]).toEqual([6, 2, 9, 9]);
    expect(inflated(packed.subarray(4))).toBe('said the minister');
  });

  it('gives back any text, call after call on one deflater (property)', () => {
    const pieces = [
      '"kind":"direct"',
      ' said ',
      'the minister',
      'é',
      '🙂',
      '\n',
      'a',
      'aaaa',
      'ça',
    ];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((list) => list.join('')),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(inflated(deflater.deflate(value))).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('packs text longer than deflate reaches back (32 KiB), however repetitive', () => {
    const sentences = Array.from(
      { length: 3000 },
      (_, i) => `Sentence ${i * 7919} said the minister. `,
    );
    for (const text of [sentences.join(''), 'a'.repeat(70_000), 'ab🙂'.repeat(20_000)])
      expect(inflated(deflater.deflate(text))).toBe(text);
    // The deflater grew for the long text and still packs short ones after it.
    expect(inflated(deflater.deflate('said the minister'))).toBe('said the minister');
  });
});
