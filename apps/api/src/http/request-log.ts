import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { pino, type Logger } from 'pino';

/** Health probes arrive every few seconds and say nothing about use. */
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz']);

const asIs = <T>(value: T): T => value;

interface RequestFields {
  id: string;
  method: string;
  url: string;
  remoteAddress: string | undefined;
}

interface PendingLine {
  log: Logger;
  req: RequestFields;
  start: number;
  /** False for health probes: only a response error is logged for them. */
  logSuccess: boolean;
}

const PENDING = Symbol('pending request log line');
type Locals = Record<typeof PENDING, PendingLine | undefined>;

/**
 * One structured line per request once its response is done: id, method, URL, client
 * address, status, time. Headers stay out: they may carry the API key. Every request gets an
 * X-Request-Id to match a complaint with its line. The line's state waits in res.locals and
 * the listeners are shared: a request costs no logger or closures of its own, and no new
 * properties on req or res, which are slow to add once Express has swapped their prototypes.
 */
export function requestLog(logger: Logger): RequestHandler {
  // The fields are built here; a parent logger's own req/res serializers must not rework them.
  const log = logger.child(
    {},
    { serializers: { req: asIs, res: asIs, err: pino.stdSerializers.err } },
  );
  return function logRequest(req, res, next) {
    const id = randomUUID();
    res.setHeader('X-Request-Id', id);
    const logSuccess = !UNLOGGED_PATHS.has(req.url);
    (res.locals as Locals)[PENDING] = {
      log,
      req: {
        id,
        method: req.method,
        url: req.originalUrl,
        remoteAddress: req.socket.remoteAddress,
      },
      start: Date.now(),
      logSuccess,
    };
    // 'close' follows 'finish', and also comes when the client goes away first.
    if (logSuccess) res.on('close', onClose);
    res.on('error', onError);
    next();
  };
}

function onClose(this: Response): void {
  writeLine(this);
}

function onError(this: Response, error: Error): void {
  writeLine(this, error);
}

function writeLine(res: Response, error?: Error): void {
  const locals = res.locals as Locals;
  const pending = locals[PENDING];
  if (!pending) return;
  locals[PENDING] = undefined;
  const { log, req, start, logSuccess } = pending;
  const responseTime = Date.now() - start;
  const status = { statusCode: res.statusCode };
  const failure =
    error ??
    (res.statusCode >= 500 ? new Error(`failed with status code ${res.statusCode}`) : null);
  if (failure) {
    log.error({ req, res: status, err: failure, responseTime }, 'request errored');
  } else if (logSuccess) {
    const completed = !res.req.readableAborted && res.writableEnded;
    log.info(
      { req, res: status, responseTime },
      completed ? 'request completed' : 'request aborted',
    );
  }
}
