// The benchmark's servers, in their own process so the load generator does not share their
// event loop: the API over the prepared SQLite corpus, and a bare Express app that returns
// the same bytes as each measured operation (the baseline).
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
const api = await listen(createApp({ store, logger, config: { extraction: { maxQueue: 64 } } }));

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

process.send?.({ apiUrl: api.url, baselineUrl: bare.url } satisfies ServersReady);
process.on('disconnect', () => {
  void Promise.all([api.close(), bare.close()]).then(() => store.close());
});
