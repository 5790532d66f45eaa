import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { bareHostname, isPublicAddress } from './address.js';
import {
  FetchContentTypeError,
  FetchError,
  FetchHttpError,
  FetchInvalidUrlError,
  FetchNetworkError,
  FetchRefusedError,
  FetchTimeoutError,
  FetchTooLargeError,
} from './errors.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Turns a host name into its addresses (default: the system resolver). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** Open loopback and private addresses too (a local tool fetching for its own user). */
  allowPrivate?: boolean;
  /** Which addresses may be opened when allowPrivate is off (default: public addresses only). */
  isAllowedAddress?: (address: string) => boolean;
  /** For the whole fetch, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Largest body, after decompression (default 5 MiB). */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  resolve?: Resolver;
  signal?: AbortSignal;
  /**
   * Validators from an earlier answer, sent as If-None-Match / If-Modified-Since. With them a
   * 304 Not Modified is an answer, not an error: status 304 and an empty body.
   */
  validators?: Validators;
}

/** What a server said identifies the version it sent (ETag, Last-Modified), as it said it. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** Media type without parameters, lower case ("text/html"); empty for a 304. */
  contentType: string;
  body: string;
  /** The answer's validators, for a conditional request next time (a 304 repeats or updates them). */
  etag: string | null;
  lastModified: string | null;
}

/** What we read: pages, plain text, and RSS/Atom feeds. */
export const READABLE_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/**
 * Fetches an http(s) URL on someone else's behalf without opening the server's own network.
 * Every hop is resolved once, every address it resolves to is checked, and the connection is
 * pinned to the checked address (a `lookup` that returns only it), so DNS rebinding between
 * the check and the connect cannot swap it. Redirects are followed by hand so each target is
 * checked the same way. Hand-written on node:http because fetch() offers no hook to check the
 * address it connects to.
 */
export async function safeFetch(
  url: string | URL,
  options: SafeFetchOptions = {},
): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new FetchTimeoutError(`no complete answer from ${String(url)} within ${timeoutMs} ms`),
      ),
    timeoutMs,
  );
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  const { signal } = controller;
  try {
    let current = parseHttpUrl(url);
    for (let redirects = 0; ; redirects++) {
      const pinned = await checkedAddress(current, options, signal);
      const response = await request(current, pinned, signal, options.validators);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy();
        if (redirects >= maxRedirects)
          throw new FetchHttpError(`more than ${maxRedirects} redirects`, status);
        current = parseHttpUrl(new URL(location, current));
        continue;
      }
      const etag = headerValue(response.headers.etag);
      const lastModified = headerValue(response.headers['last-modified']);
      if (status === 304 && options.validators) {
        response.destroy();
        return { url: current.href, status, contentType: '', body: '', etag, lastModified };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FetchHttpError(`${current.href} answered ${status}`, status);
      }
      const { mediaType, charset } = parseContentType(response.headers['content-type']);
      if (!READABLE_CONTENT_TYPES.has(mediaType)) {
        response.destroy();
        throw new FetchContentTypeError(
          `${current.href} is ${mediaType || 'of no stated type'}, not a page or feed`,
        );
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        throw new FetchTooLargeError(
          `${current.href} is ${declared} bytes, over the ${maxBytes}-byte limit`,
        );
      }
      const bytes = await readBody(response, maxBytes, current.href);
      return {
        url: current.href,
        status,
        contentType: mediaType,
        body: decode(bytes, charset ?? declaredCharset(bytes)),
        etag,
        lastModified,
      };
    }
  } catch (error) {
    if (signal.aborted) {
      const reason: unknown = signal.reason;
      throw reason instanceof FetchError
        ? reason
        : new FetchError('the fetch was cancelled', { cause: reason });
    }
    if (error instanceof FetchError) throw error;
    throw new FetchNetworkError(`could not fetch ${String(url)}: ${describe(error)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

function parseHttpUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchInvalidUrlError(`not a URL: ${String(input).slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError(`only http and https URLs can be fetched, not ${url.protocol}`);
  }
  return url;
}

/** Resolves the host once, refuses it if any address is not allowed, and returns the one to connect to. */
async function checkedAddress(
  url: URL,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<ResolvedAddress> {
  const host = bareHostname(url.hostname);
  const literal = isIP(host);
  const addresses: ResolvedAddress[] = literal
    ? [{ address: host, family: literal === 6 ? 6 : 4 }]
    : await abortable((options.resolve ?? systemResolver)(host), signal).catch((error: unknown) => {
        if (signal.aborted) throw error;
        throw new FetchNetworkError(`could not resolve ${host}: ${describe(error)}`, {
          cause: error,
        });
      });
  const first = addresses[0];
  if (!first) throw new FetchNetworkError(`${host} has no address`);
  if (!options.allowPrivate) {
    const allowed = options.isAllowedAddress ?? isPublicAddress;
    const refused = addresses.find((entry) => !allowed(entry.address));
    if (refused) {
      // The address itself stays out of the message: an API client must not learn internal DNS.
      throw new FetchRefusedError(
        `${host} resolves to a private or reserved address`,
        refused.address,
      );
    }
  }
  return first;
}

function headerValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}

/** Conditional request headers; header values cannot carry line breaks, so such a value is dropped. */
function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const safe = (value: string | null | undefined) =>
    value && !/[\r\n\0]/.test(value) ? value : null;
  const etag = safe(validators?.etag);
  const lastModified = safe(validators?.lastModified);
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  return headers;
}

function request(
  url: URL,
  pinned: ResolvedAddress,
  signal: AbortSignal,
  validators?: Validators,
): Promise<IncomingMessage> {
  // Whatever name the socket asks for, it gets the address that was checked.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup,
      signal,
      agent: false,
      headers: {
        'user-agent': 'sourcetrace/0.1',
        accept:
          'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml;q=0.9, text/plain;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
        ...conditionalHeaders(validators),
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
  });
}

async function readBody(
  response: IncomingMessage,
  maxBytes: number,
  href: string,
): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decompressor =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  // pipeline passes an error on either side to the other, so iterating the last one sees it.
  const body: Readable = decompressor
    ? pipeline(response, decompressor, () => undefined)
    : response;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      response.destroy();
      throw new FetchTooLargeError(`${href} is over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseContentType(header: string | undefined): {
  mediaType: string;
  charset: string | null;
} {
  const [type = '', ...params] = (header ?? '').split(';');
  const charsetParam = params
    .map((p) => p.trim())
    .find((p) => p.toLowerCase().startsWith('charset='));
  const charset = charsetParam
    ? charsetParam.slice('charset='.length).replace(/^"|"$/g, '').trim()
    : null;
  return { mediaType: type.trim().toLowerCase(), charset: charset || null };
}

/**
 * The charset a page or feed declares about itself (<meta charset>, http-equiv, or the XML
 * declaration) in its first kilobyte, for servers that leave it out of the header.
 */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return match?.[1] ?? null;
}

function decode(bytes: Buffer, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is the likeliest truth and never throws.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}
