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
 *
 * A request that finds no room is held for up to `holdMs` first, its body unread (Node stops
 * reading once its buffer is full). If an extraction ends meanwhile, its room is kept for the
 * first request held, which goes on; otherwise the request is refused when the time is up.
 * A flooding client sends again the moment it is refused: answered at once, its connections
 * would keep the answering thread busy refusing, and reads would wait behind the refusals.
 * Held, each connection is refused a few times a second at most, and room that frees is taken
 * at once instead of when a client next sends.
 */
export function refuseWhileExtractorFull(
  extractor: BoundedExtractor,
  holdMs: number,
): RequestHandler {
  return (req, res, next) => {
    if (!extractor.full) return next();
    const refuse = () => {
      if (req.get('content-length') === undefined) res.setHeader('Connection', 'close');
      sendExtractorBusy(res, extractor.retryAfterSeconds());
    };
    if (holdMs <= 0) return refuse();
    const stopWaiting = extractor.whenRoom((release) => {
      clearTimeout(timer);
      // The room is kept for this request; one that ends without extracting (a bad body, a
      // client gone) gives it back.
      res.once('close', release);
      next();
    });
    const timer = setTimeout(() => {
      stopWaiting();
      refuse();
    }, holdMs);
    // A client that leaves meanwhile is neither served nor answered.
    res.once('close', () => {
      clearTimeout(timer);
      stopWaiting();
    });
  };
}
