import type { Span } from '@sourcetrace/article-model';
import { becomesQuote } from './quotes/rules/types.js';
import type { Attribution } from './quotes/index.js';
import type { SourceRequest } from './entities/index.js';
import { isPronounWord } from './entities/data/source-words.js';
import { withoutClitic } from './text/tokens.js';

/**
 * The sources and channels the entity table settles, in the order that gives pronouns their
 * antecedents: quotes' speakers in attribution order (a carried-on quote's carrier when first
 * needed), with the named or described sources of claims where they are written ("according
 * to the wildfire service" is met before "the service said"), but never taken for the last
 * speaker; then the claims' pronouns, once every speaker is settled.
 */
export function sourceRequests(
  text: string,
  attributions: readonly Attribution[],
): SourceRequest[] {
  const requests: SourceRequest[] = [];
  const done = new Set<Attribution>();
  for (const a of attributions) {
    if (!becomesQuote(a)) {
      if (a.source && !isPronoun(text, a.source))
        requests.push({ role: 'source', span: a.source, said: a.content, claim: true });
      continue;
    }
    let carrier = a;
    if (carrier.carries) {
      const chain = new Set<Attribution>();
      while (carrier.carries && !done.has(carrier) && !chain.has(carrier)) {
        chain.add(carrier);
        carrier = carrier.carries;
      }
    }
    if (done.has(carrier)) continue;
    done.add(carrier);
    if (carrier.source) requests.push({ role: 'source', span: carrier.source, said: a.content });
    if (carrier.channel) requests.push({ role: 'channel', span: carrier.channel });
  }
  for (const a of attributions) {
    if (!becomesQuote(a) && a.source && isPronoun(text, a.source))
      requests.push({ role: 'source', span: a.source, said: a.content });
  }
  return requests;
}

/** The span is one pronoun ("he", "they", "she's"). */
function isPronoun(text: string, span: Span): boolean {
  return isPronounWord(withoutClitic(text.slice(span.start, span.end).trim().toLowerCase()));
}
