import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('according-to', () => {
  it('makes quoted words "according to" someone their quote, unquoted ones a claim', () => {
    expect(
      read('"The roads stay closed until spring," according to the ministry.')[0],
    ).toMatchObject({ kind: 'speech', rule: 'according-to', source: 'the ministry' });
    expect(read('According to police, the driver fled on foot.')[0]).toMatchObject({
      kind: 'according',
      source: 'police',
    });
  });
});
