import type { ExtractInput } from '@sourcetrace/extract';
import type { SafeFetchOptions } from '../fetch/safe-fetch.js';

/** One article to ingest, or one that could not even be read (kept, so the summary can say why). */
export type SourceItem =
  | { kind: 'input'; label: string; input: ExtractInput }
  | { kind: 'failed'; label: string; reason: string };

export interface ReadSourcesOptions {
  /** Relative paths and globs are taken from here (default: the process's working directory). */
  cwd?: string;
  /** How URLs (pages, feeds, feed items) are fetched; private addresses are refused by default. */
  fetch?: SafeFetchOptions;
  /** What `-` reads JSON lines from (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** At most this many items from one feed (default 200). */
  maxFeedItems?: number;
}

export function inputItem(label: string, input: ExtractInput): SourceItem {
  return { kind: 'input', label, input };
}

export function failedItem(label: string, error: unknown): SourceItem {
  return { kind: 'failed', label, reason: error instanceof Error ? error.message : String(error) };
}
