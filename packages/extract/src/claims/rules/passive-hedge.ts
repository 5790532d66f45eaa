import type { Hedge } from '@sourcetrace/article-model';
import { cueClass } from '../../lexicon/cues.js';
import { hasWords } from '../../quotes/content.js';
import type { Attribution, CueRule, CueSite } from '../../quotes/rules/types.js';
import { EXPLETIVE_BE, PASSIVE_HEDGES } from '../../lexicon/claim-words.js';

export const PASSIVE_HEDGE_CONFIDENCE = {
  /** "It is rumoured that ...": the passive with an expletive subject is unmistakable. */
  expletive: 0.8,
  /** "X is said to ...": the subject stays in the content. */
  raised: 0.7,
} as const;

/**
 * "It is rumoured that ...", "It was thought to ...", "X is said to ...": hedged claims without
 * a source. A passive or expletive use of the participle is never a cue of saying.
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
    const attribution = readHedge(site, PASSIVE_HEDGES.get(lower)!);
    if (attribution) return { type: 'settle', attribution, cutAt: null };
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
    if (p.lower(c + 1) !== 'to' || subject < lo) return null;
    const cue = p.span(group.start, c + 2);
    const content: Array<[number, number]> = [
      [lo, group.start],
      [c + 2, hi],
    ];
    const { raised: confidence } = PASSIVE_HEDGE_CONFIDENCE;
    attribution = make('passive', content, cue, null, 'passive-hedge', confidence);
  }
  if (attribution) attribution.hedge = hedge;
  return attribution;
}
