import { CUE_FORMS } from '../../lexicon/cues.js';
import { SPEAKING_RELATIVES } from '../../lexicon/quote-words.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import { acceptsContent, classKind } from './shared.js';
import type { CueRule } from './types.js';

export const RELATIVE_CLAUSE_CONFIDENCE = 0.7;

/**
 * `... backed by Ivo Marsh, who said the costs were fair.`: a cue in a relative clause set off by
 * a comma; the speaker is the name the clause hangs on, and what was said ends with the clause.
 * The rest of the sentence is still read: `Ann Roe, who said she would run, said ...`.
 */
export const relativeClause: CueRule = {
  name: 'relative-clause',
  stage: 'cue',
  triggers: new Set(CUE_FORMS),
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: RELATIVE_CLAUSE_CONFIDENCE,
  match(site) {
    const { p, floor, hi, make } = site;
    const cue = site.cue();
    const relative = cue?.group.before ?? -1;
    if (!cue || relative - 2 < floor || !SPEAKING_RELATIVES.has(p.lower(relative))) return null;
    if (!p.isPunct(relative - 1, ',')) return null; // "voters who said": a kind of people, not one
    const last = relative - 2;
    const first = afterAgent(p, p.phraseBefore(last, floor), last);
    if (first > last || !p.isSpeaker(first, last + 1)) return null;
    const right = site.right();
    const contentStart = right.splitStart ?? (right.ends ? hi : right.contentStart);
    if (contentStart >= hi) return null;
    const end = clauseEnd(p, contentStart, hi);
    const attribution = make(
      classKind(cue.cls),
      [[contentStart, end]],
      cue.span,
      p.span(first, last + 1),
      'relative-clause',
      RELATIVE_CLAUSE_CONFIDENCE,
    );
    if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
    attribution.channel = right.channel;
    return { type: 'aside', attribution, resumeAt: end };
  },
};

/** `backed by Ivo Marsh`: the name the clause hangs on starts after a passive's "by". */
function afterAgent(p: Phrases, first: number, last: number): number {
  for (let k = last - 1; k >= first; k--) if (p.lower(k) === 'by') return k + 1;
  return first;
}

/**
 * Where a relative clause ends: after a quote that opens it (`who said, "We won," left`), else
 * at the comma, semicolon or dash after it, outside quote marks.
 */
function clauseEnd(p: Phrases, from: number, hi: number): number {
  const quoted = p.states[from] === QuoteState.Open;
  for (let k = from + 1; k < hi; k++) {
    if (quoted && p.states[k] === QuoteState.Close) return k + 1;
    if (!quoted && p.outside(k) && p.isPunct(k, ',;\u2014\u2013')) return k;
  }
  return hi;
}
