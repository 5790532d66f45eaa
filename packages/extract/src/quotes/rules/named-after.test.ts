import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('named-after', () => {
  it('gives a quote to whoever the sentence after it names with "of" or "from"', () => {
    expect(
      read(
        '"Stay away from the river." That was the warning from Station Officer Ann Roe on Monday.',
      )[0],
    ).toMatchObject({
      rule: 'named-after',
      source: 'Station Officer Ann Roe',
      cue: 'warning',
      content: ['Stay away from the river.'],
    });
    expect(
      read('"We have never seen demand like this." Those were the words of one pilot.')[0],
    ).toMatchObject({ rule: 'named-after', source: 'one pilot', cue: 'words' });
  });

  it('keeps an abbreviated title and its period inside the name ("the verdict of Dr. Ann Roe")', () => {
    expect(
      read('"We are not there yet." That was the verdict of Dr. Ann Roe, chief of staff.')[0],
    ).toMatchObject({ rule: 'named-after', source: 'Dr. Ann Roe' });
    expect(read('"Slow down." Those were the words of Prof. Ivo Marr.')[0]).toMatchObject({
      source: 'Prof. Ivo Marr',
    });
  });

  it('needs the pointing word, a form of "be" and a noun for what was said', () => {
    expect(read('"Stay away." That was the day the river rose.')[0]?.rule).not.toBe('named-after');
    expect(read('"Stay away." The warning came from Ann Roe.')[0]?.rule).not.toBe('named-after');
  });
});
