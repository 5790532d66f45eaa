// What follows a report in its sentence without being more of it: a clause that reports another
// speaker ("..., but Ray Kowalchuk said it will not be enough"), or the writer's noun for what
// was said ("..., a claim the mayor denied").
import { NOUN_CUES, cueClass } from '../lexicon/cues.js';
import { AUXILIARIES, CONTRASTING_CONNECTIVES } from '../lexicon/words.js';
import { INTENTION_NOUNS } from '../lexicon/quote-words.js';
import type { Phrases } from './phrases.js';

/** Words between the connective and the verb of saying of the clause it opens: "resident Tom Bell". */
const MAX_SUBJECT_TOKENS = 6;

/**
 * Where a comma (or semicolon) and a contrasting connective open a clause whose own subject
 * says something ("..., but resident Tom Bell said ..."), between `from` and `hi`; -1 if none.
 * The subject is a name, a pronoun or a determiner's phrase: no auxiliary comes before its cue.
 */
export function contrastingReport(p: Phrases, from: number, hi: number): number {
  for (let k = from + 1; k < hi - 2; k++) {
    if (!p.isPunct(k, ',;') || !p.outside(k)) continue;
    // ("..., and the threat will continue": "and" joins the claim's own clauses)
    const connective = p.lower(k + 1);
    if (connective === 'and' || !CONTRASTING_CONNECTIVES.has(connective)) continue;
    if (reportsAfter(p, k + 1, hi)) return k;
  }
  return -1;
}

/**
 * The connective at `at` opens a clause whose own subject then says, believes or takes a stance:
 * "but Tom Bell said ...", "and the mayor added ...", "but residents disagreed".
 */
export function reportsAfter(p: Phrases, at: number, hi: number): boolean {
  for (let j = at + 2; j < hi && j - at - 1 <= MAX_SUBJECT_TOKENS; j++) {
    if (!p.isWord(j) || AUXILIARIES.has(p.lower(j))) return false;
    const cls = cueClass(p.lower(j));
    // (a weak verb of saying, "continue", "call", has other senses)
    if (cls && cls !== 'weak-speech') return p.isSpeaker(at + 1, j);
  }
  return false;
}

/**
 * `..., Carl Dunn said, a claim the mayor called "absurd."`: a noun phrase at `from`, after the
 * aside, that names what was said ("a claim", "a charge", "an allegation") or decided ("a move
 * critics called reckless", "a decision") is the writer's, not more words of the speaker's;
 * unless the words before the aside end on a verb it completes ("It was, he said, a plan ...").
 * `lastBefore` is the last token before the aside.
 */
export function namesWhatWasSaid(p: Phrases, from: number, lastBefore: number): boolean {
  const article = p.lower(from);
  if ((article !== 'a' && article !== 'an') || AUXILIARIES.has(p.lower(lastBefore))) return false;
  const names = (k: number) => NOUN_CUES.has(p.lower(k)) || INTENTION_NOUNS.has(p.lower(k));
  return names(from + 1) || names(from + 2);
}
