import { CUE_FORMS, inflect } from '../../lexicon/cues.js';
import { CLAUSE_ONLY_SPEECH_VERBS } from '../../lexicon/stance-verbs.js';
import { acceptsContent, classKind, readsAsNounPhrase } from './shared.js';
import { quoteAfterComma } from './trailing.js';
import type { CueClass } from '../../lexicon/cues.js';
import type { Attribution, CueRule, CueSite } from './types.js';

export const LEADING_CONFIDENCE = 0.85;

const CLAUSE_ONLY_FORMS = new Set(CLAUSE_ONLY_SPEECH_VERBS.flatMap(inflect));

/**
 * The speaker and cue before what was said: `Ann Roe says she wants ...` / `X told the Herald
 * that "..."` / `Ann Roe said, "..."`. The content runs to the clause end or to the next
 * attribution. A cue ending its paragraph in a colon introduces the next paragraph instead.
 */
export const leading: CueRule = {
  name: 'leading',
  stage: 'cue',
  triggers: new Set(CUE_FORMS),
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: LEADING_CONFIDENCE,
  match(site) {
    const { p, hi, make } = site;
    const cue = site.cue();
    const clause = site.reportingClause();
    if (!cue || !clause) return null;
    const { right, boundary, connective } = clause;
    const afterComma = quoteAfterComma(site, clause);
    const contentStart = afterComma ? right.splitStart! : right.contentStart;
    if (contentStart < hi && (!right.ends || afterComma)) {
      const kind = classKind(cue.cls);
      const attribution = make(
        kind,
        [[contentStart, hi]],
        cue.span,
        clause.source,
        'leading',
        LEADING_CONFIDENCE,
      );
      if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
      if (namesAThing(site, cue.cls, contentStart, attribution)) return null;
      attribution.channel = right.channel;
      const cutAt = connective && p.isPunct(boundary - 1, ',') ? boundary - 1 : boundary;
      return { type: 'open', attribution, contentStart, cutAt };
    }
    if (
      right.opener === ':' &&
      right.contentStart >= hi &&
      cue.cls !== 'belief' &&
      cue.cls !== 'stance'
    )
      return { type: 'pending', pending: { cue: cue.span, source: clause.source } };
    return null;
  },
};

/** "denied the allegations", "reported a profit": a thing is named, no words are reported. */
export function namesAThing(
  site: CueSite,
  cls: CueClass,
  contentStart: number,
  attribution: Attribution,
): boolean {
  return (
    cls === 'speech' &&
    !attribution.verbatim.length &&
    !CLAUSE_ONLY_FORMS.has(site.lower) &&
    readsAsNounPhrase(site.p, contentStart, site.hi)
  );
}
