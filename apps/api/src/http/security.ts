import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet, { type HelmetOptions } from 'helmet';
import { HttpProblem, sendProblem } from './problem.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Writes need `Authorization: Bearer <key>` when a key is configured. Both sides are hashed
 * first so timingSafeEqual compares equal lengths and the key's length does not leak.
 */
export function requireApiKey(apiKey: string | undefined): RequestHandler {
  if (!apiKey) return (_req, _res, next) => next();
  const expected = digest(apiKey);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="sourcetrace"' };
  return (req: Request, _res: Response, next: NextFunction) => {
    const match = /^Bearer[ \t]+(\S.*?)[ \t]*$/i.exec(req.get('authorization') ?? '');
    if (!match?.[1]) {
      throw new HttpProblem(
        401,
        'unauthorized',
        'This write needs an Authorization: Bearer <API key> header',
        undefined,
        challenge,
      );
    }
    if (!timingSafeEqual(digest(match[1]), expected)) {
      throw new HttpProblem(401, 'unauthorized', 'The API key is not valid', undefined, {
        'WWW-Authenticate': 'Bearer realm="sourcetrace", error="invalid_token"',
      });
    }
    next();
  };
}

export function writeRateLimit(options: { windowMs: number; limit: number }): RequestHandler {
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
        `Too many writes: at most ${options.limit} per ${options.windowMs / 1000} s`,
      );
    },
  });
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
