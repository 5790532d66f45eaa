import type { RequestHandler } from 'express';
import type { BoundedExtractor } from '@sourcetrace/ingest';
import { sendExtractorBusy } from './problem.js';

/**
 * While every extraction thread is busy and the queue is full, a request that would extract is
 * refused with 429 from its headers alone: decoding, parsing and validating a large body only to
 * refuse it would take the thread that answers every other request. The answer is sent here,
 * not thrown to the error handler, which would cost a stack trace and a walk past every route.
 * The extractor's own check still refuses whatever finds the queue full once its body is read.
 *
 * The connection must not take the unread body for the next request. A body of known length
 * (at most the body limit: a longer one was refused with 413 before this) is read and thrown
 * away by Node, so the connection carries the client's next request; that costs far less than
 * parsing it, and less than a new connection. A body of unknown length (chunked) could go on
 * for as long as the client likes: the connection is closed after the answer instead.
 */
export function refuseWhileExtractorFull(extractor: BoundedExtractor): RequestHandler {
  return (req, res, next) => {
    if (!extractor.full) return next();
    if (req.get('content-length') === undefined) res.setHeader('Connection', 'close');
    sendExtractorBusy(res, extractor.retryAfterSeconds());
  };
}
