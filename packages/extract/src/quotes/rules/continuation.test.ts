import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('continuation', () => {
  it('a sentence resuming on "and" or "but" after a reporting aside stays in the speaker\'s voice', () => {
    const found = read(
      'The pumps can run for a week, engineer Ivo Marr says, but the fuel will not last that long.',
    );
    expect(found.map((a) => [a.rule, a.source, a.cue, a.content])).toEqual([
      ['trailing', 'engineer Ivo Marr', 'says', ['The pumps can run for a week']],
      ['continuation', 'engineer Ivo Marr', 'says', ['but the fuel will not last that long']],
    ]);
  });

  it('after words quoted whole, "and" or "but" resumes the writer\'s narration, read on for cues', () => {
    const narration = read('"Not now," Ann Roe said, and the meeting moved on.');
    expect(narration.map((a) => a.rule)).toEqual(['trailing']);
    const found = read('"Not now," Ann Roe said, but Tom Bell said he would stay.');
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['trailing', 'Ann Roe', ['Not now']],
      ['leading', 'Tom Bell', ['he would stay']],
    ]);
  });

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

  it('a quote followed by a verb of saying names its own speaker: it carries on no one', () => {
    // however unreadable the speaker after the verb, the previous speaker is not the one; the
    // quoted words alone are a quote with no speaker, however few
    const found = read(
      'Ann Roe said the pier was safe.\n"Fog slows us," says the third and thickest of the three leaflets the harbour office printed this spring.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['leading', 'Ann Roe', ['the pier was safe']],
      ['unattributed', null, ['Fog slows us']],
    ]);
    // a name or two may come before the quote; a noun after it that has a verb of its own
    // ("comment was") is no verb of saying
    const named = read(
      'Ann Roe said the pier was safe.\nTom Bell "should have stayed home," says the third and thickest of the three leaflets the harbour office printed this spring.',
    );
    expect(named.map((a) => a.rule)).toEqual(['leading', 'unattributed']);
    const noun = read(
      'Ann Roe said the pier was "far too old."\nHer "far too old" comment was widely read.',
    );
    expect(noun.map((a) => a.rule)).not.toContain('unattributed');
  });

  it('a clause after the trailing cue with a speaker of its own is theirs, not carried on', () => {
    const found = read(
      '"That is not what happened," Ysolde Marchbank said, after the chair said the treasurer had called the audit "a farce."',
    );
    expect(found.map((a) => [a.rule, a.source, a.cue, a.content])).toEqual([
      ['trailing', 'Ysolde Marchbank', 'said', ['That is not what happened']],
      ['leading', 'the chair', 'said', ['the treasurer had called the audit "a farce."']],
    ]);
    // the next quote still carries on the speaker of the sentence, not the one in its clause
    const next = read(
      '"Your plan is clever," Ysolde Marchbank told Tarrow, after Tarrow assured her that most members backed it. "I will not stand in your way."',
    );
    expect(next.at(-1)).toMatchObject({ rule: 'continuation', source: 'Ysolde Marchbank' });
    // a reason ("because") is the speaker's own, and a clause with no speaker of its own too
    const reason = read(
      '"Stay home," the mayor said, because the council believes the "storm is not over."',
    );
    expect(reason.map((a) => [a.rule, a.source])).toEqual([
      ['trailing', 'the mayor'],
      ['continuation', 'the mayor'],
    ]);
    const scene = read('"We will rebuild," the mayor said, as she toured the "ruined" streets.');
    expect(scene.map((a) => [a.rule, a.source])).toEqual([
      ['trailing', 'the mayor'],
      ['continuation', 'the mayor'],
    ]);
  });
});
