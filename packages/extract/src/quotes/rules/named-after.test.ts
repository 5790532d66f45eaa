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

  it('"That was how <speaker> put it": the subject of a verb of saying or summing up after "how"', () => {
    expect(
      read('"The numbers do not lie." That was how Ann Roe summed up the audit.')[0],
    ).toMatchObject({
      rule: 'named-after',
      source: 'Ann Roe',
      cue: 'summed',
      content: ['The numbers do not lie.'],
    });
    expect(read('"Slow down." That\'s how the coach put it.')[0]).toMatchObject({
      source: 'the coach',
      cue: 'put',
    });
    expect(read('"Stay away." That was how the river rose.')[0]?.rule).not.toBe('named-after');
  });

  it('"was all <speaker> would say" after the quote names its speaker in the same sentence', () => {
    expect(read('"We\'ll see," was all Tom Bell would say.')[0]).toMatchObject({
      rule: 'named-after',
      source: 'Tom Bell',
      cue: 'say',
      content: ["We'll see"],
    });
    expect(read('"It is over," is what the mayor said on Monday.')[0]).toMatchObject({
      source: 'the mayor',
    });
    expect(read('"We\'ll see," was all that mattered.')[0]?.rule).not.toBe('named-after');
  });

  it('"So says ..." after a quote names its speaker', () => {
    expect(
      read('"Housing is all anyone asks me about." So says Lea Kahale, a volunteer.')[0],
    ).toMatchObject({ rule: 'named-after', cue: 'says', source: 'Lea Kahale' });
    expect(read('"We will not move." So the mayor left.')).not.toContainEqual(
      expect.objectContaining({ rule: 'named-after' }),
    );
  });
});
