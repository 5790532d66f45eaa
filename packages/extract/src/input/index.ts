import { findTextBlocks, titleFromBlocks } from './text-blocks.js';
import { readHtml } from './html.js';
import { pageUrl } from './page-meta.js';
import type { ArticleInput } from '@sourcetrace/article-model';
import type { ExtractInput, HtmlInput, ReadInput, TextInput } from './types.js';

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
  return isHtml(input) ? readHtml({ ...input, url }) : readText({ ...input, url });
}

/**
 * HTML is a string under `html`: `{ text, html: undefined }`, as a caller spreading optional
 * fields writes it, is text.
 */
function isHtml(input: ArticleInput): input is HtmlInput {
  return typeof (input as Partial<HtmlInput>).html === 'string';
}

/** Plain text is kept exactly as given; only its structure is found. */
function readText(input: TextInput): ReadInput {
  const text = input.text;
  if (typeof text !== 'string')
    throw new TypeError('extract takes a string, or { text } or { html }');
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
