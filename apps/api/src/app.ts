import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { pino, type Logger } from 'pino';
import { BoundedExtractor, defaultExtractThreads } from '@sourcetrace/ingest';
import type { Store } from '@sourcetrace/store';
import { DEFAULTS, bodyLimitBytes, type ApiConfig } from './config.js';
import { ArticleCache } from './http/article-cache.js';
import { refuseWhileExtractorFull } from './http/busy.js';
import { ReadCache } from './http/read-cache.js';
import { HttpProblem, problemHandler } from './http/problem.js';
import { requestLog } from './http/request-log.js';
import { defineRoute, handleRoute, type Route } from './http/route.js';
import {
  refuseOversizedBody,
  requireApiKey,
  requireJsonBody,
  securityHeaders,
  writeRateLimit,
} from './http/security.js';
import { openApiDocument } from './openapi/document.js';
import { articleRoutes } from './routes/articles.js';
import type { JobsSource, RouteContext } from './routes/context.js';
import { jobRoutes } from './routes/jobs.js';
import { corpusRoutes } from './routes/corpus.js';
import { entityRoutes } from './routes/entities.js';
import { extractRoutes } from './routes/extract.js';
import { healthRoutes } from './routes/meta.js';
import { statementRoutes } from './routes/statements.js';
import { API_VERSION } from './version.js';

export interface AppDeps {
  store: Store;
  /** Request and error logs (default: pino at LOG_LEVEL or info, to stdout). */
  logger?: Logger;
  config?: ApiConfig;
  /** Where extraction runs (default: a BoundedExtractor from config.extraction, owned by the app). */
  extractor?: BoundedExtractor;
  /** The job queue, for GET /v1/jobs (a PostgreSQL deployment's; without one the route says there is none). */
  jobs?: JobsSource;
}

/** Every operation the API offers, the OpenAPI document included. */
export function apiRoutes(ctx: RouteContext): Route[] {
  const routes = [
    ...healthRoutes(ctx),
    ...extractRoutes(ctx),
    ...articleRoutes(ctx),
    ...entityRoutes(ctx),
    ...corpusRoutes(ctx),
    ...statementRoutes(ctx),
    ...jobRoutes(ctx),
  ];
  let document: string | undefined;
  const openapi = defineRoute({
    method: 'get',
    path: '/v1/openapi.json',
    operationId: 'openapi',
    summary: 'This document: OpenAPI 3.1, generated from the schemas the server validates with',
    tag: 'meta',
    responses: { 200: { description: 'The OpenAPI document' } },
    handle: (_input, res) => {
      document ??= JSON.stringify(
        openApiDocument(all, API_VERSION, {
          maxBodyBytes: bodyLimitBytes(ctx.config.bodyLimit ?? DEFAULTS.bodyLimit),
        }),
      );
      res.type('application/json').send(document);
    },
  });
  const all = [...routes, openapi];
  return all;
}

/** The Express app over a store; `listen`/`startServer` put it on a port. */
export function createApp(deps: AppDeps): Express {
  const config = deps.config ?? {};
  const logger = deps.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const readCacheTtlMs = config.readCacheTtlMs ?? DEFAULTS.readCacheTtlMs;
  const ctx: RouteContext = {
    store: deps.store,
    config,
    logger,
    articles: new ArticleCache(readCacheTtlMs),
    reads: new ReadCache(readCacheTtlMs),
    extractor:
      deps.extractor ??
      new BoundedExtractor({ threads: defaultExtractThreads(), ...config.extraction }),
    ...(deps.jobs ? { jobs: deps.jobs } : {}),
  };

  const app = express();
  app.disable('x-powered-by');
  // ETags are set where they pay (articles); hashing every list answer would not.
  app.set('etag', false);
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  app.use(requestLog(logger));
  app.use(securityHeaders());
  if (config.corsOrigins && config.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: config.corsOrigins,
        exposedHeaders: ['ETag', 'Location', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
      }),
    );
  }

  const routes = apiRoutes(ctx);
  const keyGuard = requireApiKey(
    config.apiKey,
    config.failedAuthRateLimit ?? DEFAULTS.failedAuthRateLimit,
  );
  const writeGuards = [keyGuard, writeRateLimit(config.writeRateLimit ?? DEFAULTS.writeRateLimit)];
  const bodyLimit = config.bodyLimit ?? DEFAULTS.bodyLimit;
  const json = express.json({ limit: bodyLimit, strict: true });
  // Everything these check is in the headers: a request they refuse has no body read.
  const headerGuards = [refuseOversizedBody(bodyLimitBytes(bodyLimit)), requireJsonBody];
  const busyGuard = refuseWhileExtractorFull(
    ctx.extractor,
    config.busyHoldMs ?? DEFAULTS.busyHoldMs,
  );
  for (const route of routes) {
    app[route.method](
      route.path,
      ...(route.write ? writeGuards : route.key ? [keyGuard] : []),
      ...(route.body ? headerGuards : []),
      ...(route.extracts ? [busyGuard] : []),
      ...(route.body ? [json] : []),
      handleRoute(route),
    );
  }
  // A known path with another method: 405 with the methods it has.
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const methods = methodsByPath.get(route.path) ?? new Set(['OPTIONS']);
    methods.add(route.method.toUpperCase());
    if (route.method === 'get') methods.add('HEAD');
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods].join(', ');
    app.all(path, (req: Request, res: Response) => {
      res.set('Allow', allow);
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
      throw new HttpProblem(
        405,
        'method-not-allowed',
        `${req.method} is not allowed here; use ${allow}`,
      );
    });
  }

  if (config.webRoot) serveWeb(app, config.webRoot, logger);
  app.use((req: Request) => {
    throw new HttpProblem(
      404,
      'not-found',
      `Nothing at ${req.method} ${req.path}; the API lives under /v1 (see /v1/openapi.json)`,
    );
  });
  app.use(problemHandler(logger));
  return app;
}

/** The built web page at `/`; deep links (no file extension) get index.html so the page can route them. */
function serveWeb(app: Express, webRoot: string, logger: Logger): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index))
    logger.warn({ webRoot }, 'the web page is not built; serving the API only');
  app.use(
    express.static(webRoot, {
      index: 'index.html',
      setHeaders: (res, path) => {
        // Vite puts content-hashed files under assets/; everything else must be revalidated.
        res.setHeader(
          'Cache-Control',
          path.includes(`${join('/', 'assets', '/')}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRoute =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !/^\/v1(\/|$)/.test(req.path) &&
      extname(req.path) === '' &&
      req.accepts('html') !== false;
    if (!isPageRoute || !existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (error) => error && next(error));
  });
}
