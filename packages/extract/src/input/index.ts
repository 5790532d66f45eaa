import type { Block } from '@sourcetrace/article-model';
import type { ExtractInput, ReadInput } from './types.js';

export type { ExtractInput, ReadInput } from './types.js';

/** Fixes the article text and finds its blocks. Plain text: each non-empty line is a paragraph. */
export function readInput(input: ExtractInput): ReadInput {
  if (typeof input !== 'string' && 'html' in input) {
    throw new Error('HTML input is not supported yet');
  }
  const given = typeof input === 'string' ? { text: input } : input;
  const text = given.text;
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) blocks.push({ kind: 'paragraph', span: { start, end } });
  }
  return {
    text,
    title: typeof input === 'string' ? null : (input.title ?? null),
    source: {
      format: 'text',
      ...(given.url ? { url: given.url } : {}),
      ...(given.publisher ? { publisher: given.publisher } : {}),
      ...(given.byline ? { byline: given.byline } : {}),
      ...(given.publishedAt ? { publishedAt: given.publishedAt } : {}),
    },
    blocks,
  };
}
