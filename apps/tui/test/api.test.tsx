import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '@sourcetrace/api-client';
import { connectToApi } from '../src/index.js';
import { renderApp, type Rendered } from './support.js';

/** A local port nothing listens on: bind one, then let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let app: Rendered | undefined;
afterEach(() => app?.unmount());

describe('reading over the API', () => {
  it('says in one sentence that no server answered, naming the address', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const failure = await connectToApi(url).then(
      () => new Error('connected'),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toContain(`no Sourcetrace server answered at ${url}`);
    expect(failure.message).toContain('sourcetrace serve');
    expect(failure.message).not.toContain('\n    at ');
  });

  it('refuses an address that is not an http(s) URL', async () => {
    await expect(connectToApi('ftp://example.org')).rejects.toThrow('--api needs an http(s) URL');
  });

  it('shows a message, not a crash, when the server goes away while browsing', async () => {
    const client = createClient({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    app = renderApp(client);
    const frame = await app.waitFor(
      (f) => f.includes('Could not load the articles'),
      'the error message',
    );
    expect(frame).not.toMatch(/\bat .*\.ts:\d+/);
    expect(frame).toContain('q quit');
  });
});
