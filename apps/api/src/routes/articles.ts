import {
  Article,
  ArticleQuery,
  ArticleSummary,
  CorpusEntity,
  pageOf,
} from '@sourcetrace/article-model';
import { IngestRequest, IngestResult, Problem } from '@sourcetrace/api-client';
import type { Request, Response } from 'express';
import type { CachedArticle } from '../http/article-cache.js';
import { notFound } from '../http/problem.js';
import { sendJson } from '../http/send-json.js';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';
import { ingestRequest } from './ingest.js';
import { ArticleEntityParams, IdParams } from './params.js';

const problem = (description: string) => ({ description, schema: Problem });

/** The article's bytes with their validator; 304 when the client holds them already. */
function sendArticle(entry: CachedArticle, req: Request, res: Response): void {
  res.setHeader('ETag', entry.etag);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  sendJson(res, entry.body);
}

export function articleRoutes(ctx: RouteContext): Route[] {
  const { store, articles, reads } = ctx;
  const listArticles = (query: ArticleQuery) => store.listArticles(query);
  return [
    defineRoute({
      method: 'get',
      path: '/v1/articles',
      operationId: 'listArticles',
      summary: 'Articles, newest first, filtered by text, publisher, date range or entity',
      tag: 'articles',
      query: ArticleQuery,
      responses: {
        200: { description: 'A page of article summaries', schema: pageOf(ArticleSummary) },
        400: problem('Invalid query or cursor'),
      },
      handle: ({ query }, res) => reads.send(res, 'articles', query, listArticles),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/articles/:id',
      operationId: 'getArticle',
      summary: 'One article with everything found in it',
      tag: 'articles',
      params: IdParams,
      responses: {
        200: {
          description: 'The article',
          schema: Article,
          headers: { ETag: 'Validator for If-None-Match' },
        },
        304: { description: 'Not modified since the ETag in If-None-Match' },
        404: problem('No such article'),
      },
      handle: ({ params }, res, req) => {
        const cached = articles.trusted(params.id);
        if (cached) return sendArticle(cached, req, res);
        return articles.read(params.id, store).then((entry) => {
          if (!entry) throw notFound(`Article ${params.id}`);
          sendArticle(entry, req, res);
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/articles',
      operationId: 'ingestArticle',
      summary: 'Read and store an article given as text, HTML or a URL to fetch',
      tag: 'articles',
      write: true,
      extracts: true,
      body: IngestRequest,
      responses: {
        201: {
          description: 'Stored',
          schema: IngestResult,
          headers: { Location: 'The stored article' },
        },
        200: {
          description: 'Already stored (same content)',
          schema: IngestResult,
          headers: { Location: 'The stored article' },
        },
        400: problem('Invalid body, or a URL that cannot be fetched'),
        401: problem('Missing or wrong API key'),
        413: problem('Body or fetched page too large'),
        415: problem('Not JSON, or the fetched page is not readable text'),
        429: {
          ...problem('Too many writes, or every extraction thread is busy and the queue is full'),
          headers: { 'Retry-After': 'Seconds to wait before trying again' },
        },
        422: problem(
          'The URL could not be fetched (one answer for any address refused or unreachable), or no article could be read from the input',
        ),
      },
      handle: async ({ body }, res) => {
        const result = await ingestRequest(ctx, body);
        res
          .status(result.status === 'created' ? 201 : 200)
          .location(`/v1/articles/${encodeURIComponent(result.id)}`)
          .json(result);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/v1/articles/:id',
      operationId: 'deleteArticle',
      summary: 'Remove an article and whatever was only its',
      tag: 'articles',
      write: true,
      params: IdParams,
      responses: {
        204: { description: 'Deleted' },
        401: problem('Missing or wrong API key'),
        404: problem('No such article'),
        429: {
          ...problem('Too many writes, or every extraction thread is busy and the queue is full'),
          headers: { 'Retry-After': 'Seconds to wait before trying again' },
        },
      },
      handle: async ({ params }, res) => {
        const deleted = await store.deleteArticle(params.id);
        articles.delete(params.id);
        reads.clear();
        if (!deleted) throw notFound(`Article ${params.id}`);
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/articles/:id/entities/:entityId/corpus',
      operationId: 'corpusEntityFor',
      summary: 'The corpus entity an entity of this article was folded into',
      tag: 'entities',
      params: ArticleEntityParams,
      responses: {
        200: { description: 'The corpus entity', schema: CorpusEntity },
        404: problem('No such article or entity'),
      },
      handle: async ({ params }, res) => {
        const entity = await store.corpusEntityFor(params.id, params.entityId);
        if (!entity) throw notFound(`Entity ${params.entityId} of article ${params.id}`);
        res.json(entity);
      },
    }),
  ];
}
