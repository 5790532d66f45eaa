import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, hiddenMask, oneLine, visibleSlice } from './sanitize.js';

describe('terminal text', () => {
  it('hides whole escape sequences even when annotation runs split them', () => {
    const text = 'ab\x1b[31mcd\x1b]0;title\x07ef';
    const mask = hiddenMask(text);
    const split = visibleSlice(text, mask, 0, 5) + visibleSlice(text, mask, 5, text.length);
    expect(split).toBe('abcdef');
  });

  it('never lets a control character through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = visibleSlice(text, hiddenMask(text), 0, text.length) + cleanLine(text);
        expect(shown).not.toMatch(
          // eslint-disable-next-line no-control-regex -- looking for control characters is the point
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
        );
      }),
    );
  });

  it('puts a value on one trimmed line, and a missing one as empty', () => {
    expect(cleanLine('  Ilse\n\tBrannock\u202e  ')).toBe('Ilse Brannock');
    expect(oneLine('a\x1b[2Jb')).toBe('ab');
    expect(cleanLine(null)).toBe('');
    expect(cleanLine(undefined)).toBe('');
  });
});
