import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('in-finding', () => {
  it('a poll or survey the sentence opens "in" is the source of the clause after it', () => {
    expect(
      read('In a new Harbour Gazette poll, 45 percent of riders back the ferry.')[0],
    ).toMatchObject({
      kind: 'according',
      rule: 'in-finding',
      cue: 'In',
      source: 'a new Harbour Gazette poll',
      content: ['45 percent of riders back the ferry'],
    });
    expect(
      read('But in the survey, conducted over two weeks, the mayor trails by nine points.')[0],
    ).toMatchObject({
      source: 'the survey, conducted over two weeks',
      content: ['the mayor trails by nine points'],
    });
  });

  it('one the sentence ends "in" is the source of the clause before it', () => {
    expect(
      read('The mayor slid to 12 percent in the newest survey released Monday.')[0],
    ).toMatchObject({
      rule: 'in-finding',
      source: 'the newest survey released Monday',
      content: ['The mayor slid to 12 percent'],
    });
  });

  it('leaves what is no finding vouching for a clause', () => {
    // the words of someone already speaking
    expect(read('Ana Ruiz said she leads in the latest poll.')[0]).toMatchObject({
      rule: 'leading',
      content: ['she leads in the latest poll'],
    });
    // a noun the phrase describes, a noun that is part of a longer one, a cue of its own
    for (const text of [
      'The donors named in the report gave little.',
      'Ivo Marsh worked for ten years in the census office.',
      'In the poll, most riders said the fares were too high.',
      'Ana Ruiz, who leads her rival in many recent polls, visited the harbour.',
    ])
      expect(read(text).filter((a) => a.rule === 'in-finding')).toEqual([]);
  });
});
