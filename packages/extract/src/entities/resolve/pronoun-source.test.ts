import { describe, expect, it } from 'vitest';
import { speakerNames } from '../../../test/support/read.js';

// Invented texts.
describe('"it" after a body that opens the sentence before', () => {
  it('is that body, not a firm named further back', () => {
    const text = [
      'Tomas Hale, chief economist at Dunmore Capital, called the cut "a gamble."',
      'The finance ministry welcomed the decision. In a brief statement, it said lower rates would "help families."',
    ].join('\n\n');
    expect(speakerNames(text)).toEqual(['Tomas Hale', 'finance ministry']);
  });

  it('reads past an owner to the body it owns: "The council\'s planning office"', () => {
    const text =
      'The council\'s planning office issued new rules last week. It urged builders to "apply early."';
    expect(speakerNames(text)).toEqual(["council's planning office"]);
  });

  it('leaves "it" to a body named as near', () => {
    expect(
      speakerNames('The finance ministry welcomed the cut. Tidewater Energy said it would hire.'),
    ).toEqual(['Tidewater Energy']);
  });
});
