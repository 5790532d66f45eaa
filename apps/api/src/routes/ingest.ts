import type { ArticleInput } from '@sourcetrace/article-model';
import type { IngestRequest, IngestResult } from '@sourcetrace/api-client';
import {
  ExtractionError,
  FetchContentTypeError,
  FetchError,
  FetchInvalidUrlError,
  FetchTooLargeError,
  ingestOne,
  safeFetch,
} from '@sourcetrace/ingest';
import { DEFAULTS } from '../config.js';
import { HttpProblem } from '../http/problem.js';
import type { RouteContext } from './context.js';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Fetches a URL-only request (public addresses only, unless configured) into extractor input. */
async function fetchInput(
  ctx: RouteContext,
  request: Extract<IngestRequest, { url: string }>,
): Promise<ArticleInput> {
  const { url, ...meta } = request;
  try {
    const page = await safeFetch(url, {
      allowPrivate: ctx.config.allowPrivateFetch ?? false,
      timeoutMs: ctx.config.fetchTimeoutMs ?? DEFAULTS.fetchTimeoutMs,
      maxBytes: ctx.config.fetchMaxBytes ?? DEFAULTS.fetchMaxBytes,
    });
    if (PAGE_TYPES.has(page.contentType)) return { ...meta, html: page.body, url: page.url };
    if (page.contentType === 'text/plain') return { ...meta, text: page.body, url: page.url };
    throw new HttpProblem(
      415,
      'unreadable-page',
      `${url} is ${page.contentType}; send a page (HTML or plain text), not a feed`,
    );
  } catch (error) {
    if (error instanceof FetchError) throw fetchProblem(ctx, url, error);
    throw error;
  }
}

/**
 * What a client learns of a failed fetch. A malformed URL, a page too large and a page of the
 * wrong type say so; every other failure (an address it may not open, a name that does not
 * resolve, a refused connection, a timeout, an error status) is one and the same answer, so the
 * API cannot be used to map the server's network. The real reason goes to the log.
 */
function fetchProblem(ctx: RouteContext, url: string, error: FetchError): HttpProblem {
  if (
    error instanceof FetchInvalidUrlError ||
    error instanceof FetchTooLargeError ||
    error instanceof FetchContentTypeError
  ) {
    return new HttpProblem(error.status, 'fetch-failed', error.message);
  }
  ctx.logger.info({ url, reason: error.message }, 'fetch on behalf of a client failed');
  return new HttpProblem(
    422,
    'unreachable-url',
    'The URL could not be fetched: it is not a public http(s) address, or it did not answer with a page in time',
  );
}

export async function ingestRequest(
  ctx: RouteContext,
  request: IngestRequest,
): Promise<IngestResult> {
  const input: ArticleInput =
    'text' in request || 'html' in request ? request : await fetchInput(ctx, request);
  try {
    const { article, status } = await ingestOne(ctx.store, input, {
      extractor: (task) => ctx.extractor.extractChecked(task),
    });
    if (status === 'created') ctx.reads.clear();
    return { id: article.id, status, title: article.title };
  } catch (error) {
    if (error instanceof ExtractionError)
      throw new HttpProblem(422, 'unreadable-article', error.message);
    throw error;
  }
}
