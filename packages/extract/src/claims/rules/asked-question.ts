import { QUESTION_OPENERS } from '../../lexicon/claim-words.js';
import type { Phrases } from '../../quotes/phrases.js';
import type { CueRule } from '../../quotes/rules/types.js';

export const ASKED_QUESTION_CONFIDENCE = 0.6;

/** Tokens a fronted question may run before the comma that ends it. */
const MAX_FRONTED_TOKENS = 40;

/**
 * `Asked whether she would run, Ann Roe said no.` / `..., she said when asked about the vote.` /
 * `Tom Bell was asked how the plan works.`: what someone was asked is reported without a source
 * (the asker is rarely named), a claim beside the answer, never a quote. Only a question, opened
 * by "whether", "if", a wh-word or "about": `asked for help`, `asked him to leave` are requests.
 */
export const askedQuestion: CueRule = {
  name: 'asked-question',
  stage: 'cue',
  triggers: new Set(['asked']),
  produces: { claim: ['none'] },
  confidence: ASKED_QUESTION_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, make } = site;
    if (!QUESTION_OPENERS.has(p.lower(c + 1)) || !p.outside(c + 1)) return null;
    const when = c > lo && p.lower(c - 1) === 'when';
    const fronted = c === lo || (when && c - 1 === lo);
    if (!fronted && !when && !site.group().passive) return null;
    const cueStart = when ? c - 1 : site.group().start;
    const end = fronted ? commaAfter(p, c + 1, hi) : hi;
    if (end < 0) return null;
    const cue = p.span(cueStart, c + 1);
    const claim = make(
      'passive',
      [[c + 1, end]],
      cue,
      null,
      'asked-question',
      ASKED_QUESTION_CONFIDENCE,
    );
    if (!claim || claim.verbatim.length) return null;
    // the answer after a fronted question is read on; a question after the answer ends it
    if (fronted) return { type: 'aside', attribution: claim, resumeAt: end + 1 };
    return { type: 'settle', attribution: claim, cutAt: cueStart };
  },
};

/** The comma that ends a fronted question, or -1 when none comes soon. */
function commaAfter(p: Phrases, from: number, hi: number): number {
  for (let k = from; k < hi && k - from <= MAX_FRONTED_TOKENS; k++)
    if (p.isPunct(k, ',') && p.outside(k)) return k;
  return -1;
}
