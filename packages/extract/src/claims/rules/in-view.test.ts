import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('in-view', () => {
  it("a point of view opening the sentence is its holder's claim, the clause after it", () => {
    expect(read("In the mayor's view, the port should close on Sundays.")).toEqual([
      expect.objectContaining({
        rule: 'in-view',
        kind: 'belief',
        cue: 'view',
        source: 'the mayor',
        content: ['the port should close on Sundays'],
      }),
    ]);
    expect(read('In the eyes of many riders, the new timetable is worse.')[0]).toMatchObject({
      cue: 'In the eyes of',
      source: 'many riders',
      content: ['the new timetable is worse'],
    });
  });

  it('closing the sentence, the clause before; set off after a subject, both sides of it', () => {
    expect(read('The levy is unfair, in her opinion.')[0]).toMatchObject({
      source: 'her',
      content: ['The levy is unfair'],
    });
    expect(read("Fares, in Ada Kemp's estimation, will rise by a tenth.")[0]).toMatchObject({
      source: 'Ada Kemp',
      content: ['Fares', 'will rise by a tenth'],
    });
  });

  it('quoted words in the view are a quote of its holder', () => {
    expect(read('In her view, "the levy is a disgrace."')[0]).toMatchObject({
      rule: 'in-view',
      kind: 'speech',
      source: 'her',
    });
  });

  it("a view that is no one's stance is no attribution", () => {
    expect(read('The plan came into view last week.')).toEqual([]);
    expect(read('In view of the storm, the ferry stayed in port.')).toEqual([]);
    expect(read('The hills, in the view from the pier, look close.')).toEqual([]);
  });
});
