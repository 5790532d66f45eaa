/** How the API behaves; `configFromEnv` reads it from the environment. */
export interface ApiConfig {
  /** When set, writes need `Authorization: Bearer <apiKey>`; reads stay open. */
  apiKey?: string;
  /** Let POST /v1/articles {url} fetch loopback, private and link-local addresses (off by default). */
  allowPrivateFetch?: boolean;
  /** Origins allowed by CORS; CORS is off when empty. */
  corsOrigins?: string[];
  /** Largest JSON body accepted (a bytes string for body-parser, e.g. "2mb"). */
  bodyLimit?: string;
  /** Limits for pages fetched on a client's behalf. */
  fetchTimeoutMs?: number;
  fetchMaxBytes?: number;
  /** Writes allowed per client address per window, counted after the API key is checked. */
  writeRateLimit?: { windowMs: number; limit: number };
  /** Requests with a missing or wrong API key allowed per client address per window. */
  failedAuthRateLimit?: { windowMs: number; limit: number };
  /** Express "trust proxy" setting, so rate limits see the client address behind a proxy. */
  trustProxy?: boolean | number | string;
  /**
   * How long list and stats answers are reused, and a cached article served before the store
   * is asked again whether it still exists (ms; 0: always ask). Writes through this server show
   * at once; writes by other processes on the same database show within this time.
   */
  readCacheTtlMs?: number;
  /** Extraction threads (default: one per core but one), waiting extractions beyond them, and the time limit of one. */
  extraction?: { threads?: number; maxQueue?: number; timeoutMs?: number };
  /**
   * How long a request that finds every extraction thread busy and the queue full is held,
   * waiting for room, before it is refused with 429 (ms; 0 refuses at once). A client that sends
   * again at once is then refused a few times a second on each connection at most, instead of
   * as fast as the thread answering reads can refuse it.
   */
  busyHoldMs?: number;
  /** Folder of the built web page, served at `/` with deep links falling back to index.html. */
  webRoot?: string;
}

export const DEFAULTS = {
  bodyLimit: '2mb',
  fetchTimeoutMs: 10_000,
  fetchMaxBytes: 5 * 1024 * 1024,
  writeRateLimit: { windowMs: 60_000, limit: 120 },
  failedAuthRateLimit: { windowMs: 60_000, limit: 30 },
  readCacheTtlMs: 1_000,
  busyHoldMs: 250,
} as const;

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size as body-parser reads it ("2mb", "64kb", "1000"), in bytes; null when unreadable. */
export function byteSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!match) return null;
  return Math.floor(Number(match[1]) * (BYTE_UNITS[(match[2] ?? 'b').toLowerCase()] ?? 1));
}

/** The body limit in bytes; throws for a value body-parser would not read either. */
export function bodyLimitBytes(limit: string): number {
  const bytes = byteSize(limit);
  if (bytes === null) throw new Error(`The body limit must be a size such as 2mb, not "${limit}"`);
  return bytes;
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new Error(`${name} must be a positive integer, not "${value}"`);
  return number;
}

/** Express wants a boolean, a hop count, or addresses/subnets ("loopback, 10.0.0.0/8"). */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function bodyLimit(value: string): string {
  if (byteSize(value) === null)
    throw new Error(`SOURCETRACE_BODY_LIMIT must be a size such as 2mb or 512kb, not "${value}"`);
  return value;
}

/** Reads SOURCETRACE_* variables; throws a clear error for a malformed value. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const rateLimit = positiveInt(env.SOURCETRACE_WRITE_RATE_LIMIT, 'SOURCETRACE_WRITE_RATE_LIMIT');
  const extraction = {
    threads: positiveInt(env.SOURCETRACE_EXTRACT_THREADS, 'SOURCETRACE_EXTRACT_THREADS'),
    maxQueue: positiveInt(env.SOURCETRACE_EXTRACT_QUEUE, 'SOURCETRACE_EXTRACT_QUEUE'),
    timeoutMs: positiveInt(env.SOURCETRACE_EXTRACT_TIMEOUT_MS, 'SOURCETRACE_EXTRACT_TIMEOUT_MS'),
  };
  const extractionSet = Object.fromEntries(
    Object.entries(extraction).filter(([, value]) => value !== undefined),
  );
  const origins = (env.SOURCETRACE_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    ...(env.SOURCETRACE_API_KEY ? { apiKey: env.SOURCETRACE_API_KEY } : {}),
    allowPrivateFetch:
      env.SOURCETRACE_ALLOW_PRIVATE_FETCH === '1' || env.SOURCETRACE_ALLOW_PRIVATE_FETCH === 'true',
    ...(origins.length > 0 ? { corsOrigins: origins } : {}),
    ...(env.SOURCETRACE_BODY_LIMIT ? { bodyLimit: bodyLimit(env.SOURCETRACE_BODY_LIMIT) } : {}),
    ...(rateLimit ? { writeRateLimit: { windowMs: 60_000, limit: rateLimit } } : {}),
    ...(env.SOURCETRACE_TRUST_PROXY ? { trustProxy: trustProxy(env.SOURCETRACE_TRUST_PROXY) } : {}),
    ...(Object.keys(extractionSet).length > 0 ? { extraction: extractionSet } : {}),
  };
}
