// "..., but Ray Kowalchuk said it will not be enough": a clause joined on by a contrasting
// connective that reports someone else's words is no part of the claim before it.
import { cueClass } from '../lexicon/cues.js';
import { AUXILIARIES, CONTRASTING_CONNECTIVES } from '../lexicon/words.js';
import type { Phrases } from './phrases.js';

/** Words between the connective and the verb of saying of the clause it opens: "resident Tom Bell". */
const MAX_SUBJECT_TOKENS = 6;

/**
 * Where a comma (or semicolon) and a contrasting connective open a clause whose own subject
 * says something ("..., but resident Tom Bell said ..."), between `from` and `hi`; -1 if none.
 * The subject is a name, a pronoun or a determiner's phrase: no auxiliary comes before the cue,
 * itself a plain verb of saying.
 */
export function contrastingReport(p: Phrases, from: number, hi: number): number {
  for (let k = from + 1; k < hi - 2; k++) {
    if (!p.isPunct(k, ',;') || !p.outside(k)) continue;
    // ("..., and the threat will continue": "and" joins the claim's own clauses)
    const connective = p.lower(k + 1);
    if (connective === 'and' || !CONTRASTING_CONNECTIVES.has(connective)) continue;
    for (let j = k + 3; j < hi && j - k - 2 <= MAX_SUBJECT_TOKENS; j++) {
      if (!p.isWord(j) || AUXILIARIES.has(p.lower(j))) break;
      if (cueClass(p.lower(j)) !== 'speech') continue;
      return p.isSpeaker(k + 2, j) ? k : -1;
    }
  }
  return -1;
}
