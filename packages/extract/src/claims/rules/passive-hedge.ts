import type { Hedge, Span } from '@sourcetrace/article-model';
import { cueClass } from '../../lexicon/cues.js';
import { hasWords } from '../../quotes/content.js';
import type { Attribution, CueRule, CueSite, Outcome } from '../../quotes/rules/types.js';
import { clauseBreakAfter, endsOnReport } from '../../quotes/rules/shared.js';
import { OBJECT_RELATIVES } from '../../lexicon/quote-words.js';
import { EXPLETIVE_BE, PASSIVE_HEDGES, REGARDED_AS } from '../../lexicon/claim-words.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { toInfinitive } from '../../quotes/recipient.js';
import { peopleWord } from '../../quotes/people-words.js';

export const PASSIVE_HEDGE_CONFIDENCE = {
  /** "It is rumoured that ...": the passive with an expletive subject is unmistakable. */
  expletive: 0.8,
  /** "X is said to ...", "X is seen as ...": the subject stays in the content. */
  raised: 0.7,
} as const;

/**
 * "It is rumoured that ...", "It was thought to ...", "X is said to ...": hedged claims without
 * a source; "X is widely seen as Y", "X is considered Y": a belief held of X by no one named, or
 * by whoever follows "by" ("was seen by critics as ..."). A passive or expletive use of the
 * participle is never a cue of saying.
 */
export const passiveHedge: CueRule = {
  name: 'passive-hedge',
  stage: 'cue',
  triggers: new Set(PASSIVE_HEDGES.keys()),
  produces: { claim: ['hedged', 'belief', 'rumour', 'disputed'] },
  confidence: PASSIVE_HEDGE_CONFIDENCE,
  match(site) {
    const { p, c, lo, lower } = site;
    if (c <= lo) return null;
    const group = site.group();
    const expletive =
      EXPLETIVE_BE.has(p.lower(c - 1)) || (group.passive && /^it$/.test(p.lower(group.before)));
    if (!expletive && !group.passive) return null;
    const hedge = PASSIVE_HEDGES.get(lower)!;
    const attribution = readHedge(site, hedge);
    if (attribution) return { type: 'settle', attribution, cutAt: null };
    const regarded = expletive ? null : regardedAs(site, hedge);
    if (regarded) return regarded;
    return expletive || !cueClass(lower) ? { type: 'skip' } : null;
  },
};

function readHedge(site: CueSite, hedge: Hedge): Attribution | null {
  const { p, c, lo, hi, make } = site;
  const group = site.group();
  const fused = EXPLETIVE_BE.has(p.lower(c - 1));
  const subject = fused ? c - 1 : group.before;
  const expletive = fused || (subject >= lo && /^it$/.test(p.lower(subject)));
  let contentStart = c + 1;
  let cueEnd = c + 1;
  if (expletive && p.lower(contentStart) === 'that') {
    cueEnd = contentStart + 1;
    contentStart = cueEnd;
  }
  if (!hasWords(p, contentStart, hi)) return null;
  let attribution: Attribution | null;
  if (expletive) {
    const cue = p.span(subject, cueEnd);
    const { expletive: confidence } = PASSIVE_HEDGE_CONFIDENCE;
    attribution = make('passive', [[contentStart, hi]], cue, null, 'passive-hedge', confidence);
  } else {
    // "is said to have left", not "was known to police": "to" opens an infinitive
    if (!infinitiveAfter(p, c + 1) || subject < lo) return null;
    // "The road is expected to reopen, the mayor said.": the clause is the mayor's words
    if (endsOnReport(p, c + 2, hi)) return null;
    const cue = p.span(group.start, c + 2);
    // `Police said the man is thought to have fled.`: the subject starts where the words the
    // police said start, not with the sentence
    const from = Math.min(Math.max(lo, site.floor), subject);
    const content: Array<[number, number]> = [
      [from, group.start],
      [c + 2, hi],
    ];
    const { raised: confidence } = PASSIVE_HEDGE_CONFIDENCE;
    attribution = make('passive', content, cue, null, 'passive-hedge', confidence);
  }
  if (attribution) attribution.hedge = hedge;
  return attribution;
}

/** Words an agent after "by" may take before "as": "was seen by some in the party as ...". */
const MAX_AGENT_TOKENS = 6;
/** Words between a relative pronoun and the participle: "whose narrow finish was seen as". */
const MAX_RELATIVE_SUBJECT = 6;

/**
 * `The union is widely seen as a rival.` / `The deal was seen by some as the end of the line.`: the subject
 * and what it is held to be, the agent after "by" as the source; null without "as" (but
 * "considered" takes its complement directly). Cues after it are still read (`..., Ann Roe
 * said.`); in a relative clause (`Kemp, who is seen as a moderate, said ...`) the belief ends
 * with the clause.
 */
function regardedAs(site: CueSite, hedge: Hedge): Outcome | null {
  const { p, c, lo, hi, make, lower } = site;
  const group = site.group();
  if (!REGARDED_AS.has(lower) || group.start <= lo) return null;
  let k = c + 1;
  let agent: Span | null = null;
  if (p.lower(k) === 'by') {
    const end = asAfter(p, k + 1, hi);
    if (end < 0) return null;
    agent = p.span(k + 1, end);
    k = end;
  }
  const as = p.lower(k) === 'as';
  if (as) k++;
  else if (lower !== 'considered' || !opensComplement(p, k)) return null;
  if (!hasWords(p, k, hi)) return null;
  const relative = relativeBefore(p, group.start, lo);
  // in a relative clause the belief ends where the clause breaks
  const clauseBreak = relative >= 0 ? clauseBreakAfter(p, k, hi) : -1;
  const end = clauseBreak < 0 ? hi : clauseBreak;
  const content: Array<[number, number]> = [
    [relative >= 0 ? relative : lo, group.start],
    [k, end],
  ];
  const cue = p.span(group.start, as ? k : c + 1);
  const { raised: confidence } = PASSIVE_HEDGE_CONFIDENCE;
  const attribution = make('passive', content, cue, agent, 'passive-hedge', confidence);
  if (!attribution) return null;
  attribution.hedge = hedge;
  return { type: 'aside', attribution, resumeAt: k };
}

/** A relative pronoun after a comma shortly before `start` ("Kemp, who is seen as"), or -1. */
function relativeBefore(p: Phrases, start: number, lo: number): number {
  for (let k = start - 1; k > lo && start - k <= MAX_RELATIVE_SUBJECT; k--) {
    if (!p.isWord(k)) return -1;
    if (OBJECT_RELATIVES.has(p.lower(k)) && p.isPunct(k - 1, ',')) return k;
  }
  return -1;
}

/** The "as" closing a short agent phrase that starts at `from`, or -1. */
function asAfter(p: Phrases, from: number, hi: number): number {
  for (let k = from; k < hi && k - from <= MAX_AGENT_TOKENS; k++) {
    if (!p.isWord(k)) return -1;
    if (p.lower(k) === 'as') return k > from ? k : -1;
  }
  return -1;
}

/** A complement after "considered" opens at `k`: a word, no preposition ("considered for"). */
function opensComplement(p: Phrases, k: number): boolean {
  return p.isWord(k) && !PREPOSITIONS.has(p.lower(k)) && p.lower(k) !== 'by';
}

/** "to" at i opens an infinitive: "to have left", not "to police" nor "to the family". */
function infinitiveAfter(p: Phrases, i: number): boolean {
  return p.lower(i) === 'to' && toInfinitive(p, i) && !peopleWord(p.lower(i + 1));
}
