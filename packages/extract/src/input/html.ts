import { createRequire } from 'node:module';
import type { Block } from '@sourcetrace/article-model';
import { scanHtml, type HtmlBlock } from './html-scan.js';
import { isBoilerplate, isByline } from './line-kinds.js';
import { articleMeta, type FoundMeta } from './page-meta.js';
import type { HtmlInput, ReadInput } from './types.js';

/**
 * Readability slows down sharply on very large DOMs (and overflows its stack on some); news
 * pages stay well below this once scripts are gone. Larger pages keep their visible text.
 */
const MAX_ELEMENTS_FOR_READABILITY = 10_000;
const PARAGRAPH_BREAK = '\n\n';

interface DomLibraries {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
}
let domLibraries: DomLibraries | undefined;
/**
 * The DOM and Readability load on the first page read: they are the slowest part of starting
 * up, and most extraction (text, JSON lines) never needs them. Their CommonJS builds load
 * synchronously, which keeps `extract` a plain function.
 */
function loadDomLibraries(): DomLibraries {
  const require = createRequire(import.meta.url);
  domLibraries ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability'))
      .Readability,
  };
  return domLibraries;
}

/**
 * Reads an HTML page: the readable body found by Readability over a linkedom DOM, the
 * metadata from JSON-LD, Open Graph and meta tags. The body's text, one block per paragraph,
 * heading or caption separated by blank lines, becomes `Article.text`.
 */
export function readHtml(input: HtmlInput): ReadInput {
  const scan = scanHtml(input.html);
  const body =
    scan.elementCount <= MAX_ELEMENTS_FOR_READABILITY ? readableBody(scan.safeHtml) : null;
  const meta = articleMeta(scan.page, body?.found ?? {}, input.url);
  const title = input.title?.replace(/\s+/g, ' ').trim() || meta.title || null;
  const { text, blocks } = layout(body?.blocks.length ? body.blocks : scan.blocks, title);
  const byline = input.byline ?? meta.byline;
  const publisher = input.publisher ?? meta.publisher;
  const publishedAt = input.publishedAt ?? meta.publishedAt;
  return {
    text,
    title,
    source: {
      format: 'html',
      ...(meta.url ? { url: meta.url } : {}),
      ...(publisher ? { publisher } : {}),
      ...(byline ? { byline } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    },
    blocks,
  };
}

/** Readability's article body as text blocks, or null when it finds none (or fails on the page). */
function readableBody(safeHtml: string): { blocks: HtmlBlock[]; found: FoundMeta } | null {
  try {
    const { parseHTML, Readability } = loadDomLibraries();
    const { document } = parseHTML(safeHtml);
    const reader = new Readability(document, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY });
    const result = reader.parse();
    if (!result) return null;
    const found: FoundMeta = {
      title: result.title,
      byline: result.byline,
      siteName: result.siteName,
      publishedTime: result.publishedTime,
    };
    return { blocks: result.content ? scanHtml(result.content).blocks : [], found };
  } catch {
    // Readability gives up on pages it cannot score (odd DOMs); the visible text stays.
    return null;
  }
}

/** Lays the blocks out as one text, a blank line between blocks, with the title first. */
function layout(
  found: readonly HtmlBlock[],
  title: string | null,
): { text: string; blocks: Block[] } {
  const pieces: { kind: Block['kind']; text: string }[] = found.map((block) => ({
    kind: kindOf(block),
    text: block.text,
  }));
  if (title) {
    const first = pieces[0];
    if (first && sameText(first.text, title)) first.kind = 'title';
    else pieces.unshift({ kind: 'title', text: title });
  }
  const blocks: Block[] = [];
  let text = '';
  for (const piece of pieces) {
    if (!piece.text) continue;
    if (text) text += PARAGRAPH_BREAK;
    blocks.push({
      kind: piece.kind,
      span: { start: text.length, end: text.length + piece.text.length },
    });
    text += piece.text;
  }
  return { text, blocks };
}

function kindOf(block: HtmlBlock): Block['kind'] {
  if (block.kind !== 'paragraph') return block.kind;
  if (isBoilerplate(block.text)) return 'boilerplate';
  if (isByline(block.text)) return 'byline';
  return 'paragraph';
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
