import {
  entityIndex,
  quoteText,
  sliceSpan,
  type Article,
  type Entity,
  primaryDescriptor,
} from '@sourcetrace/article-model';

export const QUOTE_COLUMNS = [
  'article',
  'title',
  'date',
  'speaker',
  'descriptor',
  'channel',
  'cue',
  'kind',
  'text',
] as const;

/** Lets Excel and LibreOffice detect UTF-8. */
const BOM = '\uFEFF';

/**
 * A table of every quote, one row each, RFC 4180 with CRLF line ends. Cells that a spreadsheet
 * would run as a formula are defused. Hand-written: the format is a dozen lines, and no CSV
 * library defuses formulas for us anyway.
 */
export async function* articlesToQuotesCsv(
  articles: AsyncIterable<Article>,
): AsyncGenerator<string> {
  yield BOM + csvRow(QUOTE_COLUMNS);
  for await (const article of articles) {
    const entities = entityIndex(article);
    const name = (id: string | null) => (id ? (entities.get(id)?.name ?? '') : '');
    let rows = '';
    for (const quote of article.quotes) {
      const speaker: Entity | undefined = quote.speakerId
        ? entities.get(quote.speakerId)
        : undefined;
      rows += csvRow([
        article.id,
        article.title ?? '',
        article.source.publishedAt ?? '',
        speaker?.name ?? (quote.source ? sliceSpan(article.text, quote.source) : ''),
        (speaker && primaryDescriptor(speaker)) ?? '',
        name(quote.channelId),
        quote.cue ? sliceSpan(article.text, quote.cue) : '',
        quote.kind,
        quoteText(article, quote),
      ]);
    }
    if (rows) yield rows;
  }
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Quotes a cell when it needs it, and defuses formulas (= + - @, and tab or CR that start one). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}
