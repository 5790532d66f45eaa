import { describe, expect, it } from 'vitest';
import { datelineDash } from './dateline.js';
import { tokenize } from './tokens.js';

// Invented datelines.
const dash = (text: string) => {
  const tokens = tokenize(text);
  const at = datelineDash(text, tokens, 0, tokens.length);
  return at < 0 ? null : text.slice(0, tokens[at]!.start).trim();
};

describe('datelineDash', () => {
  it('reads the place in capitals, its region and its agency up to the dash', () => {
    expect(dash('EASTVALE — The ferry is late.')).toBe('EASTVALE');
    expect(dash('PORT HOPE, N.S. - The ferry is late.')).toBe('PORT HOPE, N.S.');
    expect(dash('NORLAND, Eastvale (Harbour Wire) — The ferry is late.')).toBe(
      'NORLAND, Eastvale (Harbour Wire)',
    );
  });

  it('reads the date after the place, with or without the year', () => {
    expect(dash('PORTHAVEN, June 9 (Bulletin) — The ferry is late.')).toBe(
      'PORTHAVEN, June 9 (Bulletin)',
    );
    expect(dash('KELDMOOR, Dec. 8, 2031 (Harbour Wire) - The ferry is late.')).toBe(
      'KELDMOOR, Dec. 8, 2031 (Harbour Wire)',
    );
    // a number with no place before it, or in a sentence, opens no dateline
    expect(dash('9 June — The ferry is late.')).toBeNull();
    expect(dash('PORTHAVEN, where 9 ferries dock — is quiet.')).toBeNull();
  });

  it('is no dateline without capitals or without the dash', () => {
    expect(dash('Eastvale — The ferry is late.')).toBeNull();
    expect(dash('EASTVALE the ferry is late — again.')).toBeNull();
    expect(dash('NORLAND (Harbour Wire) The ferry is late.')).toBeNull();
  });

  it('reads a colon after the place on the line after the title, where no other line has a label', () => {
    const at = (text: string) => {
      const tokens = tokenize(text);
      const from = tokens.findIndex((t) => t.start >= text.indexOf('\n') + 1);
      const end = datelineDash(text, tokens, from, tokens.length);
      return end < 0 ? null : text.slice(tokens[from]!.start, tokens[end]!.start).trim();
    };
    expect(at('Leak confirmed\nNEW SORVANI: The firm confirmed a leak.')).toBe('NEW SORVANI');
    // a transcript's turns are labels, not datelines
    expect(at('Interview\nHOST: Welcome back.\nMARSH: We will build it.')).toBeNull();
    // and a label on the title line credits a source
    expect(dash('KELBY WIRE: Ferry fares to rise in May')).toBeNull();
  });
});
