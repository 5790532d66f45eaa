import { describe, expect, it } from 'vitest';
import { cueClass, inflect } from './cues.js';

describe('cue lexicon', () => {
  it('inflects regular, doubling, -e and irregular verbs', () => {
    expect(inflect('vow')).toEqual(['vow', 'vows', 'vowed', 'vowing']);
    expect(inflect('brag')).toEqual(['brag', 'brags', 'bragged', 'bragging']);
    expect(inflect('note')).toEqual(['note', 'notes', 'noted', 'noting']);
    expect(inflect('echo')).toEqual(['echo', 'echoes', 'echoed', 'echoing']);
    expect(inflect('imply')).toEqual(['imply', 'implies', 'implied', 'implying']);
    expect(inflect('say')).toContain('said');
  });

  it('inflects in British spelling too: "labelled", "characterised"', () => {
    expect(inflect('label')).toEqual([
      'label',
      'labels',
      'labeled',
      'labeling',
      'labelled',
      'labelling',
    ]);
    expect(inflect('characterize')).toContain('characterised');
    expect(inflect('characterize')).toContain('characterising');
    expect(inflect('reveal')).toEqual(['reveal', 'reveals', 'revealed', 'revealing']);
    expect(cueClass('labelled')).toBe('weak-speech');
    expect(cueClass('termed')).toBe('weak-speech');
  });

  it('classes each form, speech before weak speech before belief', () => {
    expect(cueClass('vowed')).toBe('speech');
    expect(cueClass('echoed')).toBe('weak-speech');
    expect(cueClass('believes')).toBe('belief');
    expect(cueClass('signaled')).toBe('weak-speech');
    expect(cueClass('decried')).toBe('weak-speech');
    expect(cueClass('underscores')).toBe('evidence');
    expect(cueClass('table')).toBeUndefined();
  });
});
