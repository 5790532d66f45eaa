import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FetchContentTypeError,
  FetchHttpError,
  FetchRefusedError,
  FetchTimeoutError,
  FetchTooLargeError,
  isPublicAddress,
  safeFetch,
  type Resolver,
} from '../src/index.js';
import { redirect, send, startServer } from './local-server.js';

// Tests can only reach loopback. A "public" host is simulated by a resolver that maps a made-up
// name to 127.0.0.1 together with an address policy that treats exactly 127.0.0.1 as public;
// every other private address stays refused, so the checks on resolved and redirected
// addresses run exactly as they would on the internet.
const onlyLoopbackIsPublic = (address: string) =>
  address === '127.0.0.1' || isPublicAddress(address);

let server: Awaited<ReturnType<typeof startServer>>;
const hostsSeen: string[] = [];

beforeAll(async () => {
  server = await startServer({
    '/page': send(
      'text/html; charset=utf-8',
      '<html><body><p>Invented page — café</p></body></html>',
    ),
    '/latin1': send('text/plain; charset=iso-8859-1', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
    '/meta-charset': send(
      'text/html',
      Buffer.concat([
        Buffer.from('<meta charset="iso-8859-5"><p>'),
        Buffer.from([0xb0, 0xb1]),
        Buffer.from('</p>'),
      ]),
    ),
    '/gzip': send('text/html', gzipSync('<p>squeezed</p>'), { 'content-encoding': 'gzip' }),
    '/host': (req, res) => {
      hostsSeen.push(req.headers.host ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    },
    '/image': send('image/png', Buffer.alloc(10)),
    '/untyped': (_req, res) => res.writeHead(200).end('??'),
    '/big': send('text/plain', 'x'.repeat(50_000)),
    '/big-stream': (_req, res) => {
      // No content-length: the limit must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'y'.repeat(8_192);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    '/bomb': send('text/html', gzipSync('z'.repeat(200_000)), { 'content-encoding': 'gzip' }),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('start');
      setTimeout(() => res.end('late'), 2_000).unref();
    },
    '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('gone'),
    '/to-page': redirect('/page'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-private-name': redirect('http://intranet.invalid/'),
    '/to-file': redirect('file:///etc/passwd'),
    '/loop': redirect('/loop'),
  });
});
afterAll(() => server.close());

describe('safeFetch, default policy', () => {
  it('refuses loopback', async () => {
    await expect(safeFetch(`${server.url}/page`)).rejects.toBeInstanceOf(FetchRefusedError);
    await expect(safeFetch(`http://[::1]:${server.port}/page`)).rejects.toBeInstanceOf(
      FetchRefusedError,
    );
  });

  it('refuses a name that resolves to a private address, after resolving it', async () => {
    const resolve: Resolver = async () => [{ address: '10.20.30.40', family: 4 }];
    const error = await safeFetch('http://news.invalid/story', { resolve }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error).toMatchObject({ address: '10.20.30.40', status: 403 });
    // The message names the host, never the internal address.
    expect((error as Error).message).toBe('news.invalid resolves to a private or reserved address');
  });

  it('refuses a name when any of its addresses is private', async () => {
    const resolve: Resolver = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: 'fd12::1', family: 6 },
    ];
    await expect(safeFetch('http://mixed.invalid/', { resolve })).rejects.toBeInstanceOf(
      FetchRefusedError,
    );
  });

  it('refuses other schemes and says why', async () => {
    await expect(safeFetch('file:///etc/passwd')).rejects.toBeInstanceOf(FetchRefusedError);
    await expect(safeFetch('not a url')).rejects.toThrow(/not a URL/);
  });
});

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd00::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    // IPv4-compatible, NAT64 and 6to4 forms of internal IPv4 addresses, and Teredo.
    '::7f00:1',
    '::127.0.0.1',
    '::a00:1',
    '64:ff9b::7f00:1',
    '64:ff9b::10.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    '2002:a00:1::1',
    '2002:c0a8:101::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    'not-an-ip',
  ])('%s is not public', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('%s is public', (address) => expect(isPublicAddress(address)).toBe(true));
});

describe('safeFetch, a simulated public host', () => {
  const resolveToLoopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
  const asPublic = { resolve: resolveToLoopback, isAllowedAddress: onlyLoopbackIsPublic };

  it('connects to the checked address and keeps the host name', async () => {
    const page = await safeFetch(`http://news.invalid:${server.port}/host`, asPublic);
    expect(page.body).toBe('ok');
    expect(hostsSeen.at(-1)).toBe(`news.invalid:${server.port}`);
  });

  it('resolves each hop once, so a rebinding resolver cannot swap the address', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => {
      calls++;
      return [{ address: calls === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    };
    const page = await safeFetch(`http://rebind.invalid:${server.port}/page`, {
      ...asPublic,
      resolve: rebinding,
    });
    expect(page.body).toContain('Invented page');
    expect(calls).toBe(1);
  });

  it('follows a redirect to an allowed address', async () => {
    const page = await safeFetch(`http://news.invalid:${server.port}/to-page`, asPublic);
    expect(page.url).toBe(`http://news.invalid:${server.port}/page`);
    expect(page.body).toContain('café');
  });

  it('refuses redirects to private addresses, names and other schemes', async () => {
    const resolve: Resolver = async (host) => [
      { address: host === 'intranet.invalid' ? '192.168.0.10' : '127.0.0.1', family: 4 },
    ];
    const options = { resolve, isAllowedAddress: onlyLoopbackIsPublic };
    await expect(
      safeFetch(`http://news.invalid:${server.port}/to-metadata`, options),
    ).rejects.toMatchObject({ address: '169.254.169.254' });
    await expect(
      safeFetch(`http://news.invalid:${server.port}/to-private-name`, options),
    ).rejects.toMatchObject({ address: '192.168.0.10' });
    await expect(
      safeFetch(`http://news.invalid:${server.port}/to-file`, options),
    ).rejects.toBeInstanceOf(FetchRefusedError);
  });

  it('stops after a bounded number of redirects', async () => {
    await expect(
      safeFetch(`http://news.invalid:${server.port}/loop`, { ...asPublic, maxRedirects: 3 }),
    ).rejects.toThrow(/more than 3 redirects/);
  });
});

describe('safeFetch with allowPrivate', () => {
  const local = { allowPrivate: true };

  it('fetches and decodes by the declared charset', async () => {
    const page = await safeFetch(`${server.url}/page`, local);
    expect(page).toMatchObject({ status: 200, contentType: 'text/html' });
    expect(page.body).toContain('café');
    expect((await safeFetch(`${server.url}/latin1`, local)).body).toBe('café');
    expect((await safeFetch(`${server.url}/meta-charset`, local)).body).toContain('<p>АБ</p>');
  });

  it('decompresses gzip', async () => {
    expect((await safeFetch(`${server.url}/gzip`, local)).body).toBe('<p>squeezed</p>');
  });

  it('accepts only pages, text and feeds', async () => {
    await expect(safeFetch(`${server.url}/image`, local)).rejects.toBeInstanceOf(
      FetchContentTypeError,
    );
    await expect(safeFetch(`${server.url}/untyped`, local)).rejects.toBeInstanceOf(
      FetchContentTypeError,
    );
  });

  it('refuses bodies over the limit, declared or streamed, compressed or not', async () => {
    const limit = { ...local, maxBytes: 20_000 };
    await expect(safeFetch(`${server.url}/big`, limit)).rejects.toBeInstanceOf(FetchTooLargeError);
    await expect(safeFetch(`${server.url}/big-stream`, limit)).rejects.toBeInstanceOf(
      FetchTooLargeError,
    );
    await expect(safeFetch(`${server.url}/bomb`, limit)).rejects.toBeInstanceOf(FetchTooLargeError);
    expect(
      (await safeFetch(`${server.url}/big`, { ...local, maxBytes: 60_000 })).body,
    ).toHaveLength(50_000);
  });

  it('gives up after the time limit', async () => {
    await expect(
      safeFetch(`${server.url}/slow`, { ...local, timeoutMs: 200 }),
    ).rejects.toBeInstanceOf(FetchTimeoutError);
  });

  it('reports error statuses', async () => {
    const error = await safeFetch(`${server.url}/missing`, local).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchHttpError);
    expect(error).toMatchObject({ remoteStatus: 404, status: 502 });
  });
});
