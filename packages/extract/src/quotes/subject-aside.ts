import { cueClass, isSpeechClass } from '../lexicon/cues.js';
import { OBJECT_RELATIVES } from '../lexicon/quote-words.js';
import type { Phrases } from './phrases.js';

/** Tokens the subject before the aside may take ("A retired ferry pilot"). */
const MAX_SUBJECT_TOKENS = 12;
/** Tokens the aside may take, and the rest of it after the cue. */
const MAX_ASIDE_TOKENS = 30;

/**
 * "A resident, who spoke on condition of anonymity because he feared losing his job, said the
 * plant was unsafe": a cue inside a relative clause set off after the subject closes with that
 * clause, at the comma before the sentence's own verb of saying. Returns that comma, or null
 * where the cue at `cueAt` stands in no such clause (or the clause closed before it).
 */
export function subjectAsideEnd(
  p: Phrases,
  lo: number,
  cueAt: number,
  contentStart: number,
  hi: number,
): number | null {
  // (read within a short reach: a cue deep in a long sentence is tried at once and let go)
  if (cueAt - lo > MAX_SUBJECT_TOKENS + MAX_ASIDE_TOKENS) return null;
  let relative = -1;
  for (let k = lo + 1; k < cueAt; k++) {
    if (p.isPunct(k, ',')) relative = -1;
    else if (p.isPunct(k - 1, ',') && OBJECT_RELATIVES.has(p.lower(k))) relative = k;
  }
  if (relative < 0 || relative - lo > MAX_SUBJECT_TOKENS) return null;
  const last = Math.min(hi - 1, contentStart + MAX_ASIDE_TOKENS);
  for (let k = contentStart + 1; k < last; k++) {
    if (!p.isPunct(k, ',') || !p.outside(k) || p.cap(k + 1)) continue;
    const verb = p.lower(k + 1);
    if (!verb.endsWith('ing') && isSpeechClass(cueClass(verb))) return k;
  }
  return null;
}
