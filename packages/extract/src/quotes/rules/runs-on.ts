import type { DocumentRule } from './types.js';

/**
 * `"We start Monday.` ¶ `"Then we decide," Ann Roe said.`: a paragraph of a quote that runs on
 * into the next one (left open, reopened there) is said by whoever is named where it ends. The
 * pairs are read backwards, so a quote running over several paragraphs takes the speaker at its end.
 */
export const runsOn: DocumentRule = {
  name: 'runs-on',
  stage: 'document',
  produces: { quote: ['direct', 'mixed'] },
  // A carried-on paragraph keeps the confidence of the rule that first found it.
  confidence: null,
  match({ a, next, leftOpen, openings }) {
    const named = next.cue !== null || next.rule === 'runs-on';
    if (a.cue || !named || !next.source || next.quoteKind !== 'direct') return false;
    const end = a.content.at(-1)!.end;
    const runsOn = leftOpen.some((q) => q.inner.start <= end && end <= q.end);
    const reopened = openings.has(next.content[0]!.start);
    return runsOn && reopened && a.source !== next.source;
  },
};
