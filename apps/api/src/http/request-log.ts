import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

type LoggedRequest = IncomingMessage & { id?: unknown; originalUrl?: string };

/**
 * One structured line per request: id, method, URL, client address, status, time. Headers
 * stay out: they may carry the API key.
 */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    // Health probes arrive every few seconds and say nothing about use.
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    // pino-http binds the request to a child logger on arrival; a small hand-picked object
    // keeps that cheap (the standard serializers copy every header first).
    wrapSerializers: false,
    serializers: {
      req: (req: LoggedRequest) => ({
        id: req.id,
        method: req.method,
        url: req.originalUrl ?? req.url,
        remoteAddress: req.socket?.remoteAddress,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  }) as RequestHandler;
}
