import { describe, expect, it } from 'vitest';
import { read } from '../../test/support/read.js';

// Invented sentences.
describe('adjectives of belief or feeling after a link verb', () => {
  it('"remains hopeful that", "are growing impatient that": a link verb other than "be" makes the cue', () => {
    const found = read(
      [
        'The head teacher at Marlow Green remains hopeful that the inspection will go well.',
        'Parents are growing impatient that the council keeps postponing the repairs.',
        'Mayor Ada Kemp remained confident the bridge would open in May.',
        'The Tollen Union became convinced that the board had lied.',
        'The council seems sure that the levy will pass.',
      ].join(' '),
    );
    expect(found.map((f) => [f.kind, f.rule, f.source, f.cue, f.content[0]])).toEqual([
      [
        'belief',
        'leading',
        'The head teacher at Marlow Green',
        'remains hopeful',
        'that the inspection will go well',
      ],
      [
        'belief',
        'leading',
        'Parents',
        'are growing impatient',
        'that the council keeps postponing the repairs',
      ],
      ['belief', 'leading', 'Mayor Ada Kemp', 'remained confident', 'the bridge would open in May'],
      ['belief', 'leading', 'The Tollen Union', 'became convinced', 'that the board had lied'],
      ['belief', 'leading', 'The council', 'seems sure', 'that the levy will pass'],
    ]);
  });

  it('an adjective of feeling reports a view before "that": "were angry that", "was relieved that"', () => {
    const found = read(
      [
        'The fans were angry that the club had sold its captain.',
        'Officials at the port were relieved that nobody was hurt.',
        'The ferry firm became aware that the boiler was faulty.',
      ].join(' '),
    );
    expect(found.map((f) => [f.source, f.cue, f.content[0]])).toEqual([
      ['The fans', 'were angry', 'that the club had sold its captain'],
      ['Officials at the port', 'were relieved', 'that nobody was hurt'],
      ['The ferry firm', 'became aware', 'that the boiler was faulty'],
    ]);
  });

  it('words of degree and "not" stand in the cue: "are increasingly worried", "is not sure"', () => {
    const [worried, unsure] = read(
      'The residents are increasingly worried that the dam will fail. Ada Kemp is not sure that the plan will work.',
    );
    expect(worried).toMatchObject({ source: 'The residents', cue: 'are increasingly worried' });
    expect(unsure).toMatchObject({ source: 'Ada Kemp', cue: 'is not sure' });
  });

  it('no view without a subject who holds it, a clause after the adjective, or a link verb', () => {
    const none = [
      'It is certain that the levy will pass.',
      'It has become certain that the levy will pass.',
      'The road remained open that day.',
      'She gave him a worried look.',
      'The fans were angry at the club.',
      'The crowd was angry that night.',
      'He was so angry that he left the room.',
      'The harbour is certain to flood.',
      'The pilots grew more confident as the weather cleared.',
      'The fans were upset and left early.',
    ];
    for (const text of none) expect(read(text), text).toEqual([]);
  });
});
