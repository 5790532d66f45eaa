import {
  entityIndex,
  primaryDescriptor,
  quoteText,
  sliceSpan,
  type Article,
  type Quote,
} from '@sourcetrace/article-model';

/** What the hover card says about a quote. */
export interface QuoteFacts {
  speaker: string;
  descriptor: string | null;
  cue: string | null;
  channel: string | null;
  rule: string | null;
  kind: Quote['kind'];
  confidence: string;
  text: string;
}

export function quoteFacts(article: Article, quote: Quote): QuoteFacts {
  const entities = entityIndex(article);
  const speaker = quote.speakerId ? entities.get(quote.speakerId) : undefined;
  const channel = quote.channelId ? entities.get(quote.channelId) : undefined;
  const written = quote.source ? sliceSpan(article.text, quote.source) : null;
  return {
    speaker: speaker?.name ?? written ?? 'Unattributed',
    descriptor: speaker ? primaryDescriptor(speaker) : null,
    cue: quote.cue ? sliceSpan(article.text, quote.cue) : null,
    channel: channel?.name ?? null,
    rule: quote.rule ?? null,
    kind: quote.kind,
    confidence: `${Math.round(quote.confidence * 100)}%`,
    text: quoteText(article, quote),
  };
}
