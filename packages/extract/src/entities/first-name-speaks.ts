import { cueClass, isSpeechClass } from '../lexicon/cues.js';
import type { Candidate } from './name-scan.js';
import type { EntityStore } from './store.js';

/**
 * A listed place or body ("Victoria", "Jordan") written alone next to a verb of saying, that is
 * the first name of exactly one person named in full: that person, in a feature that goes by
 * first names.
 */
export function firstNameThatSpeaks(store: EntityStore, c: Candidate): boolean {
  if (c.words.length !== 1 || store.byFirstName.get(c.words[0]!.toLowerCase())?.length !== 1)
    return false;
  const before = /(\w+)\s*$/.exec(store.text.slice(Math.max(0, c.span.start - 20), c.span.start));
  const after = /^\s*(\w+)/.exec(store.text.slice(c.span.end, c.span.end + 20));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && isSpeechClass(cueClass(w)));
}
