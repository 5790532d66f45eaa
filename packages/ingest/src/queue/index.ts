export {
  openQueue,
  queueSchemaFor,
  ARTICLE_QUEUE,
  QUEUE_DEFAULTS,
  type ArticleQueue,
  type ArticleJob,
  type HeldJob,
  type QueueOptions,
} from './queue.js';
export {
  enqueueItems,
  jobFor,
  MAX_JOB_BYTES,
  type EnqueueProgress,
  type EnqueueSummary,
} from './enqueue.js';
export {
  runWorker,
  type WorkerOptions,
  type WorkerProgress,
  type WorkerSummary,
  type JobOutcome,
} from './worker.js';
