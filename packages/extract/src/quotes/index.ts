import { becomesQuote } from './rules/types.js';
import { isQuoteRule, type Quote } from '@sourcetrace/article-model';
import type { EntityTable } from '../entities/types.js';
import type { Attribution } from './attribution.js';

export { findAttributions, type Attribution } from './attribution.js';

/**
 * Turns speech attributions into quotes, resolving each speaker as written through the entity
 * table in text order (so a pronoun finds the person named before it). A carried-on sentence
 * takes the speaker and channel of the quote it continues.
 */
export function toQuotes(attributions: Attribution[], entities: EntityTable): Quote[] {
  const resolved = new Map<Attribution, { speakerId: string | null; channelId: string | null }>();
  // A carried quote takes what its carrier resolved to, even when the carrier comes later.
  const resolve = (a: Attribution): { speakerId: string | null; channelId: string | null } => {
    let found = resolved.get(a);
    if (!found) {
      found = a.carries
        ? resolve(a.carries)
        : {
            speakerId: a.source ? entities.resolveSource(a.source) : null,
            channelId: a.channel ? entities.resolveChannel(a.channel) : null,
          };
      resolved.set(a, found);
    }
    return found;
  };
  const quotes: Quote[] = [];
  for (const a of attributions) {
    if (!becomesQuote(a)) continue;
    const { speakerId, channelId } = resolve(a);
    quotes.push({
      id: '',
      kind: a.quoteKind,
      content: a.content,
      verbatim: a.verbatim,
      cue: a.cue,
      source: a.sourceWritten ?? a.source,
      speakerId,
      channelId,
      confidence: a.confidence,
      rule: isQuoteRule(a.rule) ? a.rule : undefined,
    });
  }
  quotes.sort((x, y) => x.content[0]!.start - y.content[0]!.start);
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  return quotes;
}
