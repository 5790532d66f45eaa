import type { Span } from '@sourcetrace/article-model';
import { CLAUSE_OPENERS, CONNECTIVES } from '../../lexicon/words.js';
import type { Phrases } from '../phrases.js';
import { subjectAtStart } from '../speakers.js';
import { QuoteState } from '../units.js';
import type { Attribution, EndRule } from './types.js';

export const COLON_LEAD_CONFIDENCE = 0.6;

/**
 * `Ann Roe put it bluntly: "..."`: the lead-in is the article's; the quote belongs to the
 * person the lead-in names, else it carries on the previous speaker.
 */
export const colonLead: EndRule = {
  name: 'colon-lead',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: COLON_LEAD_CONFIDENCE,
  match({ p, lo, hi, make, previous }) {
    const lead = colonLeadIn(p, lo, hi, previous);
    if (!lead.source) return null;
    const quote = make(
      'speech',
      [[lead.open, hi]],
      null,
      lead.source,
      'colon-lead',
      COLON_LEAD_CONFIDENCE,
    );
    if (!quote) return { type: 'skip' };
    if (lead.source === previous?.source) quote.carries = previous;
    return { type: 'add', attribution: quote };
  },
};

/**
 * A quote after a colon that ends an unquoted lead-in (`X put it simply: "..."`): where it
 * opens, and whose it is: the lead-in's subject, else the previous speaker (null source: none).
 */
function colonLeadIn(
  p: Phrases,
  lo: number,
  hi: number,
  previous: Attribution | null,
): { open: number; source: Span | null } {
  let open = lo;
  while (open < hi && open - lo <= 15 && p.outside(open)) open++;
  if (open === lo || p.states[open] !== QuoteState.Open || !p.isPunct(open - 1, ':'))
    return { open, source: null };
  // "Then she added:", "Why not say:": a subject only after the connective, and never a question word
  let from = lo;
  while (
    from < open &&
    p.isWord(from) &&
    (CONNECTIVES.has(p.lower(from)) || p.lower(from) === 'then')
  )
    from++;
  const subject = CLAUSE_OPENERS.has(p.lower(from)) ? null : subjectAtStart(p, from, open - 1);
  return { open, source: subject ?? previous?.source ?? null };
}
