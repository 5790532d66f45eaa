import type { Request, Response } from 'express';
import { z } from 'zod';
import { HttpProblem } from './problem.js';

export interface ResponseSpec {
  description: string;
  /** The body's schema; absent for empty answers (204, 304). */
  schema?: z.ZodType;
  /** Response headers worth documenting, by name, with a description. */
  headers?: Record<string, string>;
}

/** What a handler receives: the request's query, path parameters and body, each parsed once. */
export interface RouteInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
}

/**
 * One HTTP operation, described once: the app registers it from this and the OpenAPI
 * document is generated from the same schemas, so the two cannot drift.
 */
export interface Route {
  method: 'get' | 'post' | 'delete';
  /** Express path syntax (/v1/articles/:id). */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Writes need the API key (when one is configured) and are rate limited. */
  write: boolean;
  /** Reads about how the service runs (the job queue) need the API key too, when one is configured. */
  key: boolean;
  /** Runs the extractor: refused from its headers alone while the extraction queue is full. */
  extracts: boolean;
  query: z.ZodType;
  params: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, ResponseSpec>;
  handle: (input: RouteInput<unknown, unknown, unknown>, res: Response, req: Request) => unknown;
}

/** Routes without parameters still reject unknown ones. */
const NONE = z.object({}).strict();

interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: Route['method'];
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  write?: boolean;
  key?: boolean;
  extracts?: boolean;
  query?: Q;
  params?: P;
  body?: B;
  responses: Record<number, ResponseSpec>;
  handle: (
    input: RouteInput<z.output<Q>, z.output<P>, z.output<B>>,
    res: Response,
    req: Request,
  ) => unknown;
}

export function defineRoute<
  Q extends z.ZodType = typeof NONE,
  P extends z.ZodType = typeof NONE,
  B extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<Q, P, B>): Route {
  return {
    ...spec,
    write: spec.write ?? false,
    key: spec.key ?? spec.write ?? false,
    extracts: spec.extracts ?? false,
    query: spec.query ?? NONE,
    params: spec.params ?? NONE,
    handle: spec.handle as Route['handle'],
  };
}

/**
 * The first query or path parameter holding a NUL character. No stored value holds one (the
 * store refuses them), and PostgreSQL cannot compare text with one, so such a parameter is
 * refused here, the same way whichever engine is behind.
 */
function nulParameter(values: unknown): string | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  return Object.entries(values).find(([, value]) =>
    (Array.isArray(value) ? value : [value]).some(
      (item) => typeof item === 'string' && item.includes('\0'),
    ),
  )?.[0];
}

function refuseNul(values: unknown, location: 'query' | 'path'): void {
  const name = nulParameter(values);
  if (name === undefined) return;
  const message = 'must not contain a NUL character (%00)';
  throw new HttpProblem(400, 'invalid-request', `Invalid ${location} ${name}: ${message}`, [
    { in: location, path: [name], message },
  ]);
}

function parse(schema: z.ZodType, value: unknown, location: 'query' | 'path' | 'body'): unknown {
  const result = schema.safeParse(value);
  if (!result.success) throw HttpProblem.invalid(location, result.error);
  return result.data;
}

/**
 * Validates query, path and body against the route's schemas, then runs its handler. One
 * function, not a function per step, and no await of its own: a handler that answers at once
 * (a cached read) costs no extra router step or promise.
 */
export function handleRoute(route: Route) {
  return (req: Request, res: Response): unknown => {
    refuseNul(req.query, 'query');
    refuseNul(req.params, 'path');
    const input: RouteInput<unknown, unknown, unknown> = {
      query: parse(route.query, req.query, 'query'),
      params: parse(route.params, req.params, 'path'),
      body: route.body ? parse(route.body, req.body, 'body') : undefined,
    };
    // Express 5 passes a rejected promise (or a throw) on to the error handler.
    return route.handle(input, res, req);
  };
}
