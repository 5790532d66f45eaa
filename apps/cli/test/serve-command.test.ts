import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-serve-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sourcetrace serve', () => {
  it('loads the samples into an empty store, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@sourcetrace/source',
        '--import',
        'tsx',
        MAIN,
        'serve',
        '--db',
        join(dir, 'corpus.db'),
        '--port',
        '0',
        '--load-samples',
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: '', SOURCETRACE_API_KEY: '', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = /Sourcetrace is serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
    });
    try {
      const ready = (await (await fetch(`${url}/readyz`)).json()) as {
        status: string;
        articles: number;
      };
      expect(ready.status).toBe('ready');
      expect(ready.articles).toBeGreaterThan(0);
      expect(stderr).toMatch(/Loaded \d+ sample articles/);
      const quotes = (await (await fetch(`${url}/v1/quotes?limit=1`)).json()) as {
        items: unknown[];
      };
      expect(quotes.items).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('rejects a port that is not one', async () => {
    const result = await runCli(['serve', '--port', '70000', '--db', join(dir, 'other.db')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/port number/);
  });
});
