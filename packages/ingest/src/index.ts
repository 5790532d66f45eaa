export {
  safeFetch,
  READABLE_CONTENT_TYPES,
  type SafeFetchOptions,
  type FetchedPage,
  type Validators,
  type Resolver,
  type ResolvedAddress,
} from './fetch/safe-fetch.js';
export {
  FetchError,
  FetchRefusedError,
  FetchInvalidUrlError,
  FetchTooLargeError,
  FetchTimeoutError,
  FetchContentTypeError,
  FetchHttpError,
  FetchNetworkError,
} from './fetch/errors.js';
export { isPublicAddress } from './fetch/address.js';
export { readSources } from './sources/read-sources.js';
export { watch, ingestSink, type WatchOptions } from './watch/watch.js';
export { queueSink } from './watch/queue-sink.js';
export {
  watchRound,
  type WatchSink,
  type SinkOutcome,
  type UrlReport,
  type WatchRoundOptions,
} from './watch/watch-round.js';
export { parseFeed, type Feed, type FeedEntry } from './sources/feed.js';
export type { SourceItem, ReadSourcesOptions } from './sources/types.js';
export {
  ingestItems,
  ingestOne,
  ExtractionError,
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  type IngestOneResult,
  type ItemStatus,
} from './ingest/ingest.js';
export { defaultExtractThreads } from './threads.js';
export {
  BoundedExtractor,
  BOUNDED_EXTRACTOR_DEFAULTS,
  ExtractorBusyError,
  ExtractionTimeoutError,
  type BoundedExtractorOptions,
} from './ingest/bounded-extractor.js';
export {
  exportArticles,
  isExportFormat,
  EXPORT_FORMATS,
  QUOTE_COLUMNS,
  csvCell,
  articlesToJsonl,
  articlesToQuotesCsv,
  articlesToJsonLd,
  type ExportFormat,
  exportStatements,
  statementsToCsv,
  statementsToJsonl,
  statementsToJsonLd,
  STATEMENT_COLUMNS,
} from './export/index.js';
export * from './queue/index.js';
