import { cueClass } from '../lexicon/cues.js';
import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS } from '../lexicon/words.js';
import type { TokenReader } from './phrase-before.js';

/** What reading rightwards needs beyond the leftward reader; `Phrases` provides it. */
export interface RightwardReader extends TokenReader {
  /** A day or month name, or a lower-case time word ("week", "morning"). */
  isTime(i: number): boolean;
}

/**
 * The noun phrase that starts at i, read rightwards ("the Harbour Gazette", "he"): it ends at a
 * clause opener, an auxiliary, a time, a cue in lower case, a new determiner or a preposition
 * that links no capitalised parts. Returns the index after it, or i when it runs too long.
 */
export function readPhraseAfter(
  p: RightwardReader,
  i: number,
  hi: number,
  maxTokens: number,
  cuesAreNouns: boolean,
): number {
  let n = i;
  let count = 0;
  while (n < hi && count <= maxTokens) {
    const t = p.tokens[n]!;
    if (!p.outside(n)) break;
    if (t.word) {
      const l = t.lower;
      if (
        n > i &&
        !p.surnameLike(n, i) &&
        (CLAUSE_OPENERS.has(l) ||
          AUXILIARIES.has(l) ||
          p.isTime(n) ||
          (PREPOSITIONS.has(l) && p.isTime(n + 1)))
      ) {
        if (l === 'and' && p.cap(n - 1) && p.cap(n + 1)) {
          n++;
          count++;
          continue;
        }
        break;
      }
      if (n > i && !cuesAreNouns && cueClass(l) && !p.cap(n)) break;
      // A determiner after a noun starts a new phrase ("told CBC | the vote was close").
      if (
        n > i &&
        DETERMINERS.has(l) &&
        !PREPOSITIONS.has(p.lower(n - 1)) &&
        !DETERMINERS.has(p.lower(n - 1))
      )
        break;
      // Prepositions end the phrase unless they link two capitalised parts ("Institute for the Study of Tides").
      if (
        n > i &&
        PREPOSITIONS.has(l) &&
        !p.cap(n + 1) &&
        !(DETERMINERS.has(p.lower(n + 1)) && p.cap(n + 2))
      )
        break;
      n++;
      count++;
      continue;
    }
    // "Sen. Jo Kemp", "F.A.A. records": the period of an abbreviation is inside the phrase
    const dotted = p.lower(n - 1).includes('.') && p.isWord(n + 1);
    if (t.lower === '.' && p.abbreviation(n - 1) && n + 1 < hi && (p.cap(n + 1) || dotted)) {
      n++;
      continue;
    }
    // "a Gazette/Tide News poll": a slash joins two names in one phrase
    if (n + 1 < hi && p.slashJoins(n)) {
      n++;
      continue;
    }
    break;
  }
  if (count > maxTokens) return i;
  while (n > i && PREPOSITIONS.has(p.lower(n - 1))) n--;
  return n;
}
