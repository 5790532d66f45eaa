import { Statement, StatementQuery, StatementSummary, pageOf } from '@sourcetrace/article-model';
import { Problem } from '@sourcetrace/api-client';
import { notFound } from '../http/problem.js';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';
import { IdParams } from './params.js';

const problem = (description: string) => ({ description, schema: Problem });

/** Statements: the same quoted words across articles, who first reported them, how they changed. */
export function statementRoutes({ store, reads }: RouteContext): Route[] {
  const listStatements = (query: StatementQuery) => store.listStatements(query);
  return [
    defineRoute({
      method: 'get',
      path: '/v1/statements',
      operationId: 'listStatements',
      summary:
        'Statements carried across the corpus, by speaker, outlet, words, flag or number of outlets',
      tag: 'statements',
      query: StatementQuery,
      responses: {
        200: { description: 'A page of statements', schema: pageOf(StatementSummary) },
        400: problem('Invalid query or cursor'),
      },
      handle: ({ query }, res) => reads.send(res, 'statements', query, listStatements),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/statements/:id',
      operationId: 'getStatement',
      summary:
        'A statement: its canonical wording, every occurrence earliest first, and each variant with its changed words',
      tag: 'statements',
      params: IdParams,
      responses: {
        200: { description: 'The statement', schema: Statement },
        400: problem('Invalid id'),
        404: problem('No such statement'),
      },
      handle: async ({ params }, res) => {
        const statement = await store.getStatement(params.id);
        if (!statement) throw notFound(`Statement ${params.id}`);
        res.json(statement);
      },
    }),
  ];
}
