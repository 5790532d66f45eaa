import { describe, expect, it } from 'vitest';
import { named, table } from '../../test/entity-tables.js';
import { heldOtherRole, isPersonNoun, isRoleFacet, isRoleNoun, isRoleWord } from './role-words.js';

describe('role words', () => {
  it('reads role nouns in the singular only as nouns, and in both numbers as words', () => {
    expect(isRoleNoun('mayor')).toBe(true);
    expect(isRoleNoun('mayors')).toBe(false);
    expect(isRoleWord('mayor')).toBe(true);
    expect(isRoleWord('spokeswomen')).toBe(false);
    expect(isRoleWord('spokeswoman')).toBe(true);
    expect(isRoleWord('ministers')).toBe(true);
  });

  it('tells nouns that can name a person from those that cannot', () => {
    for (const noun of [
      'mayor',
      'donor',
      'nominee',
      'front-runner',
      'democrat',
      'mogul',
      'sergeant-at-arms',
    ])
      expect(isPersonNoun(noun)).toBe(true);
    for (const noun of [
      'projection',
      'timetable',
      'levy',
      'ballot',
      'harbour',
      'budget',
      'schedule',
    ])
      expect(isPersonNoun(noun)).toBe(false);
  });

  it('reads everyday trades as roles: "city planner Ivo Marr", "the surveyor said"', () => {
    // invented
    for (const trade of ['planner', 'surveyor', 'interpreter', 'locksmith', 'actuary'])
      expect(isRoleNoun(trade)).toBe(true);
    const t = table(
      'City planner Ivo Marr said staff would report back. The surveyor, Ines Okafor, agreed.',
    );
    expect(named(t, 'Ivo Marr')?.descriptors).toEqual(['City planner']);
    expect(named(t, 'Ines Okafor')?.descriptors).toEqual(['surveyor']);
  });

  it('turns away words that are no role', () => {
    for (const word of ['harbour', 'bridges', 's', '', 'said'])
      expect(isRoleWord(word)).toBe(false);
  });

  it('tells a facet (a residence, a kinship, an age) from the part someone plays', () => {
    for (const word of ['resident', 'sister', 'teenager', 'veteran', 'employee'])
      expect(isRoleFacet(word)).toBe(true);
    for (const word of ['owner', 'artist', 'coach']) expect(isRoleFacet(word)).toBe(false);
  });

  it('finds someone introduced with another role: "an artist" is not "the owner"', () => {
    expect(heldOtherRole(['an artist'], 'owner')).toBe(true);
    // a role the phrase could name, among others, or a kind of it
    expect(heldOtherRole(['an artist', 'owner'], 'owner')).toBe(false);
    expect(heldOtherRole(['a goaltender for the Otters'], 'goalie')).toBe(false);
    expect(heldOtherRole(['a sergeant'], 'officer')).toBe(false);
    // a facet, a title or a role before the name, or a facet asked for: nothing is known against it
    expect(heldOtherRole(['an Eastvale resident'], 'owner')).toBe(false);
    expect(heldOtherRole(['Defence Minister'], 'businesswoman')).toBe(false);
    expect(heldOtherRole(['an artist'], 'resident')).toBe(false);
    expect(heldOtherRole([], 'owner')).toBe(false);
  });
});
