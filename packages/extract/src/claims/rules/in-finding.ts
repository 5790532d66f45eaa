import { cueClass } from '../../lexicon/cues.js';
import { FINDING_NOUNS, FINDING_TAILS } from '../../lexicon/claim-words.js';
import { IRREGULAR_PAST } from '../../lexicon/verb-forms.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONNECTIVES,
  DETERMINERS,
  PREPOSITIONS,
  RESUMING_CONNECTIVES,
} from '../../lexicon/words.js';
import { wordCount } from '../../quotes/content.js';
import type { Phrases } from '../../quotes/phrases.js';
import { closesClause, nounAfterNumber } from '../../quotes/rules/shared.js';
import { readsAsNounPhrase } from '../../quotes/rules/noun-object.js';
import type { CueRule } from '../../quotes/rules/types.js';

export const IN_FINDING_CONFIDENCE = 0.7;

/** Words a source phrase may hold between "in" and its finding noun. */
const MAX_SOURCE_WORDS = 9;

/**
 * `In a new poll, 45 percent back the plan.` / `She slid to 12 percent in the newest survey.`:
 * a poll, survey, study or report the sentence is "in" is its source, as "according to" would
 * make it. Only outside an attribution still open (`Ana Ruiz said she leads in the poll` is her
 * words), and only for a whole clause: `the donors named in the report` is no claim.
 */
export const inFinding: CueRule = {
  name: 'in-finding',
  stage: 'cue',
  triggers: new Set(['in']),
  produces: { claim: ['none'] },
  confidence: IN_FINDING_CONFIDENCE,
  match({ p, c, lo, hi, floor, open, make }) {
    if (open) return null;
    const noun = findingNoun(p, c + 1, hi);
    // `leads in the polls` says where someone stands, not which finding says so
    if (noun < 0 || (noun === c + 2 && p.lower(c + 1) === 'the' && p.lower(noun).endsWith('s')))
      return null;
    let sourceEnd = describedTo(p, noun + 1, hi);
    if (sourceEnd < 0) return null;
    // `the survey, conducted over two weeks,`: a description set off by commas is the source's
    if (p.isPunct(sourceEnd, ',') && FINDING_TAILS.has(p.lower(sourceEnd + 1))) {
      const described = describedTo(p, sourceEnd + 1, hi);
      if (described > sourceEnd + 1 && p.isPunct(described, ',')) sourceEnd = described;
    }
    const fronted = c === lo || (c === lo + 1 && CONNECTIVES.has(p.lower(lo)));
    const claim = fronted
      ? clauseAfter(p, sourceEnd, hi)
      : clauseBefore(p, c, floor, sourceEnd, hi);
    if (!claim) return null;
    const attribution = make(
      'according',
      [claim.content],
      p.span(c, c + 1),
      p.span(c + 1, sourceEnd),
      'in-finding',
      IN_FINDING_CONFIDENCE,
    );
    return attribution ? { type: 'settle', attribution, cutAt: claim.cutAt } : null;
  },
};

interface FoundClaim {
  content: [number, number];
  /** Where a belief or quote still open ends, when the claim is the clause before. */
  cutAt: number | null;
}

/** `In a new poll, 45 percent back the plan.`: the clause after the source's comma. */
function clauseAfter(p: Phrases, sourceEnd: number, hi: number): FoundClaim | null {
  if (!p.isPunct(sourceEnd, ',')) return null;
  const start = sourceEnd + 1;
  // a cue of its own in the clause (`In the poll, most said ...`) is read by its own rule
  if (wordCount(p, start, hi) < 3 || hasCue(p, start, hi)) return null;
  return { content: [start, hi], cutAt: null };
}

/** `She slid to 12 percent in the newest survey.`: the clause before "in". */
function clauseBefore(
  p: Phrases,
  c: number,
  floor: number,
  sourceEnd: number,
  hi: number,
): FoundClaim | null {
  const end = p.isPunct(c - 1, ',') ? c - 1 : c;
  if (!closesClause(p, sourceEnd, hi) || !wholeClauseBefore(p, floor, end)) return null;
  return { content: [floor, end], cutAt: end };
}

/**
 * The finding noun heading the phrase at `from` (`a new Harbour Gazette poll`, `May's survey`):
 * a determiner or a possessive name first, then words up to the noun; -1 when there is none.
 */
function findingNoun(p: Phrases, from: number, hi: number): number {
  const first = p.lower(from);
  if (!p.isWord(from)) return -1;
  if (!DETERMINERS.has(first) && !(p.cap(from) && /['\u2019]s$/.test(first))) return -1;
  let words = 0;
  for (let k = from + 1; k < hi && words < MAX_SOURCE_WORDS; k++) {
    if (!p.isWord(k)) {
      if (p.isPunct(k, '/-')) continue;
      return -1;
    }
    const word = p.lower(k);
    if (FINDING_NOUNS.has(word)) return readsAsNounPhrase(p, from, k + 1) ? k : -1;
    // `in the wake of the report`, `in the Eastvale district head to the polls`
    if (cueClass(word) || PREPOSITIONS.has(word)) return -1;
    words++;
  }
  return -1;
}

/**
 * Where the source ends after its noun: at once before a comma or the sentence end, or after a
 * short description (`released Thursday`, `from the state college`) that runs to one; -1 when
 * the noun is only the first part of a longer one (`the census office`).
 */
function describedTo(p: Phrases, after: number, hi: number): number {
  if (!p.isWord(after)) return after;
  if (!FINDING_TAILS.has(p.lower(after))) return -1;
  let k = after;
  while (k < hi && k - after <= 8 && p.isWord(k) && !cueClass(p.lower(k))) {
    // `a poll last month has evaporated`: a verb makes the words a clause of their own
    if (AUXILIARIES.has(p.lower(k)) && !p.cap(k)) return -1;
    k++;
  }
  return closesClause(p, k, hi) ? k : -1;
}

/**
 * Four words or more before "in", the last of them no participle (`named`, `found`) nor a word
 * that wants more (`better than`), the first no preposition, participle or subordinator
 * (`Despite his standing`, `Depending on`, `While he is third`): a main clause the finding
 * vouches for, not a noun it describes or a clause hanging on another.
 */
function wholeClauseBefore(p: Phrases, from: number, end: number): boolean {
  const words = wordCount(p, from, end);
  let last = end - 1;
  while (last >= from && !p.isWord(last)) last--;
  const final = p.lower(last);
  const first = p.lower(from);
  // `Ana Ruiz, who leads in many polls, ...`: "in" sits in a clause set off inside the sentence
  for (let k = from + 1; k < end; k++)
    if (p.isPunct(k - 1, ',') && (p.lower(k) === 'who' || p.lower(k) === 'which')) return false;
  return (
    words >= 4 &&
    first !== 'despite' &&
    !final.endsWith('ed') &&
    !IRREGULAR_PAST.has(final) &&
    !PREPOSITIONS.has(final) &&
    !CLAUSE_OPENERS.has(final) &&
    !PREPOSITIONS.has(first) &&
    !first.endsWith('ing') &&
    !(CLAUSE_OPENERS.has(first) && !RESUMING_CONNECTIVES.has(first))
  );
}

function hasCue(p: Phrases, from: number, hi: number): boolean {
  for (let k = from; k < hi; k++)
    if (p.isWord(k) && cueClass(p.lower(k)) && !nounAfterNumber(p, k, from)) return true;
  return false;
}
