import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('after-subject', () => {
  it("a quote opening the sentence after a named person is theirs, not the earlier speaker's", () => {
    const found = read(
      '"We will win the vote," Ann Roe said.\nBen Lo, who chairs the board, shook his head. "We never voted on this plan at all."',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['trailing', 'Ann Roe'],
      ['after-subject', 'Ben Lo'],
    ]);
    expect(found[1]).toMatchObject({ rule: 'after-subject', carries: false });
  });
});
