import {
  DEFAULT_JOB_FAILURES,
  JobState,
  type ArticleInput,
  type JobCounts,
  type JobsReport,
} from '@sourcetrace/article-model';

/** The queue every article job goes through. */
export const ARTICLE_QUEUE = 'sourcetrace-articles';

/** What a job carries: the article itself, as read on the machine that enqueued it. */
export interface ArticleJob {
  /** Where it came from (file, `file:line`, URL), for reports. */
  label: string;
  input: ArticleInput;
}

/** A job a worker holds: its id and its payload, unchecked (anyone with the database can add jobs). */
export interface HeldJob {
  id: string;
  data: unknown;
}

export interface QueueOptions {
  /** PostgreSQL schema of the queue's tables (default `sourcetrace_jobs`; see queueSchemaFor). */
  schema?: string;
  /**
   * How long a worker may hold a job before it is taken for dead and the job is retried
   * (default 60 s). A worker that is killed loses nothing: its jobs run again after this.
   */
  expireInSeconds?: number;
  /** Retries after the first attempt before a job is kept as failed (default 3). */
  retryLimit?: number;
  /** Wait before the first retry, doubled (with jitter) for each one after (default 10 s). */
  retryDelaySeconds?: number;
  /**
   * Look after the queue: every `checkIntervalSeconds`, one of the processes that supervise
   * hands abandoned jobs back and archives old ones. Workers do; readers need not.
   */
  supervise?: boolean;
  /** How often supervising processes look for abandoned jobs (default 5 s). */
  checkIntervalSeconds?: number;
  /** Database connections the queue may hold (default 4). */
  maxConnections?: number;
  /** Errors from the queue's background work (maintenance, a dropped connection). */
  onError?: (error: Error) => void;
}

export const QUEUE_DEFAULTS = {
  schema: 'sourcetrace_jobs',
  expireInSeconds: 60,
  retryLimit: 3,
  retryDelaySeconds: 10,
  checkIntervalSeconds: 5,
  maxConnections: 4,
} as const;

/** Completed jobs leave the live table after an hour, and the archive after a day. */
const ARCHIVE_COMPLETED_AFTER_SECONDS = 60 * 60;
const DELETE_ARCHIVED_AFTER_SECONDS = 24 * 60 * 60;
/** Failed jobs stay where `sourcetrace jobs` reads them, with their reason, for two weeks. */
const KEEP_FAILED_SECONDS = 14 * 24 * 60 * 60;

/**
 * The queue's schema for a store schema: `sourcetrace_jobs` beside the default (public) one,
 * `<schema>_jobs` beside any other, so corpora kept apart by schema keep their queues apart too.
 */
export function queueSchemaFor(storeSchema?: string): string {
  return storeSchema && storeSchema !== 'public' ? `${storeSchema}_jobs` : QUEUE_DEFAULTS.schema;
}

/** The article queue in PostgreSQL (pg-boss): add jobs, hold and settle them, report on them. */
export interface ArticleQueue {
  readonly schema: string;
  /** Adds jobs in one statement. */
  add(jobs: ArticleJob[]): Promise<void>;
  /** Takes up to `count` jobs that are due; they are this process's until settled or expired. */
  take(count: number): Promise<HeldJob[]>;
  /** Marks jobs done (their articles are stored). */
  complete(ids: string[]): Promise<void>;
  /** Records a failed attempt: the job is retried after its backoff, or kept as failed. */
  fail(id: string, reason: string): Promise<void>;
  /** Counts by state and the latest failures with their reasons. */
  report(failures?: number): Promise<JobsReport>;
  close(): Promise<void>;
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Opens (creating on first use) the article queue in the database at `databaseUrl`. */
export async function openQueue(
  databaseUrl: string,
  options: QueueOptions = {},
): Promise<ArticleQueue> {
  const schema = options.schema ?? QUEUE_DEFAULTS.schema;
  const expireInSeconds = options.expireInSeconds ?? QUEUE_DEFAULTS.expireInSeconds;
  const retryLimit = options.retryLimit ?? QUEUE_DEFAULTS.retryLimit;
  const retryDelay = options.retryDelaySeconds ?? QUEUE_DEFAULTS.retryDelaySeconds;
  // Loaded when a queue is opened, so commands that never use one do not load it.
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema,
    max: options.maxConnections ?? QUEUE_DEFAULTS.maxConnections,
    application_name: 'sourcetrace',
    // No cron schedules here; maintenance only where asked for.
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: options.checkIntervalSeconds ?? QUEUE_DEFAULTS.checkIntervalSeconds,
    archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_AFTER_SECONDS,
    archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    deleteAfterSeconds: DELETE_ARCHIVED_AFTER_SECONDS,
  });
  // Without a listener an 'error' event would end the process; background errors are retried
  // by pg-boss on its next round, so they are reported, not fatal.
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  try {
    await boss.createQueue(ARTICLE_QUEUE, {
      name: ARTICLE_QUEUE,
      retryLimit,
      retryDelay,
      retryBackoff: true,
      expireInSeconds,
    });
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  const db = boss.getDb();
  const jobTable = `${quoted(schema)}.job`;
  const countsSql = `SELECT state::text AS state, count(*)::int AS n FROM ${jobTable}
    WHERE name = $1 GROUP BY state`;
  const failuresSql = `SELECT id::text AS id, data->>'label' AS label,
      COALESCE(output->>'message', output#>>'{value,message}', output::text, '') AS reason,
      retry_count, completed_on
    FROM ${jobTable} WHERE name = $1 AND state = 'failed'
    ORDER BY completed_on DESC NULLS LAST, id LIMIT $2`;

  return {
    schema,
    async add(jobs) {
      if (jobs.length === 0) return;
      // Each job carries the settings of the process that added it, so a queue shared by
      // several deployments needs no settings of its own.
      await boss.insert(
        jobs.map((data) => ({
          name: ARTICLE_QUEUE,
          data,
          retryLimit,
          retryDelay,
          retryBackoff: true,
          expireInSeconds,
        })),
      );
    },
    async take(count) {
      const jobs = await boss.fetch<unknown>(ARTICLE_QUEUE, { batchSize: count });
      return jobs.map((job) => ({ id: job.id, data: job.data }));
    },
    async complete(ids) {
      if (ids.length > 0) await boss.complete(ARTICLE_QUEUE, ids);
    },
    async fail(id, reason) {
      await boss.fail(ARTICLE_QUEUE, id, { message: reason });
    },
    async report(failures = DEFAULT_JOB_FAILURES) {
      const counts = Object.fromEntries(JobState.options.map((state) => [state, 0])) as JobCounts;
      const { rows } = await db.executeSql(countsSql, [ARTICLE_QUEUE]);
      for (const row of rows as { state: string; n: number }[]) {
        const state = JobState.safeParse(row.state);
        if (state.success) counts[state.data] = Number(row.n);
      }
      const failed =
        failures > 0 ? (await db.executeSql(failuresSql, [ARTICLE_QUEUE, failures])).rows : [];
      return {
        counts,
        pending: counts.created + counts.retry + counts.active,
        failures: (
          failed as {
            id: string;
            label: string | null;
            reason: string;
            retry_count: number;
            completed_on: Date | null;
          }[]
        ).map((row) => ({
          id: row.id,
          label: row.label ?? '',
          reason: row.reason,
          attempts: Number(row.retry_count) + 1,
          failedAt: row.completed_on ? new Date(row.completed_on).toISOString() : null,
        })),
      };
    },
    async close() {
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
