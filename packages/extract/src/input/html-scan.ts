import { createRequire } from 'node:module';
import {
  BLOCK,
  CAPTION,
  HEADING,
  KEPT_ATTRIBUTES,
  SELF_CLOSING,
  SKIPPED,
  UNWRITTEN,
  VOID,
} from '../lexicon/html-tags.js';

/** Loaded on the first page read, as the DOM is (see html.ts): plain text never needs it. */
let parserModule: typeof import('htmlparser2') | undefined;
function htmlParser(): typeof import('htmlparser2') {
  parserModule ??= createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2');
  return parserModule;
}

/** A piece of readable text found in HTML, before it is laid out into `Article.text`. */
export interface HtmlBlock {
  kind: 'heading' | 'paragraph' | 'caption';
  text: string;
}

/** What the page head says about the article, as found (not yet checked). */
export interface PageMeta {
  /** meta name/property/itemprop -> content; the first occurrence wins. */
  meta: Map<string, string>;
  canonical: string | null;
  title: string | null;
  jsonLd: string[];
}

export interface HtmlScan {
  /** The page rebuilt without scripts, styles, event handlers or runaway nesting. */
  safeHtml: string;
  /** How many elements `safeHtml` has. */
  elementCount: number;
  /** The page's visible text, in blocks: the fallback when no article body is found. */
  blocks: HtmlBlock[];
  page: PageMeta;
}

/** Deeper nesting only costs time (the DOM and the body finder are slow on it) and adds nothing readable. */
const MAX_DEPTH = 128;
const WRITABLE_NAME = /^[a-z][a-z0-9-]{0,40}$/;
const MAX_ATTRIBUTE_LENGTH = 2048;
const MAX_JSON_LD_LENGTH = 1 << 20;

/**
 * One streaming pass over untrusted HTML with htmlparser2 (linear, never throws on malformed
 * markup): collects the head metadata, the visible text blocks, and a rebuilt page that is
 * safe and shallow enough to hand to the DOM. Done by hand because it must see script
 * contents (JSON-LD) that a sanitiser would throw away, in the same pass.
 */
export function scanHtml(html: string): HtmlScan {
  const out: string[] = [];
  const blocks: HtmlBlock[] = [];
  const page: PageMeta = { meta: new Map(), canonical: null, title: null, jsonLd: [] };
  /** For each open element: was its tag written to `out`? */
  const open: { name: string; written: boolean }[] = [];
  let writtenDepth = 0;
  let elementCount = 0;
  let skipDepth = 0;
  let headDepth = 0;
  let headingDepth = 0;
  let captionDepth = 0;
  let inTitle = false;
  let titleText = '';
  let jsonLd: string[] | null = null;
  /** Inline text of the block being read; null marks a line break (<br>). */
  let inline: (string | null)[] = [];

  const flush = () => {
    if (inline.length === 0) return;
    const text = layoutInline(inline);
    inline = [];
    if (text)
      blocks.push({
        kind: headingDepth > 0 ? 'heading' : captionDepth > 0 ? 'caption' : 'paragraph',
        text,
      });
  };

  const { Parser } = htmlParser();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && /ld\+json/i.test(attributes.type ?? '')) jsonLd = [];
        if (name === 'meta') collectMeta(page, attributes);
        if (
          name === 'link' &&
          /\bcanonical\b/i.test(attributes.rel ?? '') &&
          attributes.href &&
          page.canonical === null
        ) {
          page.canonical = attributes.href;
        }
        if (name === 'title' && skipDepth === 0 && page.title === null) inTitle = true;
        if (name === 'head') headDepth++;
        const skipped = SKIPPED.has(name) || skipDepth > 0;
        if (skipped) skipDepth++;
        if (BLOCK.has(name) && !skipped) flush();
        if (HEADING.has(name)) headingDepth++;
        if (CAPTION.has(name)) captionDepth++;
        if (name === 'br' && !skipped && headDepth === 0) inline.push(null);
        const written =
          !skipped &&
          headDepth === 0 &&
          writtenDepth < MAX_DEPTH &&
          WRITABLE_NAME.test(name) &&
          !UNWRITTEN.has(name);
        if (written) {
          out.push(openTag(name, attributes));
          elementCount++;
          if (!VOID.has(name)) writtenDepth++;
        } else if (BLOCK.has(name) && !skipped && out[out.length - 1] !== ' ') {
          // Past the depth limit, blocks flatten into one; a space keeps their words apart.
          out.push(' ');
        }
        open.push({ name, written });
      },
      ontext(text) {
        if (jsonLd) {
          jsonLd.push(text);
          return;
        }
        if (inTitle) titleText += text;
        if (skipDepth > 0 || headDepth > 0) return;
        inline.push(text);
        // Runs of whitespace mean one space in HTML; long runs only slow the DOM down.
        out.push(escapeText(text.replace(/\s{2,}/g, ' ')));
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        if (element.name === 'script' && jsonLd) {
          const source = jsonLd.join('');
          if (source.length <= MAX_JSON_LD_LENGTH) page.jsonLd.push(source);
          jsonLd = null;
        }
        if (element.name === 'title' && inTitle) {
          inTitle = false;
          page.title = titleText;
        }
        const skipped = skipDepth > 0;
        if (skipped) skipDepth--;
        if (BLOCK.has(element.name) && !skipped) flush();
        if (HEADING.has(element.name)) headingDepth--;
        if (CAPTION.has(element.name)) captionDepth--;
        if (element.name === 'head') headDepth--;
        if (element.written && !VOID.has(element.name)) {
          out.push(`</${element.name}>`);
          writtenDepth--;
        } else if (BLOCK.has(element.name) && !skipped && out[out.length - 1] !== ' ') {
          out.push(' ');
        }
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(flattenDeepNesting(html));
  parser.end();
  flush();
  return {
    safeHtml: `<!DOCTYPE html><html><head></head><body>${out.join('')}</body></html>`,
    elementCount,
    blocks,
    page,
  };
}

/** Nesting the parser still handles in linear time; see flattenDeepNesting. */
const MAX_PARSER_DEPTH = 512;
const TAG_START =
  /<!--|<(script|style|textarea|title|xmp|noembed|noframes)\b|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/gi;

/**
 * htmlparser2 keeps its open elements in an array it shifts and unshifts, so each tag costs
 * time in proportion to the nesting depth: a page of 100,000 unclosed <div>s would take
 * minutes. Tags nested past a generous limit are cut out (a space stays in their place)
 * before parsing; ordinary pages are returned untouched. Comments and raw-text elements are
 * stepped over so markup-like text inside them is not counted.
 */
export function flattenDeepNesting(html: string): string {
  const kept: string[] = [];
  let copied = 0;
  let depth = 0;
  TAG_START.lastIndex = 0;
  for (let match = TAG_START.exec(html); match; match = TAG_START.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', TAG_START.lastIndex);
      if (end < 0) break;
      TAG_START.lastIndex = end + 3;
      continue;
    }
    if (match[1]) {
      const close = new RegExp(`</${match[1]}\\s*>`, 'gi');
      close.lastIndex = TAG_START.lastIndex;
      if (!close.exec(html)) break;
      TAG_START.lastIndex = close.lastIndex;
      continue;
    }
    const name = (match[3] ?? '').toLowerCase();
    if (SELF_CLOSING.has(name)) continue;
    const closing = match[2] === '/';
    if (!closing) depth++;
    const tooDeep = depth > MAX_PARSER_DEPTH;
    if (closing) depth = Math.max(0, depth - 1);
    if (!tooDeep) continue;
    const end = html.indexOf('>', match.index);
    if (end < 0) break;
    kept.push(html.slice(copied, match.index));
    if (!/\s$/.test(kept[kept.length - 1] ?? '')) kept.push(' ');
    copied = end + 1;
    TAG_START.lastIndex = end + 1;
  }
  return copied === 0 ? html : kept.join('') + html.slice(copied);
}

/** Collapses whitespace as a browser does; <br> becomes a line break inside the block. */
function layoutInline(inline: (string | null)[]): string {
  const lines: string[] = [];
  let current = '';
  for (const piece of inline) {
    if (piece === null) {
      lines.push(current);
      current = '';
    } else {
      current += piece;
    }
  }
  lines.push(current);
  return lines
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function collectMeta(page: PageMeta, attributes: Record<string, string>): void {
  const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '')
    .trim()
    .toLowerCase();
  const content = attributes.content;
  if (key && content !== undefined && !page.meta.has(key)) page.meta.set(key, content);
}

function openTag(name: string, attributes: Record<string, string>): string {
  let tag = `<${name}`;
  for (const [attribute, value] of Object.entries(attributes)) {
    if (!KEPT_ATTRIBUTES.has(attribute) || value.length > MAX_ATTRIBUTE_LENGTH) continue;
    if (
      (attribute === 'href' || attribute === 'src') &&
      /^\s*(?:javascript|vbscript|data):/i.test(value)
    )
      continue;
    tag += ` ${attribute}="${escapeAttribute(value)}"`;
  }
  return tag + '>';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
