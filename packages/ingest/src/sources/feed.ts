import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedEntry {
  /** The item's page, absolute. */
  link: string | null;
  title: string | null;
  /** ISO 8601, when the feed gave a date we could read. */
  publishedAt: string | null;
  /** The item's own HTML (content:encoded, Atom content, or the description/summary). */
  content: string | null;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  entries: FeedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles like "2024" stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Standard entities are decoded; DOCTYPE-declared ones are bounded so a hostile feed cannot blow up.
  processEntities: {
    enabled: true,
    maxEntityCount: 20,
    maxEntitySize: 1000,
    maxTotalExpansions: 1000,
  },
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document; null when it is not a well-formed feed. */
export function parseFeed(xml: string, baseUrl?: string): Feed | null {
  // The parser is lenient about unclosed elements; a truncated feed should not half-parse.
  if (XMLValidator.validate(xml) !== true) return null;
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch {
    return null;
  }
  const rss = asNode(doc.rss);
  if (rss) {
    const channel = asNode(rss.channel) ?? {};
    return {
      format: 'rss',
      title: textOf(channel.title),
      entries: asList(channel.item).map((item) => rssEntry(item, baseUrl)),
    };
  }
  const rdf = asNode(doc['rdf:RDF']);
  if (rdf) {
    const channel = asNode(rdf.channel) ?? {};
    return {
      format: 'rdf',
      title: textOf(channel.title),
      entries: asList(rdf.item).map((item) => rssEntry(item, baseUrl)),
    };
  }
  const atom = asNode(doc.feed);
  if (atom) {
    return {
      format: 'atom',
      title: textOf(atom.title),
      entries: asList(atom.entry).map((entry) => atomEntry(entry, baseUrl)),
    };
  }
  return null;
}

function rssEntry(item: Node, baseUrl: string | undefined): FeedEntry {
  const guid = item.guid;
  const permalink = asNode(guid)?.['@_isPermaLink'] !== 'false' ? textOf(guid) : null;
  const link = asList(item.link).map(textOf).find(Boolean) ?? permalink;
  return {
    link: absoluteUrl(link, baseUrl),
    title: textOf(item.title),
    publishedAt: isoDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    content: textOf(item['content:encoded']) ?? textOf(item.description),
  };
}

function atomEntry(entry: Node, baseUrl: string | undefined): FeedEntry {
  const links = asList(entry.link);
  const alternate =
    links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const href = typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null;
  return {
    link: absoluteUrl(href, baseUrl),
    title: textOf(entry.title),
    publishedAt: isoDate(textOf(entry.published) ?? textOf(entry.updated)),
    content: textOf(entry.content) ?? textOf(entry.summary),
  };
}

/** A text node is a string, or an object with #text when the element has attributes. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  const node = asNode(value);
  return node && typeof node['#text'] === 'string' ? node['#text'].trim() || null : null;
}

function asNode(value: unknown): Node | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Node)
    : null;
}

function asList(value: unknown): Node[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  // A bare string link (<link>https://…</link>) becomes {#text} so callers see one shape.
  return list.map((entry) =>
    typeof entry === 'string' ? { '#text': entry } : (asNode(entry) ?? {}),
  );
}

function absoluteUrl(link: string | null, baseUrl: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
