import { z } from 'zod';

// The ingest queue as its readers see it: `sourcetrace jobs`, `GET /v1/jobs` and the API
// client all speak this one shape.

/**
 * Where a job is: created (waiting for a worker), retry (failed or abandoned, waiting to run
 * again after its backoff), active (a worker has it), completed (its article is stored, or was
 * already), failed (out of attempts; kept with its reason), cancelled.
 */
export const JobState = z.enum(['created', 'retry', 'active', 'completed', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

export const JobCounts = z
  .object(
    Object.fromEntries(
      JobState.options.map((state) => [state, z.number().int().nonnegative()]),
    ) as {
      [S in JobState]: z.ZodNumber;
    },
  )
  .strict()
  .meta({ id: 'JobCounts' });
export type JobCounts = z.infer<typeof JobCounts>;

/** A job that ran out of attempts, with what went wrong the last time. */
export const JobFailure = z
  .object({
    id: z.string().min(1),
    /** Where the article came from: a file, a JSON line (`file:line`), a URL. */
    label: z.string(),
    reason: z.string(),
    /** Times it was tried. */
    attempts: z.number().int().nonnegative(),
    /** ISO 8601. */
    failedAt: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'JobFailure' });
export type JobFailure = z.infer<typeof JobFailure>;

export const JobsReport = z
  .object({
    counts: JobCounts,
    /** Jobs created, waiting to retry or running: 0 when the queue has nothing left to do. */
    pending: z.number().int().nonnegative(),
    /** The most recent failures, newest first (at most `limit` of them). */
    failures: z.array(JobFailure),
  })
  .strict()
  .meta({ id: 'JobsReport' });
export type JobsReport = z.infer<typeof JobsReport>;

/** Failures one report lists at most by default, and at most at all. */
export const DEFAULT_JOB_FAILURES = 20;
export const MAX_JOB_FAILURES = 200;

export const JobsQuery = z
  .object({
    /** How many of the most recent failures to list (0..200, default 20). */
    failures: z.coerce.number().int().min(0).max(MAX_JOB_FAILURES).default(DEFAULT_JOB_FAILURES),
  })
  .strict();
export type JobsQuery = z.output<typeof JobsQuery>;
