import { findTextBlocks, titleFromBlocks } from './text-blocks.js';
import { readHtml } from './html.js';
import { pageUrl } from './page-meta.js';
import type { ExtractInput, ReadInput, TextInput } from './types.js';

export type { ExtractInput, HtmlInput, InputMeta, ReadInput, TextInput } from './types.js';
export { samplesDir, listSamples, type Sample } from './samples.js';

/** Fixes the article text and finds its blocks and metadata. Never throws on a string. */
export function readInput(input: ExtractInput): ReadInput {
  if (typeof input === 'string') return readText({ text: input });
  const url = input.url === undefined ? undefined : pageUrl(input.url);
  if (input.url !== undefined && url === undefined) {
    throw new RangeError(
      `url must be an absolute http(s) URL, got ${JSON.stringify(input.url.slice(0, 200))}`,
    );
  }
  return 'html' in input ? readHtml({ ...input, url }) : readText({ ...input, url });
}

/** Plain text is kept exactly as given; only its structure is found. */
function readText(input: TextInput): ReadInput {
  const text = input.text;
  const givenTitle = input.title?.trim() || undefined;
  const blocks = findTextBlocks(text, givenTitle);
  return {
    text,
    title: givenTitle ?? titleFromBlocks(text, blocks),
    source: {
      format: 'text',
      ...(input.url ? { url: input.url } : {}),
      ...(input.publisher ? { publisher: input.publisher } : {}),
      ...(input.byline ? { byline: input.byline } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    },
    blocks,
  };
}
