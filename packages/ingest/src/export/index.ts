import type { Article } from '@sourcetrace/article-model';
import { articlesToQuotesCsv } from './csv.js';
import { articlesToJsonl } from './jsonl.js';
import { articlesToJsonLd } from './jsonld.js';

import { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

const FORMATTERS: Record<
  ExportFormat,
  (articles: AsyncIterable<Article>) => AsyncGenerator<string>
> = {
  jsonl: articlesToJsonl,
  csv: articlesToQuotesCsv,
  jsonld: articlesToJsonLd,
};

/** The export as a stream of text chunks, for Readable.from() or a response body. */
export function exportArticles(
  articles: AsyncIterable<Article>,
  format: ExportFormat,
): AsyncGenerator<string> {
  return FORMATTERS[format](articles);
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export { articlesToJsonl, articlesToQuotesCsv, articlesToJsonLd };
export { QUOTE_COLUMNS, csvCell, csvRow } from './csv.js';
export {
  exportStatements,
  statementsToCsv,
  statementsToJsonl,
  statementsToJsonLd,
  STATEMENT_COLUMNS,
} from './statements.js';
