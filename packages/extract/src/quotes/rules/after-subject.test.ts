import { describe, expect, it } from 'vitest';
import { read, speakerNames } from '../../../test/support/read.js';

// Invented sentences.
describe('after-subject', () => {
  it('a role in lower case may open the subject after a fronted clause: "Asked ..., coach Ada Kemp was blunt."', () => {
    const found = read(
      '"We deserve it," said defenceman Ivo Marr.\nAsked about her job, coach Ada Kemp was blunt.\n"That is not my decision."',
    );
    // (what she was asked is a claim of its own)
    expect(found.filter((a) => a.kind === 'speech').map((a) => [a.rule, a.source])).toEqual([
      ['inverted', 'defenceman Ivo Marr'],
      ['after-subject', 'coach Ada Kemp'],
    ]);
  });

  it('a quote whose own verb of saying follows it is not the named person\'s: "came the cry", "reads a flyer"', () => {
    // invented
    const cry = read('Ana Ruiz spoke first. "Shame!" came the cry from the gallery.');
    expect(cry).toHaveLength(1);
    expect(cry[0]).toMatchObject({ rule: 'unattributed', source: null, content: ['Shame!'] });
    const flyer = read(
      'Tom Bell ran again. "Nobody has done less for the harbour," reads a flyer handed out at the gate.',
    );
    expect(flyer[0]?.source).not.toBe('Tom Bell');
    // a verb in the past after the quote is no speaker either: "came" names no one
    const shouts = read('Ivo Marr took the chair. "Call the vote," came shouts from the floor.');
    expect(shouts[0]).toMatchObject({ rule: 'unattributed', content: ['Call the vote'] });
  });

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

  it('a gesture in the present tense ends the subject: "Kemp nods. ...quote"', () => {
    const found = read('Ruth Kemp nods. "That is not true."\nMs Kemp shrugs. "It never was."');
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['after-subject', 'Ruth Kemp'],
      ['after-subject', 'Ms Kemp'],
    ]);
  });

  it('a pronoun subject after a short fronted phrase ("Early on, he ...") speaks the quote after it', () => {
    const found = read(
      'Dr. Ray Moss runs a clinic.\n\nEarly on, he lost two patients. "When somebody dies, you remember it."',
    );
    expect(found.at(-1)).toMatchObject({ rule: 'after-subject', source: 'he' });
  });

  it('a fronted participle clause is passed over: "Asked if she would run, Ruiz laughed."', () => {
    const found = read(
      'The pier closed.\n\nAsked if she would run again, Ana Ruiz laughed. "Ask me in a year."',
    );
    expect(found.at(-1)).toMatchObject({ rule: 'after-subject', source: 'Ana Ruiz' });
  });

  it('a dateline before the subject is passed over: the place is no subject', () => {
    const found = read(
      'The pier closed.\n\nEASTVALE, Norland (Harbour Wire) — Ben Lo shook his head. "We never voted on this plan at all."',
    );
    expect(found.at(-1)).toMatchObject({ rule: 'after-subject', source: 'Ben Lo' });
  });

  it('the subject ends at its verb, and a source named "according to" is no subject', () => {
    const met = read('The pier closed.\n\nKemp met with Bell on Monday.\n\n"It went well."');
    expect(met.at(-1)).toMatchObject({ rule: 'after-subject', source: 'Kemp' });
    const according = read(
      'The pier closed.\n\nAccording to Tom Bell, the film is untrue.\n\n"There never was an order."',
    );
    expect(according.at(-1)).toMatchObject({ rule: 'unattributed', source: null });
  });

  it('"the veteran", "the Swede" opening the sentence before a quote stand for someone met before', () => {
    for (const subject of ['The veteran smiled.', 'Asked about the goal, the Swede shrugged.']) {
      const text = `Otters goalie Mikko Laine made 31 saves.\n${subject}\n"I just tried to stay square."`;
      expect(
        read(text).filter((a) => a.kind === 'speech'),
        subject,
      ).toMatchObject([{ rule: 'after-subject' }]);
      expect(speakerNames(text), subject).toEqual(['Mikko Laine']);
    }
    // a crowd is no epithet: the quote stays unattributed
    const crowd =
      'Otters goalie Mikko Laine made 31 saves.\nThe crowd cheered.\n"I just tried to stay square."';
    expect(speakerNames(crowd)).toEqual([null]);
  });
});
