import { createRequire } from 'node:module';
import type { Handler } from 'htmlparser2';
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
  const scan = new HtmlScanner();
  const { Parser } = htmlParser();
  const parser = new Parser(scan, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
  });
  parser.write(flattenDeepNesting(html));
  parser.end();
  scan.flush();
  return {
    safeHtml: `<!DOCTYPE html><html><head></head><body>${scan.out.join('')}</body></html>`,
    elementCount: scan.elementCount,
    blocks: scan.blocks,
    page: scan.page,
  };
}

/** The state of one scan; htmlparser2 calls its on... methods as its handler, with no closures. */
class HtmlScanner implements Partial<Handler> {
  readonly out: string[] = [];
  readonly blocks: HtmlBlock[] = [];
  readonly page: PageMeta = { meta: new Map(), canonical: null, title: null, jsonLd: [] };
  elementCount = 0;
  /** For each open element: was its tag written to `out`? */
  private readonly open: { name: string; written: boolean }[] = [];
  private writtenDepth = 0;
  private skipDepth = 0;
  private headDepth = 0;
  private headingDepth = 0;
  private captionDepth = 0;
  private inTitle = false;
  private titleText = '';
  private jsonLd: string[] | null = null;
  /** Inline text of the block being read; null marks a line break (<br>). */
  private inline: (string | null)[] = [];

  onopentag(name: string, attributes: Record<string, string>): void {
    this.readPageTag(name, attributes);
    if (name === 'head') this.headDepth++;
    const skipped = SKIPPED.has(name) || this.skipDepth > 0;
    if (skipped) this.skipDepth++;
    if (BLOCK.has(name) && !skipped) this.flush();
    if (HEADING.has(name)) this.headingDepth++;
    if (CAPTION.has(name)) this.captionDepth++;
    if (name === 'br' && !skipped && this.headDepth === 0) this.inline.push(null);
    const written =
      !skipped &&
      this.headDepth === 0 &&
      this.writtenDepth < MAX_DEPTH &&
      WRITABLE_NAME.test(name) &&
      !UNWRITTEN.has(name);
    if (written) {
      this.out.push(openTag(name, attributes));
      this.elementCount++;
      if (!VOID.has(name)) this.writtenDepth++;
    } else if (BLOCK.has(name) && !skipped && this.out[this.out.length - 1] !== ' ') {
      // Past the depth limit, blocks flatten into one; a space keeps their words apart.
      this.out.push(' ');
    }
    this.open.push({ name, written });
  }

  ontext(text: string): void {
    if (this.jsonLd) {
      this.jsonLd.push(text);
      return;
    }
    if (this.inTitle) this.titleText += text;
    if (this.skipDepth > 0 || this.headDepth > 0) return;
    this.inline.push(text);
    // Runs of whitespace mean one space in HTML; long runs only slow the DOM down.
    this.out.push(escapeText(text.replace(/\s{2,}/g, ' ')));
  }

  onclosetag(): void {
    const element = this.open.pop();
    if (!element) return;
    if (element.name === 'script' && this.jsonLd) {
      const source = this.jsonLd.join('');
      if (source.length <= MAX_JSON_LD_LENGTH) this.page.jsonLd.push(source);
      this.jsonLd = null;
    }
    if (element.name === 'title' && this.inTitle) {
      this.inTitle = false;
      this.page.title = this.titleText;
    }
    const skipped = this.skipDepth > 0;
    if (skipped) this.skipDepth--;
    if (BLOCK.has(element.name) && !skipped) this.flush();
    if (HEADING.has(element.name)) this.headingDepth--;
    if (CAPTION.has(element.name)) this.captionDepth--;
    if (element.name === 'head') this.headDepth--;
    if (element.written && !VOID.has(element.name)) {
      this.out.push(`</${element.name}>`);
      this.writtenDepth--;
    } else if (BLOCK.has(element.name) && !skipped && this.out[this.out.length - 1] !== ' ') {
      this.out.push(' ');
    }
  }

  /** Ends the block being read: its inline text laid out, kept when anything is left. */
  flush(): void {
    if (this.inline.length === 0) return;
    const text = layoutInline(this.inline);
    this.inline = [];
    if (text)
      this.blocks.push({
        kind: this.headingDepth > 0 ? 'heading' : this.captionDepth > 0 ? 'caption' : 'paragraph',
        text,
      });
  }

  /** What an opening tag tells about the page: JSON-LD, meta, the canonical link, the title. */
  private readPageTag(name: string, attributes: Record<string, string>): void {
    if (name === 'script' && /ld\+json/i.test(attributes.type ?? '')) this.jsonLd = [];
    if (name === 'meta') collectMeta(this.page, attributes);
    if (
      name === 'link' &&
      /\bcanonical\b/i.test(attributes.rel ?? '') &&
      attributes.href &&
      this.page.canonical === null
    ) {
      this.page.canonical = attributes.href;
    }
    if (name === 'title' && this.skipDepth === 0 && this.page.title === null) this.inTitle = true;
  }
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
