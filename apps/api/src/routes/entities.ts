import {
  CorpusEntity,
  EntityQuery,
  QuoteQuery,
  QuoteRecord,
  RelatedEntity,
  RelatedQuery,
  pageOf,
} from '@sourcetrace/article-model';
import { EntityProfile, Problem } from '@sourcetrace/api-client';
import { notFound } from '../http/problem.js';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';
import { IdParams } from './params.js';

const problem = (description: string) => ({ description, schema: Problem });

/** The quotes of one speaker: the quote filters, with the speaker taken from the path. */
const SpeakerQuoteQuery = QuoteQuery.omit({ speaker: true });

export function entityRoutes({ store, reads }: RouteContext): Route[] {
  const listEntities = (query: EntityQuery) => store.listEntities(query);
  const requireEntity = async (id: string) => {
    const entity = await store.getEntity(id);
    if (!entity) throw notFound(`Entity ${id}`);
    return entity;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/v1/entities',
      operationId: 'listEntities',
      summary: 'People, organisations, places and outlets across the corpus',
      tag: 'entities',
      query: EntityQuery,
      responses: {
        200: { description: 'A page of corpus entities', schema: pageOf(CorpusEntity) },
        400: problem('Invalid query or cursor'),
      },
      handle: ({ query }, res) => reads.send(res, 'entities', query, listEntities),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/entities/:id',
      operationId: 'getEntity',
      summary: 'An entity with its descriptors and counts, and the first page of its articles',
      tag: 'entities',
      params: IdParams,
      responses: {
        200: { description: 'The entity profile', schema: EntityProfile },
        404: problem('No such entity'),
      },
      handle: async ({ params }, res) => {
        const entity = await requireEntity(params.id);
        const articles = await store.listArticles({ entity: entity.id, limit: 20 });
        res.json({ entity, articles } satisfies EntityProfile);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/entities/:id/quotes',
      operationId: 'listEntityQuotes',
      summary: 'What this entity said',
      tag: 'entities',
      params: IdParams,
      query: SpeakerQuoteQuery,
      responses: {
        200: { description: 'A page of quotes', schema: pageOf(QuoteRecord) },
        400: problem('Invalid query or cursor'),
        404: problem('No such entity'),
      },
      handle: async ({ params, query }, res) => {
        const entity = await requireEntity(params.id);
        res.json(await store.listQuotes({ ...query, speaker: entity.id }));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/entities/:id/related',
      operationId: 'relatedEntities',
      summary: 'Entities that appear in the same articles, most shared articles first',
      tag: 'entities',
      params: IdParams,
      query: RelatedQuery,
      responses: {
        200: { description: 'A page of related entities', schema: pageOf(RelatedEntity) },
        400: problem('Invalid query or cursor'),
        404: problem('No such entity'),
      },
      handle: async ({ params, query }, res) => {
        const entity = await requireEntity(params.id);
        res.json(await store.relatedEntities(entity.id, query));
      },
    }),
  ];
}
