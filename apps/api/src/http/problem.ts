import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Problem } from '@sourcetrace/api-client';
import { ExtractionTimeoutError, ExtractorBusyError } from '@sourcetrace/ingest';
import { InvalidCursorError, InvalidSearchError } from '@sourcetrace/store';
import type { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const TYPE_BASE = 'https://sourcetrace.dev/problems/';

type ProblemError = NonNullable<Problem['errors']>[number];
type Location = ProblemError['in'];

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  411: 'Length Required',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An error that becomes a problem document: throw it from any handler. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    detail: string,
    readonly errors?: ProblemError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  /** A validation failure, listing every offending path. */
  static invalid(location: Location, error: z.ZodError): HttpProblem {
    const errors = closestIssues(error.issues).map((issue) => ({
      in: location,
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    }));
    const first = errors[0];
    const where = first && first.path.length > 0 ? `${location} ${first.path.join('.')}` : location;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return new HttpProblem(
      400,
      'invalid-request',
      `Invalid ${where}: ${first?.message ?? 'invalid'}${more}`,
      errors,
    );
  }
}

/**
 * A body that matches no alternative of a union ({text} | {html} | {url}) fails as one
 * "Invalid input"; report instead what is wrong with the alternative it came closest to.
 */
function closestIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const closest = issue.errors.reduce((best, branch) =>
      branch.length < best.length ? branch : best,
    );
    return closestIssues(
      closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
    );
  });
}

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, 'not-found', `${what} not found`);
}

export function sendProblem(
  res: Response,
  status: number,
  slug: string,
  detail: string,
  errors?: ProblemError[],
): void {
  const body: Problem = {
    type: TYPE_BASE + slug,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: res.req.originalUrl.split('?')[0]?.slice(0, 512),
    ...(errors ? { errors } : {}),
  };
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** 429: every extraction thread is busy and the queue is full; come back after a while. */
export function sendExtractorBusy(res: Response, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendProblem(
    res,
    429,
    'extraction-busy',
    'Every extraction thread is busy and the queue is full; try again shortly',
  );
}

/** body-parser and router errors carry a status and a type; say what went wrong in words. */
const KNOWN_CLIENT_ERRORS: Record<string, [slug: string, detail: string]> = {
  'entity.parse.failed': ['malformed-json', 'The request body is not valid JSON'],
  'entity.too.large': ['body-too-large', 'The request body is larger than the server accepts'],
  'encoding.unsupported': ['unsupported-encoding', 'The request body encoding is not supported'],
  'charset.unsupported': [
    'unsupported-charset',
    'The request body charset is not supported (use utf-8)',
  ],
  'request.aborted': ['request-aborted', 'The request was aborted before its body arrived'],
  'request.size.invalid': [
    'body-size-mismatch',
    'The request body size does not match Content-Length',
  ],
};

interface StatusError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

function clientStatus(error: StatusError): number | null {
  const status = typeof error.status === 'number' ? error.status : error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** The one place errors become responses: problem documents, never a stack trace. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof HttpProblem) {
      if (error.headers) res.set(error.headers);
      return sendProblem(res, error.status, error.slug, error.message, error.errors);
    }
    if (error instanceof InvalidCursorError) {
      return sendProblem(res, 400, 'invalid-cursor', error.message, [
        { in: 'query', path: ['cursor'], message: error.message },
      ]);
    }
    if (error instanceof InvalidSearchError) {
      return sendProblem(res, 400, 'invalid-search', error.message, [
        { in: 'query', path: ['q'], message: error.message },
      ]);
    }
    if (error instanceof ExtractorBusyError) return sendExtractorBusy(res, error.retryAfterSeconds);
    if (error instanceof ExtractionTimeoutError) {
      return sendProblem(
        res,
        422,
        'extraction-timeout',
        `${error.message}; send a shorter or plainer text`,
      );
    }
    const statusError = (typeof error === 'object' && error !== null ? error : {}) as StatusError;
    const status = clientStatus(statusError);
    if (status !== null) {
      const known =
        typeof statusError.type === 'string' ? KNOWN_CLIENT_ERRORS[statusError.type] : undefined;
      if (known) return sendProblem(res, status, known[0], known[1]);
      if (error instanceof URIError || status === 400) {
        return sendProblem(
          res,
          400,
          'malformed-request',
          'The request could not be read (check its URL encoding)',
        );
      }
      const message =
        statusError.expose === true && typeof statusError.message === 'string'
          ? statusError.message
          : '';
      return sendProblem(res, status, 'client-error', message || TITLES[status] || 'Client error');
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    sendProblem(
      res,
      500,
      'internal-error',
      'The server failed to answer this request; the failure was logged',
    );
  };
}
