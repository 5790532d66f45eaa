import { describe, expect, it } from 'vitest';
import { ArticleQuery, ClaimQuery, EntityQuery } from '@sourcetrace/article-model';
import { ApiError, createClient } from './client.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that records calls and answers with the given response. */
function recordingFetch(answer: () => Response) {
  const calls: Call[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return answer();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const emptyPage = () => json({ items: [], next: null });

describe('createClient', () => {
  it('puts parsed queries in the query string, booleans and defaults included, undefined left out', async () => {
    const { calls, fetch } = recordingFetch(emptyPage);
    const client = createClient({ baseUrl: 'http://api.example/', fetch });
    await client.listArticles(ArticleQuery.parse({ q: 'ferry line', publisher: undefined }));
    await client.listClaims(ClaimQuery.parse({ anonymous: 'true', hedge: 'rumour' }));
    await client.listEntities(EntityQuery.parse({ outlet: 'false' }));
    expect(calls.map((call) => call.url)).toEqual([
      'http://api.example/v1/articles?q=ferry+line&limit=50',
      'http://api.example/v1/claims?hedge=rumour&anonymous=true&limit=50',
      'http://api.example/v1/entities?outlet=false&sort=quotes&limit=50',
    ]);
  });

  it('encodes ids as path segments and sends the API key', async () => {
    const { calls, fetch } = recordingFetch(() => new Response(null, { status: 204 }));
    const client = createClient({ baseUrl: '', apiKey: 'k3y', fetch });
    expect(await client.deleteArticle('a/b?c')).toBe(true);
    expect(calls[0]?.url).toBe('/v1/articles/a%2Fb%3Fc');
    expect(calls[0]?.init?.method).toBe('DELETE');
    expect((calls[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer k3y');
  });

  it('sends writes as JSON', async () => {
    const { calls, fetch } = recordingFetch(() =>
      json({ id: 'a1', status: 'created', title: null }, 201),
    );
    const client = createClient({ baseUrl: 'http://api.example', fetch });
    expect(await client.ingest({ url: 'https://news.example/story' })).toEqual({
      id: 'a1',
      status: 'created',
      title: null,
    });
    expect(calls[0]?.init?.body).toBe('{"url":"https://news.example/story"}');
    expect((calls[0]?.init?.headers as Record<string, string>)['Content-Type']).toBe(
      'application/json',
    );
  });

  it('raises ApiError with the server problem document', async () => {
    const problem = {
      type: 'https://sourcetrace.dev/problems/invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid query limit',
      errors: [{ in: 'query', path: ['limit'], message: 'Too big' }],
    };
    const { fetch } = recordingFetch(() => json(problem, 400, 'application/problem+json'));
    const error = await createClient({ baseUrl: '', fetch })
      .stats()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual(problem);
    expect((error as ApiError).message).toBe('Bad Request: Invalid query limit');
  });

  it('describes failures that carry no problem document', async () => {
    const { fetch } = recordingFetch(
      () => new Response('<html>proxy error</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = (await createClient({ baseUrl: '', fetch })
      .stats()
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.problem.detail).toContain('proxy error');
  });

  it('answers null for unknown ids but throws for other failures', async () => {
    const notFound = recordingFetch(() =>
      json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404),
    );
    expect(
      await createClient({ baseUrl: '', fetch: notFound.fetch }).getArticle('nope'),
    ).toBeNull();
    const broken = recordingFetch(() =>
      json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, 500),
    );
    await expect(
      createClient({ baseUrl: '', fetch: broken.fetch }).getArticle('nope'),
    ).rejects.toBeInstanceOf(ApiError);
  });
});
