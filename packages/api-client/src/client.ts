import type { z } from 'zod';
import {
  Article,
  ArticleSummary,
  ClaimRecord,
  CorpusEntity,
  CorpusStats,
  JobsReport,
  QuoteRecord,
  RelatedEntity,
  pageOf,
  type ArticleQuery,
  type ClaimQuery,
  type CorpusReader,
  type EntityQuery,
  type Page,
  type QuoteQuery,
  type RelatedQuery,
  type StatementQuery,
  type StatementReader,
  Statement,
  StatementSummary,
} from '@sourcetrace/article-model';
import {
  EntityProfile,
  Health,
  IngestResult,
  Problem,
  Readiness,
  type ExtractRequest,
  type IngestRequest,
} from './contract.js';

export interface ClientOptions {
  /** Where the API is: "http://127.0.0.1:8080", or "" for the page's own origin in a browser. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` (writes and jobs need it when the server has a key). */
  apiKey?: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

/** A failed request: the server's problem document, or one describing what went wrong on the way. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly problem: Problem,
    options?: ErrorOptions,
  ) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.name = 'ApiError';
    this.status = problem.status;
  }
}

export interface SourcetraceClient extends CorpusReader, StatementReader {
  /** Reads text or HTML without storing it. */
  extract(input: ExtractRequest): Promise<Article>;
  /** Stores an article given as text, HTML or a URL for the server to fetch. */
  ingest(input: IngestRequest): Promise<IngestResult>;
  /** false when there was no such article. */
  deleteArticle(id: string): Promise<boolean>;
  /** The entity with its first page of articles; null when unknown. */
  entityProfile(id: string): Promise<EntityProfile | null>;
  /** Whether the server is up and its store answers. */
  health(): Promise<Readiness>;
  /**
   * The ingest job queue: counts by state and the latest failures (a PostgreSQL server's; an
   * ApiError 404 from a SQLite one). Needs the API key when the server has one.
   */
  jobs(query?: { failures?: number }): Promise<JobsReport>;
}

type QueryValue = string | number | boolean | undefined;

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const segment = encodeURIComponent;

/** A CorpusReader over HTTP, plus the writes; runs in browsers and Node (fetch only). */
export function createClient(options: ClientOptions): SourcetraceClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch =
    options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  const auth: Record<string, string> = options.apiKey
    ? { Authorization: `Bearer ${options.apiKey}` }
    : {};

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers: {
          Accept: 'application/json',
          ...auth,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      // fetch says only "fetch failed"; the reason (refused, DNS, TLS) is its cause.
      const reason = error instanceof Error ? error.message : String(error);
      const cause =
        error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
      throw new ApiError(
        {
          type: 'about:blank',
          title: 'Network error',
          status: 0,
          detail: `${method} ${path}: ${reason}${cause}`,
        },
        { cause: error },
      );
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function read<T extends z.ZodType>(schema: T, response: Response): Promise<z.output<T>> {
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw invalidResponse(response, 'the body is not JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw invalidResponse(
        response,
        `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'does not match the schema'}`,
      );
    }
    return parsed.data;
  }

  const get = async <T extends z.ZodType>(schema: T, path: string) =>
    read(schema, await send('GET', path));
  /** GET that answers null for 404 (an unknown id), throwing for every other failure. */
  const getOrNull = async <T extends z.ZodType>(
    schema: T,
    path: string,
  ): Promise<z.output<T> | null> => {
    try {
      return await get(schema, path);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  };

  return {
    listArticles: (query: ArticleQuery) =>
      get(pageOf(ArticleSummary), `/v1/articles${queryString(query)}`) as Promise<
        Page<ArticleSummary>
      >,
    getArticle: (id) => getOrNull(Article, `/v1/articles/${segment(id)}`),
    listQuotes: (query: QuoteQuery) =>
      get(pageOf(QuoteRecord), `/v1/quotes${queryString(query)}`) as Promise<Page<QuoteRecord>>,
    listClaims: (query: ClaimQuery) =>
      get(pageOf(ClaimRecord), `/v1/claims${queryString(query)}`) as Promise<Page<ClaimRecord>>,
    listEntities: (query: EntityQuery) =>
      get(pageOf(CorpusEntity), `/v1/entities${queryString(query)}`) as Promise<Page<CorpusEntity>>,
    getEntity: async (id) =>
      (await getOrNull(EntityProfile, `/v1/entities/${segment(id)}`))?.entity ?? null,
    entityProfile: (id) => getOrNull(EntityProfile, `/v1/entities/${segment(id)}`),
    relatedEntities: (id, query: RelatedQuery) =>
      get(
        pageOf(RelatedEntity),
        `/v1/entities/${segment(id)}/related${queryString(query)}`,
      ) as Promise<Page<RelatedEntity>>,
    corpusEntityFor: (articleId, entityId) =>
      getOrNull(
        CorpusEntity,
        `/v1/articles/${segment(articleId)}/entities/${segment(entityId)}/corpus`,
      ),
    stats: () => get(CorpusStats, '/v1/stats'),
    jobs: (query = {}) => get(JobsReport, `/v1/jobs${queryString(query)}`),
    listStatements: (query: StatementQuery) =>
      get(pageOf(StatementSummary), `/v1/statements${queryString(query)}`) as Promise<
        Page<StatementSummary>
      >,
    getStatement: (id) => getOrNull(Statement, `/v1/statements/${segment(id)}`),
    extract: async (input) => read(Article, await send('POST', '/v1/extract', input)),
    ingest: async (input) => read(IngestResult, await send('POST', '/v1/articles', input)),
    deleteArticle: async (id) => {
      try {
        await send('DELETE', `/v1/articles/${segment(id)}`);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return false;
        throw error;
      }
    },
    health: async () => {
      await get(Health, '/healthz');
      return get(Readiness, '/readyz');
    },
  };
}

function invalidResponse(response: Response, detail: string): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Invalid response',
    status: response.status,
    detail: `${response.url || 'the server'} answered something this client does not understand (${detail})`,
  });
}

/** The server's problem document when it sent one, else one made from the status line. */
async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const problem = Problem.safeParse(JSON.parse(text));
    if (problem.success) return new ApiError(problem.data);
  } catch {
    // Not JSON: described below from the status line.
  }
  return new ApiError({
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    ...(text ? { detail: text.slice(0, 300) } : {}),
  });
}
