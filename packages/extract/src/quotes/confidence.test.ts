import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { SPEAKER_CONFIDENCE } from './confidence.js';
import { INVERTED_CONFIDENCE } from './rules/inverted.js';
import { RECENT_SPEAKER_CONFIDENCE } from './rules/recent-speaker.js';

// Every text is invented.
function confidences(text: string): number[] {
  return extract({ text, title: 'Invented' }).quotes.map((q) => q.confidence);
}

describe('quote confidence comes from how the speaker was found', () => {
  it('a speaker named beside the cue is confident, and so is the quote that carries on', () => {
    // the lower of the rule's confidence and the speaker's
    expect(confidences('"We are ready," said Ana Ruiz. "The season starts Monday."')).toEqual([
      Math.min(INVERTED_CONFIDENCE, SPEAKER_CONFIDENCE.named),
      SPEAKER_CONFIDENCE.named,
    ]);
  });

  it('a pronoun with one person in reach is confident; among two of the same kind it is not', () => {
    expect(confidences('Ana Ruiz runs the club.\n\n"We are ready," she said.')).toEqual([
      SPEAKER_CONFIDENCE.soleCandidate,
    ]);
    expect(
      confidences('Ana Ruiz met Mia Lund, who runs the rival club.\n\n"We are ready," she said.'),
    ).toEqual([SPEAKER_CONFIDENCE.inferred]);
  });

  it('a first name of known gender rules a person out for the other pronoun', () => {
    // "Tom" is "he", "Ana" is "she": one candidate each, though neither was a pronoun yet
    expect(
      confidences('Tom Bell coached Ana Ruiz for years.\n\n"She was the best," he said.'),
    ).toEqual([SPEAKER_CONFIDENCE.soleCandidate]);
    // a first name that tells no gender leaves both in reach
    expect(
      confidences('Tom Bell coached Sam Ruiz for years.\n\n"She was the best," he said.'),
    ).toEqual([SPEAKER_CONFIDENCE.inferred]);
  });

  it('a pronoun for the speaker of the quote just before, named last, carries the conversation on', () => {
    const text = [
      'Ana Ruiz met Mia Lund, who runs the rival club.',
      '"We are ready," Ruiz said after the meeting. Ruiz has coached for years.',
      '"The season starts Monday," she said.',
    ].join('\n\n');
    expect(confidences(text).at(-1)).toBe(SPEAKER_CONFIDENCE.carriedOn);
    // named last, but somebody else spoke the quote before: still a guess among two
    const other = [
      'Ana Ruiz met Mia Lund, who runs the rival club.',
      '"We are ready," Lund said after the meeting. Ruiz has coached for years.',
      '"The season starts Monday," she said.',
    ].join('\n\n');
    expect(confidences(other).at(-1)).toBe(SPEAKER_CONFIDENCE.inferred);
  });

  it('a pronoun for a sure speaker of the quote just before carries on past other people', () => {
    const text = [
      'Tom Bell, who coaches the Harbour Hawks, spoke after the game.',
      '"We played well," Bell said after his side beat the club of Ivo Marsh.',
      '"The second half was ours," he said.',
    ].join('\n\n');
    expect(confidences(text).at(-1)).toBe(SPEAKER_CONFIDENCE.carriedOn);
    // when the quote before was itself a guess, the pronoun stays one too
    const guessed = [
      'Tom Bell met Ivo Marsh, who coaches the rival club.',
      '"We played well," he said. Marsh has coached for years.',
      '"The second half was ours," he said.',
    ].join('\n\n');
    expect(confidences(guessed)).toEqual([
      SPEAKER_CONFIDENCE.inferred,
      SPEAKER_CONFIDENCE.inferred,
    ]);
  });

  it('a body that just spoke is "the company" and "it" in the next quote', () => {
    const text = [
      '"Prices will rise in March," Harbour Freight Ltd. said in a statement.',
      '"We regret the change," the company said.',
    ].join('\n\n');
    expect(confidences(text).at(-1)).toBe(SPEAKER_CONFIDENCE.carriedOn);
  });

  it('a description, a guess and a missing speaker sit below the confident line', () => {
    const [described] = confidences('"The fund is broke," said a professor at the university.');
    expect(described).toBe(SPEAKER_CONFIDENCE.inferred);
    const [, guessed] = confidences(
      '"We print anything," said Mara Quist.\n\nShe opened the shop in 2019.\n\n"If you want the big publishers, go somewhere else."',
    );
    expect(guessed).toBe(RECENT_SPEAKER_CONFIDENCE);
    const [none] = confidences(
      'The sign read "no entry for anyone after dark, by order of the board".',
    );
    expect(none).toBe(SPEAKER_CONFIDENCE.none);
    for (const value of [described, guessed, none]) expect(value).toBeLessThan(0.8);
  });
});
