// The name a participle gives a described speaker: "a man named Ivo Marsh", "a pilot known as Tom".
import { NAMING_PARTICIPLES } from '../lexicon/quote-words.js';
import type { Phrases } from './phrases.js';

/**
 * `said the base chief known as Tom`, `said a pilot identified only as Ada`, `said a man named
 * Ivo Marsh`: the name the description is known by is part of the speaker; returns where that
 * name ends, or null when the words after the description give none.
 */
export function namedAs(p: Phrases, end: number, hi: number): number | null {
  const takesAs = NAMING_PARTICIPLES.get(p.lower(end));
  if (takesAs === undefined) return null;
  let k = end + 1;
  if (takesAs) {
    if (p.lower(k) === 'only') k++;
    if (p.lower(k) !== 'as') return null;
    k++;
  }
  const first = k;
  while (k < hi && k - first < 4 && p.isWord(k) && p.cap(k)) k++;
  return k > first ? k : null;
}
