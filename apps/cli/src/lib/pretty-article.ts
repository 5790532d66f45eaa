import {
  claimText,
  entityIndex,
  quoteText,
  sliceSpan,
  type Article,
} from '@sourcetrace/article-model';
import { cleanLine } from '@sourcetrace/terminal-text';

/** A readable who-said-what summary. Article text is hostile: every piece is cleaned before printing. */
export function prettyArticle(article: Article): string {
  const entities = entityIndex(article);
  const name = (id: string | null) => (id ? cleanLine(entities.get(id)?.name) : '');
  const span = (s: { start: number; end: number } | null) =>
    s ? cleanLine(sliceSpan(article.text, s)) : '';
  const out: string[] = [];
  out.push(cleanLine(article.title) || '(untitled)', '');
  const people = article.entities.filter((e) => e.kind === 'person');
  out.push(`People (${people.length})`);
  for (const person of people) {
    const descriptors = person.descriptors.map(cleanLine).join('; ');
    out.push(`  ${cleanLine(person.name)}${descriptors ? ` - ${descriptors}` : ''}`);
  }
  out.push('', `Quotes (${article.quotes.length})`);
  for (const quote of article.quotes) {
    const speaker = name(quote.speakerId) || span(quote.source) || 'unattributed';
    const descriptors = quote.speakerId
      ? (entities.get(quote.speakerId)?.descriptors ?? []).map(cleanLine).join('; ')
      : '';
    const details = [
      quote.kind,
      quote.cue ? `cue "${span(quote.cue)}"` : '',
      quote.channelId ? `via ${name(quote.channelId)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`  ${speaker}${descriptors ? ` (${descriptors})` : ''} [${details}]`);
    out.push(`    "${cleanLine(quoteText(article, quote))}"`);
  }
  out.push('', `Claims (${article.claims.length})`);
  for (const claim of article.claims) {
    const source =
      name(claim.sourceId) || span(claim.source) || (claim.cue ? 'unsourced' : 'the article');
    const details = [
      claim.hedge !== 'none' ? claim.hedge : '',
      claim.cue ? `cue "${span(claim.cue)}"` : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `  ${source}${details ? ` [${details}]` : ''}: ${cleanLine(claimText(article, claim))}`,
    );
  }
  return out.join('\n') + '\n';
}
