import { createClient } from '@sourcetrace/api-client';
import type { CorpusReader } from '@sourcetrace/article-model';
import { cleanLine } from '@sourcetrace/terminal-text';

/**
 * The API client for `baseUrl`, once the server has answered a first request; otherwise an
 * error whose message says what is wrong in one sentence (no stack trace for the user).
 */
export async function connectToApi(
  baseUrl: string,
  options: { fetch?: typeof fetch } = {},
): Promise<CorpusReader> {
  if (!/^https?:\/\/./i.test(baseUrl))
    throw new Error(`--api needs an http(s) URL, got "${cleanLine(baseUrl)}"`);
  const client = createClient({ baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  try {
    await client.stats();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(
      `no Sourcetrace server answered at ${cleanLine(baseUrl)} (${cleanLine(reason)}). Start one with \`sourcetrace serve\`, or check the address.`,
    );
  }
  return client;
}
