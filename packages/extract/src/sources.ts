import { becomesQuote } from './quotes/rules/types.js';
import type { Attribution } from './quotes/index.js';
import type { SourceRequest } from './entities/index.js';

/**
 * The sources and channels the entity table settles, in the order that gives pronouns their
 * antecedents: quotes' speakers in attribution order (a carried-on quote's carrier when first
 * needed), then the sources of claims.
 */
export function sourceRequests(attributions: readonly Attribution[]): SourceRequest[] {
  const requests: SourceRequest[] = [];
  const done = new Set<Attribution>();
  for (const a of attributions) {
    if (!becomesQuote(a)) continue;
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
    if (!becomesQuote(a) && a.source)
      requests.push({ role: 'source', span: a.source, said: a.content });
  }
  return requests;
}
