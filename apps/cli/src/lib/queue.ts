import {
  openQueue,
  queueSchemaFor,
  type ArticleQueue,
  type QueueOptions,
} from '@sourcetrace/ingest';
import { storeOptionsFromFlags, type StoreFlags } from './store.js';

/** Queue settings from the environment; a malformed value is an error, not a default. */
export function queueOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueOptions {
  const seconds = (name: string, min: number): number | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min)
      throw new Error(`${name} must be a whole number of ${min} or more, not "${value}"`);
    return number;
  };
  const options: QueueOptions = {
    expireInSeconds: seconds('SOURCETRACE_JOB_EXPIRE_SECONDS', 1),
    retryLimit: seconds('SOURCETRACE_JOB_RETRIES', 0),
    retryDelaySeconds: seconds('SOURCETRACE_JOB_RETRY_DELAY_SECONDS', 1),
    checkIntervalSeconds: seconds('SOURCETRACE_QUEUE_CHECK_SECONDS', 1),
  };
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as QueueOptions;
}

/**
 * The PostgreSQL connection a queue command needs, from --database-url or DATABASE_URL; a
 * clear refusal on SQLite, which has no queue (one machine ingests directly).
 */
export function queueDatabase(
  flags: StoreFlags,
  command: string,
  env: NodeJS.ProcessEnv = process.env,
): { databaseUrl: string; pgSchema?: string } {
  const options = storeOptionsFromFlags(flags, env);
  if (!options.databaseUrl) {
    throw new Error(
      `${command} needs PostgreSQL: give --database-url or set DATABASE_URL. ` +
        'A SQLite corpus has no job queue; on one machine, run `sourcetrace ingest` without --queue.',
    );
  }
  return options.pgSchema
    ? { databaseUrl: options.databaseUrl, pgSchema: options.pgSchema }
    : { databaseUrl: options.databaseUrl };
}

/** Opens the queue beside the corpus the flags point at. The caller closes it. */
export async function openQueueFromFlags(
  flags: StoreFlags,
  command: string,
  options: QueueOptions = {},
): Promise<ArticleQueue> {
  const { databaseUrl, pgSchema } = queueDatabase(flags, command);
  return openQueue(databaseUrl, {
    schema: queueSchemaFor(pgSchema),
    ...queueOptionsFromEnv(),
    onError: (error) => process.stderr.write(`sourcetrace: queue: ${error.message}\n`),
    ...options,
  });
}
