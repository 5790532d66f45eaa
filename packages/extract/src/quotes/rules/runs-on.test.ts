import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('runs-on', () => {
  it('a quote running over paragraphs is said by whoever is named where it ends', () => {
    const found = read(
      '"The ferry runs on time," Tom Bell said.\n"We start the new timetable on Monday.\n"Then we will see," Ann Roe said.',
    );
    expect(found[1]).toMatchObject({
      rule: 'runs-on',
      source: 'Ann Roe',
      content: ['We start the new timetable on Monday.'],
    });
  });
});
