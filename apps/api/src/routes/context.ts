import type { JobsReport } from '@sourcetrace/article-model';
import type { BoundedExtractor } from '@sourcetrace/ingest';
import type { Store } from '@sourcetrace/store';
import type { Logger } from 'pino';
import type { ApiConfig } from '../config.js';
import type { ArticleCache } from '../http/article-cache.js';
import type { ReadCache } from '../http/read-cache.js';

/** What route handlers share. */
export interface RouteContext {
  store: Store;
  config: ApiConfig;
  logger: Logger;
  articles: ArticleCache;
  reads: ReadCache;
  /** Where extraction runs: worker threads with a bounded queue and a time limit. */
  extractor: BoundedExtractor;
  /** The job queue beside a PostgreSQL store; absent on SQLite, which has none. */
  jobs?: JobsSource;
}

/** Where GET /v1/jobs reads from (an ArticleQueue from @sourcetrace/ingest is one). */
export interface JobsSource {
  report(failures: number): Promise<JobsReport>;
}
