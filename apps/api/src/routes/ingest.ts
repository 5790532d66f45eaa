import type { ArticleInput } from '@sourcetrace/article-model';
import type { IngestRequest, IngestResult } from '@sourcetrace/api-client';
import { ExtractionError, FetchError, ingestOne, safeFetch } from '@sourcetrace/ingest';
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
    // Each fetch failure knows its status (403 refused address, 413 too large, 504 timeout, ...).
    if (error instanceof FetchError)
      throw new HttpProblem(error.status, 'fetch-failed', error.message);
    throw error;
  }
}

export async function ingestRequest(
  ctx: RouteContext,
  request: IngestRequest,
): Promise<IngestResult> {
  const input: ArticleInput =
    'text' in request || 'html' in request ? request : await fetchInput(ctx, request);
  try {
    const { article, status } = await ingestOne(ctx.store, input);
    if (status === 'created') ctx.reads.clear();
    return { id: article.id, status, title: article.title };
  } catch (error) {
    if (error instanceof ExtractionError)
      throw new HttpProblem(422, 'unreadable-article', error.message);
    throw error;
  }
}
