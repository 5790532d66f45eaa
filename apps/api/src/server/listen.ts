import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { pino, type Logger } from 'pino';
import { BoundedExtractor, defaultExtractThreads } from '@sourcetrace/ingest';
import type { Store } from '@sourcetrace/store';
import { createApp } from '../app.js';
import type { ApiConfig } from '../config.js';
import type { JobsSource } from '../routes/context.js';

export interface RunningServer {
  server: Server;
  /** http://host:port, with the port actually bound. */
  url: string;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

export interface ListenOptions {
  port?: number;
  host?: string;
  /** After this long, connections still open are cut (default 10 s). */
  shutdownTimeoutMs?: number;
  /** A request's headers must arrive within this (default 10 s), else 408. */
  headersTimeoutMs?: number;
  /** A whole request, body included, must arrive within this (default 30 s), else 408. */
  requestTimeoutMs?: number;
}

export const SERVER_TIMEOUTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 } as const;

/** Puts an app on a port. close() is graceful: in-flight requests finish, idle connections close. */
export async function listen(app: Express, options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const requestTimeout = options.requestTimeoutMs ?? SERVER_TIMEOUTS.requestTimeoutMs;
  const headersTimeout = Math.min(
    options.headersTimeoutMs ?? SERVER_TIMEOUTS.headersTimeoutMs,
    requestTimeout,
  );
  // Node waits 300 s for a slow body and checks only every 30 s; slow clients would hold
  // connections that long. The check runs at a fraction of the shorter limit instead.
  const server = createServer(
    {
      requestTimeout,
      headersTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, headersTimeout / 4)),
    },
    app,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve, reject) => {
      // Requests still arriving on open connections are told to reconnect elsewhere. Ahead of
      // the app, which may have answered by the time a later listener ran.
      server.prependListener('request', (_req, res) => res.setHeader('Connection', 'close'));
      // Keep-alive connections go idle once their answer is sent: close them as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(
        () => server.closeAllConnections(),
        options.shutdownTimeoutMs ?? 10_000,
      );
      deadline.unref();
      server.close((error) => {
        clearInterval(sweep);
        clearTimeout(deadline);
        if (error) reject(error);
        else resolve();
      });
    }));
  return { server, url: `http://${shown}:${port}`, close };
}

export interface StartOptions extends ListenOptions {
  store: Store;
  config?: ApiConfig;
  logger?: Logger;
  /** The job queue, for GET /v1/jobs. */
  jobs?: JobsSource;
  /** Shut down gracefully on SIGTERM and SIGINT, then run onShutdown (default true). */
  handleSignals?: boolean;
  /** Runs after the server has closed, e.g. to close the store. */
  onShutdown?: () => Promise<void>;
}

/** createApp + listen, with graceful shutdown on SIGTERM/SIGINT: what `sourcetrace serve` runs. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const extractor = new BoundedExtractor({
    threads: defaultExtractThreads(),
    ...options.config?.extraction,
  });
  const app = createApp({
    store: options.store,
    logger,
    extractor,
    ...(options.config ? { config: options.config } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  const running = await listen(app, options);
  let shutdown: Promise<void> | undefined;
  const close = () =>
    (shutdown ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await running.close();
      await extractor.destroy();
      await options.onShutdown?.();
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    close().then(
      () => logger.info('stopped'),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  if (options.handleSignals ?? true) {
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { ...running, close };
}
