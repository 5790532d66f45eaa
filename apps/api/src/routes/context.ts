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
}
