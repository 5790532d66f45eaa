import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';

// Invented feeds.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>The Velmora Courier</title>
    <link>https://courier.invalid/</link>
    <item>
      <title>Harbour board votes on &amp; approves the levy</title>
      <link>https://courier.invalid/2031/harbour-levy</link>
      <pubDate>Tue, 04 Mar 2031 09:30:00 GMT</pubDate>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>"We had no choice," said the invented chair.</p>]]></content:encoded>
    </item>
    <item>
      <title>2031</title>
      <guid isPermaLink="true">https://courier.invalid/2031/numbers</guid>
      <description>&lt;p&gt;Escaped HTML&lt;/p&gt;</description>
    </item>
    <item>
      <title>Relative</title>
      <link>/2031/relative</link>
      <pubDate>not a date</pubDate>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Sennick Evening Post</title>
  <entry>
    <title type="html">Mayor &lt;em&gt;opens&lt;/em&gt; bridge</title>
    <link rel="self" href="https://post.invalid/api/1"/>
    <link rel="alternate" type="text/html" href="https://post.invalid/bridge"/>
    <published>2031-05-01T12:00:00+02:00</published>
    <content type="html">&lt;p&gt;"A fine day," the invented mayor said.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Only a summary</title>
    <link href="https://post.invalid/summary"/>
    <updated>2031-05-02T08:00:00Z</updated>
    <summary>Summary text.</summary>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>Calder Notes</title></channel>
  <item><title>One</title><link>https://notes.invalid/one</link><dc:date>2031-01-02</dc:date><description>First.</description></item>
</rdf:RDF>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: links, guids, dates, content', () => {
    const feed = parseFeed(RSS, 'https://courier.invalid/feed.xml');
    expect(feed?.format).toBe('rss');
    expect(feed?.title).toBe('The Velmora Courier');
    expect(feed?.entries).toEqual([
      {
        link: 'https://courier.invalid/2031/harbour-levy',
        title: 'Harbour board votes on & approves the levy',
        publishedAt: '2031-03-04T09:30:00.000Z',
        content: '<p>"We had no choice," said the invented chair.</p>',
      },
      {
        link: 'https://courier.invalid/2031/numbers',
        title: '2031',
        publishedAt: null,
        content: '<p>Escaped HTML</p>',
      },
      {
        link: 'https://courier.invalid/2031/relative',
        title: 'Relative',
        publishedAt: null,
        content: null,
      },
    ]);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const feed = parseFeed(ATOM);
    expect(feed?.format).toBe('atom');
    expect(feed?.title).toBe('Sennick Evening Post');
    expect(feed?.entries[0]).toEqual({
      link: 'https://post.invalid/bridge',
      title: 'Mayor <em>opens</em> bridge',
      publishedAt: '2031-05-01T10:00:00.000Z',
      content: '<p>"A fine day," the invented mayor said.</p>',
    });
    expect(feed?.entries[1]).toMatchObject({
      link: 'https://post.invalid/summary',
      content: 'Summary text.',
      publishedAt: '2031-05-02T08:00:00.000Z',
    });
  });

  it('reads RSS 1.0 (RDF)', () => {
    const feed = parseFeed(RDF);
    expect(feed).toMatchObject({ format: 'rdf', title: 'Calder Notes' });
    expect(feed?.entries).toEqual([
      {
        link: 'https://notes.invalid/one',
        title: 'One',
        publishedAt: '2031-01-02T00:00:00.000Z',
        content: 'First.',
      },
    ]);
  });

  it('says null for XML that is not a feed and for broken XML', () => {
    expect(parseFeed('<?xml version="1.0"?><note><to>x</to></note>')).toBeNull();
    expect(parseFeed('<rss><channel><item>')).toBeNull();
  });

  it('drops links that are not http(s)', () => {
    const feed = parseFeed(
      '<rss><channel><item><link>javascript:alert(1)</link><description>d</description></item></channel></rss>',
    );
    expect(feed?.entries[0]?.link).toBeNull();
  });

  it('bounds entity expansion in a hostile DOCTYPE', () => {
    const lol = Array.from(
      { length: 30 },
      (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`,
    ).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "lol">${lol}]><rss><channel><title>&e30;</title></channel></rss>`;
    // Either refused outright or parsed without expanding: never a huge string.
    const feed = parseFeed(xml);
    expect(feed === null || (feed.title ?? '').length < 10_000).toBe(true);
  });
});
