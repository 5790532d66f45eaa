import { describe, expect, it } from 'vitest';
import { sourceName, table } from '../../../test/entity-tables.js';

// invented
const speaker = (text: string, part: string) => sourceName(table(text, [part]), text, part);

describe('a role given by the verb of the clause that introduces someone', () => {
  it('"Ann Roe owns the Corner Press ... says the cheerful owner": the owner, not the last speaker', () => {
    const text =
      'Ann Roe owns the Corner Press, a print shop in Eastvale. "Most shops want big orders," says Tom Bell, an artist. "Two copies!" says the cheerful owner.';
    expect(speaker(text, 'the cheerful owner')).toBe('Ann Roe');
  });

  it('coaches, manages, teaches, founded: the subject is the coach, manager, teacher, founder', () => {
    for (const [verb, role] of [
      ['coaches', 'coach'],
      ['manages', 'manager'],
      ['teaches', 'teacher'],
      ['founded', 'founder'],
      ['runs', 'owner'],
      ['also chairs', 'chair'],
    ] as const) {
      const text = `Ivo Marr ${verb} the Eastvale Otters. Tom Bell spoke first. "We start at dawn," the veteran ${role} said.`;
      expect(speaker(text, `the veteran ${role}`)).toBe('Ivo Marr');
    }
    // past an age after the name
    const aged = 'Ivo Marr, 52, coaches the Otters. Tom Bell spoke. "We win," the coach said.';
    expect(speaker(aged, 'the coach')).toBe('Ivo Marr');
  });

  it('only the subject takes the role, and a particle gives the verb another sense', () => {
    const object = 'Ivo Marr coaches Tom Bell on the Otters. "We win," the 31-year-old coach said.';
    expect(speaker(object, 'the 31-year-old coach')).toBe('Ivo Marr');
    // "managed to", "runs for": no manager, no owner
    const managed = 'Ivo Marr managed to score twice. "It was luck," the manager said.';
    expect(speaker(managed, 'the manager')).not.toBe('Ivo Marr');
    const runs = 'Ivo Marr runs for mayor of Eastvale. "It is time," the owner said.';
    expect(speaker(runs, 'the owner')).not.toBe('Ivo Marr');
  });
});
