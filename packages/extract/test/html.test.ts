import { describe, expect, it } from 'vitest';
import { validateArticle } from '@sourcetrace/article-model';
import { extract } from '../src/index.js';
import { readInput } from '../src/input/index.js';

// Every page below is invented.
const body = `
  <article>
    <h1>Kestrel Point lifeboat crew honoured</h1>
    <p>The volunteer crew of the Kestrel Point lifeboat received the regional bravery award on Friday for a night rescue in the January storms, when nine people were taken off a stranded trawler.</p>
    <p>"None of us thinks of it as bravery. You go because someone would come for you," said coxswain Edda Fairholm, who has served with the crew for twenty-two years.</p>
    <h2>How the rescue unfolded</h2>
    <p>The trawler lost power two miles off the point shortly before midnight, and the crew launched within eleven minutes of the call, according to the lifeboat station's log.</p>
    <figure><img src="boat.jpg" alt=""><figcaption>The Kestrel Point crew at the award ceremony. Photograph: Ola Brink</figcaption></figure>
    <p>The award will be presented again next year, the regional council said, and nominations open in the spring for crews across the whole coast.</p>
  </article>`;

function page(head: string, content = body): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>${content}<footer>© Coastline Weekly</footer></body></html>`;
}

const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('HTML input', () => {
  it('a key with no value is no HTML: { text, html: undefined } is read as text', () => {
    const input = { text: 'Ann Roe said the pier was closed.', html: undefined };
    expect(extract(input as unknown as { text: string }).quotes[0]?.kind).toBe('indirect');
    expect(() => extract({} as unknown as { text: string })).toThrow(TypeError);
  });

  it('reads the metadata from JSON-LD NewsArticle inside an @graph', () => {
    const read = readInput({
      html: page(
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Not the article' },
            {
              '@type': 'NewsArticle',
              headline: 'Lifeboat crew honoured for storm rescue',
              author: [{ '@type': 'Person', name: 'Ola Brink' }, 'Edda Fairholm'],
              publisher: { '@type': 'Organization', name: 'Coastline Weekly' },
              datePublished: '2026-02-06T09:00:00Z',
              mainEntityOfPage: { '@id': 'https://coastline.example/lifeboat-award' },
            },
          ],
        }),
      ),
    });
    expect(read.title).toBe('Lifeboat crew honoured for storm rescue');
    expect(read.source).toEqual({
      format: 'html',
      url: 'https://coastline.example/lifeboat-award',
      publisher: 'Coastline Weekly',
      byline: 'Ola Brink, Edda Fairholm',
      publishedAt: '2026-02-06T09:00:00Z',
    });
  });

  it('falls back to Open Graph and meta tags, resolving a relative canonical URL against the given one', () => {
    const read = readInput({
      url: 'https://coastline.example/news?id=7',
      html: page(`<title>Crew honoured | Coastline Weekly</title>
        <meta property="og:title" content="Lifeboat crew honoured">
        <meta property="og:site_name" content="Coastline Weekly">
        <meta property="article:published_time" content="2026-02-06">
        <meta name="author" content="By Ola Brink">
        <link rel="canonical" href="/news/lifeboat-award">
        ${'<script type="application/ld+json">{ not json</script>'}`),
    });
    expect(read.title).toBe('Lifeboat crew honoured');
    expect(read.source).toEqual({
      format: 'html',
      url: 'https://coastline.example/news/lifeboat-award',
      publisher: 'Coastline Weekly',
      byline: 'Ola Brink',
      publishedAt: '2026-02-06',
    });
  });

  it('keeps the given URL when the page has none, and drops dates and URLs that are not ones', () => {
    const read = readInput({
      url: 'https://coastline.example/a',
      html: page(
        '<meta property="og:url" content="javascript:alert(1)"><meta name="date" content="next Tuesday-ish">',
      ),
    });
    expect(read.source.url).toBe('https://coastline.example/a');
    expect(read.source.publishedAt).toBeUndefined();
  });

  it('lays the readable body out as blocks separated by blank lines, with headings, a caption and the title first', () => {
    const read = readInput({
      html: page('<meta property="og:title" content="Kestrel Point lifeboat crew honoured">'),
    });
    const blocks = read.blocks.map((block) => [
      block.kind,
      read.text.slice(block.span.start, block.span.end),
    ]);
    expect(blocks).toEqual([
      ['title', 'Kestrel Point lifeboat crew honoured'],
      ['paragraph', expect.stringMatching(/^The volunteer crew/)],
      ['paragraph', expect.stringMatching(/^"None of us thinks/)],
      ['heading', 'How the rescue unfolded'],
      ['paragraph', expect.stringMatching(/^The trawler lost power/)],
      ['caption', 'The Kestrel Point crew at the award ceremony. Photograph: Ola Brink'],
      ['paragraph', expect.stringMatching(/^The award will be presented/)],
    ]);
    expect(read.text).toBe(blocks.map(([, text]) => text).join('\n\n'));
    expect(read.text).not.toMatch(/Home|News|Coastline Weekly/);
  });

  it('never lets scripts, styles or event handlers into the text', () => {
    const hostile = body.replace(
      '<h2>',
      '<script>var leak = "SCRIPT-LEAK";</script><style>.x:after{content:"STYLE-LEAK"}</style><noscript>NOSCRIPT-LEAK</noscript><h2 onclick="HANDLER-LEAK()">',
    );
    const read = readInput({ html: page('<script>HEAD-LEAK</script>', hostile) });
    expect(read.text).not.toMatch(/LEAK/);
    expect(read.text).toMatch(/How the rescue unfolded/);
  });

  it('falls back to the visible text when there is no article to find', () => {
    const read = readInput({
      html: '<div>Tide times<br>High water 06:12</div><script>x()</script><p>Low water 12:30',
    });
    expect(read.text).toBe('Tide times\nHigh water 06:12\n\nLow water 12:30');
    expect(read.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(read.source).toEqual({ format: 'html' });
  });

  it('copes with runaway nesting, unclosed tags and entities', () => {
    const deep =
      '<div><span>'.repeat(20_000) + 'Deep text &amp; more &#x1F3C6; &bogus;' + '<p><b><i>unclosed';
    const read = readInput({ html: deep });
    // Past the nesting limit blocks flatten, but no word is lost or glued to the next.
    expect(read.text).toBe('Deep text & more 🏆 &bogus; unclosed');
    expect(validateArticle(extract({ html: deep })).ok).toBe(true);
  });

  it('produces a valid article whose text is the readable text', () => {
    const article = extract({ html: page('<title>Crew honoured</title>') });
    expect(validateArticle(article).ok).toBe(true);
    expect(article.source.format).toBe('html');
    expect(article.text).toBe(readInput({ html: page('<title>Crew honoured</title>') }).text);
  });
});
