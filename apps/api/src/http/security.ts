import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet, { type HelmetOptions } from 'helmet';
import { HttpProblem, sendProblem } from './problem.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

type RateLimitOptions = { windowMs: number; limit: number };

/**
 * Writes need `Authorization: Bearer <key>` when a key is configured. Both sides are hashed
 * first so timingSafeEqual compares equal lengths and the key's length does not leak.
 *
 * Failed attempts are limited per client address on their own (`failedAuthLimit`): a client
 * guessing keys, or many anonymous clients behind one proxy, are refused with 429 without
 * touching the budget of clients that hold the key, whose writes are limited only afterwards.
 */
export function requireApiKey(
  apiKey: string | undefined,
  failedAuthLimit: RateLimitOptions,
): RequestHandler {
  if (!apiKey) return (_req, _res, next) => next();
  const expected = digest(apiKey);
  const limitFailure = limiter(failedAuthLimit, 'Too many requests without a valid API key');
  return (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer[ \t]+(\S.*?)[ \t]*$/i.exec(req.get('authorization') ?? '');
    const presented = match?.[1];
    if (presented && timingSafeEqual(digest(presented), expected)) return next();
    // Counted as a failure; past the limit the limiter answers 429 itself.
    void limitFailure(req, res, () => next(unauthorized(presented !== undefined)));
  };
}

function unauthorized(presented: boolean): HttpProblem {
  return presented
    ? new HttpProblem(401, 'unauthorized', 'The API key is not valid', undefined, {
        'WWW-Authenticate': 'Bearer realm="sourcetrace", error="invalid_token"',
      })
    : new HttpProblem(
        401,
        'unauthorized',
        'This request needs an Authorization: Bearer <API key> header',
        undefined,
        { 'WWW-Authenticate': 'Bearer realm="sourcetrace"' },
      );
}

function limiter(options: RateLimitOptions, what: string): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      sendProblem(
        res,
        429,
        'rate-limited',
        `${what}: at most ${options.limit} per ${options.windowMs / 1000} s`,
      );
    },
  });
}

/** Writes per client address; runs after the key check, so only key holders count. */
export function writeRateLimit(options: RateLimitOptions): RequestHandler {
  return limiter(options, 'Too many writes');
}

/** helmet's defaults, with the CSP the web viewer works under: no inline script or style. */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
} satisfies HelmetOptions;

/**
 * The headers helmet sets with this configuration, found by running it once against a
 * recording response. The configuration has no per-request parts (no nonces), so every
 * response gets the same set.
 */
function helmetHeaders(): [name: string, value: string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let outcome: { error?: unknown } | undefined;
  helmet(HELMET_OPTIONS)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => void (outcome = { error }),
  );
  if (!outcome || outcome.error)
    throw new Error('helmet did not finish', { cause: outcome?.error });
  return headers;
}

/**
 * Security headers (helmet's, see helmetHeaders), set in one step: helmet itself runs a
 * chain of a dozen middleware per request to set the same fixed values.
 */
export function securityHeaders(): RequestHandler {
  const headers = helmetHeaders();
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** Bodies must be JSON: anything else is 415, a missing body 400. */
export function requireJsonBody(req: Request, _res: Response, next: NextFunction): void {
  const type = req.is('application/json');
  if (type === null || req.get('content-length') === '0')
    throw new HttpProblem(400, 'body-required', 'This request needs a JSON body');
  if (type === false) {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      `Send the body as application/json, not ${req.get('content-type') ?? 'no type'}`,
    );
  }
  next();
}

/**
 * A body whose Content-Length is over the limit is refused at once, before a byte of it is
 * read (the JSON parser would read and discard all of it first), and the connection is closed
 * so the rest is never received.
 */
export function refuseOversizedBody(limitBytes: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.get('content-length'));
    if (!(declared > limitBytes)) return next();
    res.set('Connection', 'close');
    sendProblem(
      res,
      413,
      'body-too-large',
      `The request body is ${declared} bytes; this server accepts at most ${limitBytes}`,
    );
  };
}
