import { CUE_ADVERBS } from '../lexicon/words.js';
import type { Phrases } from './phrases.js';

/** "roundly", "first", "also": an adverb in -ly or one that stands by a verb of saying. */
export function cueAdverb(p: Phrases, k: number): boolean {
  return p.adverb(k) || CUE_ADVERBS.has(p.lower(k));
}
