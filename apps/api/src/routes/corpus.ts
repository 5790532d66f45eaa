import {
  ClaimQuery,
  ClaimRecord,
  CorpusStats,
  QuoteQuery,
  QuoteRecord,
  pageOf,
} from '@sourcetrace/article-model';
import { Problem } from '@sourcetrace/api-client';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';

const invalid = { description: 'Invalid query or cursor', schema: Problem };

export function corpusRoutes({ store, reads }: RouteContext): Route[] {
  const listQuotes = (query: QuoteQuery) => store.listQuotes(query);
  const listClaims = (query: ClaimQuery) => store.listClaims(query);
  const stats = () => store.stats();
  return [
    defineRoute({
      method: 'get',
      path: '/v1/quotes',
      operationId: 'listQuotes',
      summary: 'Quotes across the corpus, by speaker, channel, kind, text or article',
      tag: 'corpus',
      query: QuoteQuery,
      responses: {
        200: { description: 'A page of quotes', schema: pageOf(QuoteRecord) },
        400: invalid,
      },
      handle: ({ query }, res) => reads.send(res, 'quotes', query, listQuotes),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/claims',
      operationId: 'listClaims',
      summary: 'Claims across the corpus, by source, hedge, anonymity, text or article',
      tag: 'corpus',
      query: ClaimQuery,
      responses: {
        200: { description: 'A page of claims', schema: pageOf(ClaimRecord) },
        400: invalid,
      },
      handle: ({ query }, res) => reads.send(res, 'claims', query, listClaims),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/stats',
      operationId: 'stats',
      summary: 'Corpus totals and the most quoted speakers, outlets and sources',
      tag: 'corpus',
      responses: { 200: { description: 'Corpus statistics', schema: CorpusStats }, 400: invalid },
      handle: ({ query }, res) => reads.send(res, 'stats', query, stats),
    }),
  ];
}
