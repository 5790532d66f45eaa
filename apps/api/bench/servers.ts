// The benchmark's servers, in their own process so the load generator does not share their
// event loop: the API over the prepared SQLite corpus, and a bare Express app that returns
// the same bytes as each measured operation (the baseline).
import { BoundedExtractor, defaultExtractThreads } from '@sourcetrace/ingest';
import { openStore } from '@sourcetrace/store';
import express from 'express';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { listen } from '../src/server/listen.js';

export interface Target {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface ServersReady {
  apiUrl: string;
  baselineUrl: string;
}

/**
 * Asked of the servers about the extraction queue: tell when it is first full ('until-full',
 * answered with QueueFull), then count how often it is full ('start') until 'stop' (answered with
 * QueueWatched).
 */
export type WatchQueue = { watchQueue: 'until-full' | 'start' | 'stop' };
export interface QueueFull {
  queueFull: true;
}
export interface QueueWatched {
  /** The share of looks (every 10 ms) that found the queue full. */
  fullShare: number;
  /** CPU time this process used meanwhile (s), the extraction thread included. */
  cpuSeconds: number;
}

const [dbFile, logFile, targetsJson] = process.argv.slice(2) as [string, string, string];
const targets = JSON.parse(targetsJson) as Target[];

const store = await openStore({ db: dbFile });
// Request logs are on, as in production, written to a file asynchronously in 4 KiB batches.
const logger = pino(
  { level: 'info' },
  pino.destination({ dest: logFile, sync: false, minLength: 4096 }),
);
// Room in the extraction queue for every benchmark connection, so the throughput run measures
// extraction rather than refusals; the flood run sends more than that on purpose.
const extractor = new BoundedExtractor({ threads: defaultExtractThreads(), maxQueue: 64 });
const api = await listen(createApp({ store, logger, extractor }));

const baseline = express();
baseline.disable('x-powered-by');
baseline.set('etag', false);
for (const [i, target] of targets.entries()) {
  const response = await fetch(api.url + target.path, {
    method: target.method,
    ...(target.body ? { body: target.body, headers: { 'Content-Type': 'application/json' } } : {}),
  });
  if (!response.ok) throw new Error(`${target.method} ${target.path} answered ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  baseline[target.method === 'GET' ? 'get' : 'post'](`/${i}`, (_req, res) => {
    res.type('application/json').send(bytes);
  });
}
const bare = await listen(baseline as express.Express);

let looking: NodeJS.Timeout | undefined;
const lookEvery10ms = (look: () => void) => {
  clearInterval(looking);
  looking = setInterval(look, 10);
};
let counted = { looks: 0, full: 0, cpu: process.cpuUsage() };
process.on('message', ({ watchQueue }: WatchQueue) => {
  if (watchQueue === 'until-full') {
    lookEvery10ms(() => {
      if (!extractor.full) return;
      clearInterval(looking);
      process.send?.({ queueFull: true } satisfies QueueFull);
    });
  } else if (watchQueue === 'start') {
    counted = { looks: 0, full: 0, cpu: process.cpuUsage() };
    lookEvery10ms(() => {
      counted.looks++;
      if (extractor.full) counted.full++;
    });
  } else {
    clearInterval(looking);
    const used = process.cpuUsage(counted.cpu);
    process.send?.({
      fullShare: counted.looks > 0 ? counted.full / counted.looks : 0,
      cpuSeconds: (used.user + used.system) / 1e6,
    } satisfies QueueWatched);
  }
});

process.send?.({ apiUrl: api.url, baselineUrl: bare.url } satisfies ServersReady);
process.on('disconnect', () => {
  clearInterval(looking);
  void Promise.all([api.close(), bare.close()])
    .then(() => extractor.destroy())
    .then(() => store.close());
});
