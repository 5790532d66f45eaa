import { Article } from '@sourcetrace/article-model';
import { ExtractRequest, Problem } from '@sourcetrace/api-client';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';

export function extractRoutes(ctx: RouteContext): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/extract',
      operationId: 'extract',
      summary: 'Find the entities, quotes and claims in text or HTML; nothing is stored',
      tag: 'articles',
      extracts: true,
      body: ExtractRequest,
      responses: {
        200: { description: 'The article', schema: Article },
        400: { description: 'Invalid body', schema: Problem },
        413: { description: 'Body too large', schema: Problem },
        415: { description: 'Body is not JSON', schema: Problem },
        422: { description: 'Extraction ran past its time limit', schema: Problem },
        429: {
          description: 'Every extraction thread is busy and the queue is full',
          schema: Problem,
          headers: { 'Retry-After': 'Seconds to wait before trying again' },
        },
      },
      handle: async ({ body }, res) => {
        res.type('application/json').send(await ctx.extractor.extractJson(body));
      },
    }),
  ];
}
