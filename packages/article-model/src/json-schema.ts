import { z } from 'zod';
import { Article, Claim, Entity, Quote, Span } from './schemas.js';
import { ArticleSummary, ClaimRecord, CorpusEntity, CorpusStats, QuoteRecord } from './corpus.js';
import { Statement, StatementSummary } from './statements.js';
import { JobsReport } from './jobs.js';

/** The schemas published as JSON Schema files in `schema/`, by file name. */
export const SCHEMA_FILES = {
  'article.schema.json': Article,
  'entity.schema.json': Entity,
  'quote.schema.json': Quote,
  'claim.schema.json': Claim,
  'span.schema.json': Span,
  'corpus-entity.schema.json': CorpusEntity,
  'article-summary.schema.json': ArticleSummary,
  'quote-record.schema.json': QuoteRecord,
  'claim-record.schema.json': ClaimRecord,
  'corpus-stats.schema.json': CorpusStats,
  'statement.schema.json': Statement,
  'statement-summary.schema.json': StatementSummary,
  'jobs-report.schema.json': JobsReport,
} as const;

/** JSON Schema (draft 2020-12) documents generated from the zod schemas, by file name. */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
    out[file] = {
      ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }),
      $id: `https://sourcetrace.dev/schema/${file}`,
    };
  }
  return out;
}
