// Words after a reporting clause that are the writer's narration, not more of what was said.
import { AUXILIARIES } from '../lexicon/words.js';
import { BE_FORMS } from '../lexicon/quote-words.js';
import { isIngForm } from '../entities/data/dictionary.js';
import type { Phrases } from './phrases.js';

/**
 * `..., the firm said, sending its shares down 6 percent.`: a participle clause at `k` with no
 * finite verb before `hi`, the unit's end, tells what followed the statement. A gerund heading
 * a clause of its own (`replacing her would be hard`) and "including" carry on what was said.
 */
export function narratingParticiple(p: Phrases, k: number, hi: number): boolean {
  const word = p.lower(k);
  if (word === 'including' || !isIngForm(word)) return false;
  for (let j = k + 1; j < hi; j++) {
    const next = p.lower(j);
    if (AUXILIARIES.has(next) || BE_FORMS.has(next)) return false;
  }
  return true;
}
