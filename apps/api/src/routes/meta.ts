import { Health, Problem, Readiness } from '@sourcetrace/api-client';
import { HttpProblem } from '../http/problem.js';
import { defineRoute, type Route } from '../http/route.js';
import type { RouteContext } from './context.js';

const READY_TIMEOUT_MS = 2_000;

export function healthRoutes({ store, logger }: RouteContext): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'health',
      summary: 'The process is up',
      tag: 'health',
      responses: { 200: { description: 'Up', schema: Health } },
      handle: (_input, res) => {
        res.set('Cache-Control', 'no-store').json({ status: 'ok' } satisfies Health);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'ready',
      summary: 'The store answers',
      tag: 'health',
      responses: {
        200: { description: 'Ready', schema: Readiness },
        503: { description: 'The store does not answer', schema: Problem },
      },
      handle: async (_input, res) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)),
            READY_TIMEOUT_MS,
          );
        });
        try {
          const articles = await Promise.race([store.countArticles(), timeout]);
          res
            .set('Cache-Control', 'no-store')
            .json({ status: 'ready', store: store.kind, articles } satisfies Readiness);
        } catch (error) {
          logger.warn({ err: error }, 'readiness check failed');
          throw new HttpProblem(503, 'not-ready', 'The store does not answer');
        } finally {
          clearTimeout(timer);
        }
      },
    }),
  ];
}
