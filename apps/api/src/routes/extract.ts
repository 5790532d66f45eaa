import { Article } from '@sourcetrace/article-model';
import { ExtractRequest, Problem } from '@sourcetrace/api-client';
import { extract } from '@sourcetrace/extract';
import { defineRoute, type Route } from '../http/route.js';

export function extractRoutes(): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/extract',
      operationId: 'extract',
      summary: 'Find the entities, quotes and claims in text or HTML; nothing is stored',
      tag: 'articles',
      body: ExtractRequest,
      responses: {
        200: { description: 'The article', schema: Article },
        400: { description: 'Invalid body', schema: Problem },
        413: { description: 'Body too large', schema: Problem },
        415: { description: 'Body is not JSON', schema: Problem },
      },
      handle: ({ body }, res) => {
        res.json(extract(body));
      },
    }),
  ];
}
