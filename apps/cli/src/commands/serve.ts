import { InvalidArgumentError, type Command } from 'commander';
import { basename } from 'node:path';
import { listSamples } from '@sourcetrace/extract';
import { ingestItems, type SourceItem } from '@sourcetrace/ingest';
import type { Store } from '@sourcetrace/store';
import { webRoot } from '@sourcetrace/web';
import { openQueueFromFlags } from '../lib/queue.js';
import { addStoreOptions, openStoreFromFlags, type StoreFlags } from '../lib/store.js';

interface ServeFlags extends StoreFlags {
  port?: number;
  host: string;
  loadSamples?: boolean;
}

const DEFAULT_PORT = 8080;

/** A TCP port; 0 lets the system pick a free one. */
function port(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 65535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return number;
}

function portFromEnv(env: NodeJS.ProcessEnv): number {
  if (!env.PORT) return DEFAULT_PORT;
  try {
    return port(env.PORT);
  } catch {
    throw new Error(`PORT must be a port number from 0 to 65535, not "${env.PORT}"`);
  }
}

/** Loads the invented sample articles into an empty store, so a first run has something to show. */
async function loadSamples(store: Store): Promise<void> {
  if ((await store.countArticles()) > 0) return;
  const items = listSamples().map((sample): SourceItem => ({
    kind: 'input',
    label: basename(sample.file),
    input: sample.input,
  }));
  const summary = await ingestItems(store, items);
  process.stderr.write(
    `Loaded ${summary.ingested} sample articles${summary.failed.length ? ` (${summary.failed.length} failed)` : ''}\n`,
  );
}

export function registerServe(program: Command): void {
  addStoreOptions(
    program
      .command('serve')
      .description('Serve the HTTP API (under /v1) and the web page (at /)')
      .option('--port <n>', `port to listen on (default: $PORT or ${DEFAULT_PORT})`, port)
      .option('--host <address>', 'address to bind', '127.0.0.1')
      .option('--load-samples', 'when the store is empty, load the invented sample articles first'),
  ).action(async (flags: ServeFlags) => {
    // Loaded here, not at the top: every other command starts without the server's modules.
    const { configFromEnv, startServer } = await import('@sourcetrace/api');
    const config = { ...configFromEnv(), webRoot };
    const listenPort = flags.port ?? portFromEnv(process.env);
    const store = await openStoreFromFlags(flags);
    // Beside PostgreSQL, the job queue the workers share, for GET /v1/jobs (one connection).
    const jobs =
      store.kind === 'postgres'
        ? await openQueueFromFlags(flags, 'serve', { maxConnections: 1 }).catch(
            async (error: unknown) => {
              await store.close();
              throw error;
            },
          )
        : undefined;
    const close = async () => {
      await jobs?.close();
      await store.close();
    };
    try {
      if (flags.loadSamples) await loadSamples(store);
      const running = await startServer({
        store,
        config,
        port: listenPort,
        host: flags.host,
        ...(jobs ? { jobs } : {}),
        onShutdown: close,
      });
      process.stdout.write(`Sourcetrace is serving ${running.url}\n`);
    } catch (error) {
      await close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(
          `port ${listenPort} on ${flags.host} is already in use; choose another with --port`,
        );
      }
      throw error;
    }
  });
}
