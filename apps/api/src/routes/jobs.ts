import { JobsQuery, JobsReport } from '@sourcetrace/article-model';
import { Problem } from '@sourcetrace/api-client';
import { HttpProblem } from '../http/problem.js';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';

export function jobRoutes({ jobs, store }: RouteContext): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/jobs',
      operationId: 'jobs',
      summary:
        'The ingest job queue (PostgreSQL deployments): jobs by state, and the latest failures with their reasons',
      tag: 'operations',
      key: true,
      query: JobsQuery,
      responses: {
        200: { description: 'Job counts and failures', schema: JobsReport },
        400: { description: 'Invalid query', schema: Problem },
        401: { description: 'Missing or wrong API key (when the server has one)', schema: Problem },
        404: { description: 'This server has no job queue (its store is SQLite)', schema: Problem },
      },
      handle: async ({ query }, res) => {
        if (!jobs) {
          throw new HttpProblem(
            404,
            'no-queue',
            `This server's store is ${store.kind === 'sqlite' ? 'SQLite' : store.kind}, which has no job queue: queues need PostgreSQL (sourcetrace ingest --queue, sourcetrace worker)`,
          );
        }
        res.set('Cache-Control', 'no-store').json(await jobs.report(query.failures));
      },
    }),
  ];
}
