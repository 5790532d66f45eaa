import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('continuation', () => {
  it('trap 4, a quote over several paragraphs carries its speaker into each', () => {
    const found = read(
      'Ann Roe said: "We built the hall ourselves.\n"We paid for every brick of it.\n"And we will keep it open."\nThe hall opened in 1990.',
    );
    expect(found.map((a) => a.kind)).toEqual(['speech', 'continuation', 'continuation']);
    expect(found[0]).toMatchObject({ source: 'Ann Roe' });
    expect(found[2]).toMatchObject({ rule: 'continuation', source: 'Ann Roe' });
    expect(found.slice(1).every((a) => a.carries)).toBe(true);
  });

  it('continuation is chained over several quoted sentences', () => {
    const found = read(
      '"We won," Ann Roe said. "We trained for it all year long." "And we will do it again next year."',
    );
    expect(found.map((a) => a.kind)).toEqual(['speech', 'continuation', 'continuation']);
  });
});
