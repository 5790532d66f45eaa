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

describe('"he" or "she" replying to a question asked in the sentence before', () => {
  it('is the one asked, not the asker', () => {
    expect(
      speakerNames('A reporter asked Ivo Marr whether the plant would close. "Never," he said.'),
    ).toEqual(['reporter', 'Ivo Marr']);
    expect(
      speakerNames(
        'Lena Holt asked Finance Minister Tom Bell about the deficit. "It is shrinking," he replied.',
      ),
    ).toEqual(['Tom Bell']);
  });

  it('is the asker where the one asked does not fit, or someone else tells of the question', () => {
    expect(
      speakerNames('Ada Kemp asked Tom Bell whether the plan worked. "We need answers," she said.'),
    ).toEqual(['Ada Kemp', 'Ada Kemp']);
    expect(
      speakerNames(
        'Ada Kemp spoke last. What stung, she said, was how a man asked Lena Holt why she ran. "It hurt," she said.',
      ),
    ).toEqual(['Ada Kemp', 'Ada Kemp']);
  });
});

describe('first names that tell a gender', () => {
  it('a "she" skips a man named since, when both first names are known', () => {
    expect(
      speakerNames(
        'Gov. Lucinda Varga is running again. Her challenger, Augustin Brell, disputes her record. "Crime fell," she said.',
      ),
    ).toEqual(['Lucinda Varga']);
  });
});
