import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticle, type Article } from '@sourcetrace/article-model';
import { extract } from '../src/index.js';

/** Every UTF-16 code unit, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((units) => String.fromCharCode(...units));

/** Pieces that news text and its attribution rules are made of, shaken together. */
const newsPiece = fc.constantFrom(
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '\r\n',
  '\n',
  '\r',
  '\n\n',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '\ud800',
  '\udfff',
  '🏆',
  'said',
  ' said ',
  'told the Daily Ledger',
  ', according to ',
  'It is understood that ',
  'reportedly',
  'He',
  'she said.',
  'Mara Lindqvist',
  'Ольга Смирнова',
  '李明',
  'By ',
  'Advertisement',
  'Read more:',
  '?',
  '.',
  ',',
  ':',
  '—',
  '(Photo: X)',
);
const newsSoup = fc.array(newsPiece, { maxLength: 120 }).map((pieces) => pieces.join(''));
/** Long runs of one character: quote marks, capitals, newlines. */
const hugeRun = fc
  .tuple(
    fc.constantFrom('"', '“', 'A', 'Said ', '\n', '\r\n', ' ', '.', '!', 'x'),
    fc.integer({ min: 500, max: 5_000 }),
  )
  .map(([unit, count]) => unit.repeat(count));
const anyText = fc.oneof(
  fc.string(),
  codeUnits,
  newsSoup,
  hugeRun,
  fc.tuple(newsSoup, hugeRun, newsSoup).map((parts) => parts.join('')),
);

function expectValid(article: Article): void {
  const result = validateArticle(article);
  expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
}

describe('extract on any input', () => {
  it('returns a valid article with the text unchanged, and never throws, for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = extract(text);
        expect(article.text).toBe(text);
        expectValid(article);
        for (const block of article.blocks) {
          const content = text.slice(block.span.start, block.span.end);
          expect(content.trim()).toBe(content);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on one sentence with more speech than a call can take as arguments', () => {
    // invented; 130,000 cues with no sentence end: every one is a quote of the same unit
    const text = 'the mayor said the plan would work and officials said it would not and '.repeat(
      65_000,
    );
    expect(extract(text).quotes.length).toBeGreaterThan(125_000);
  }, 120_000);

  it('gives the same article for the same text', () => {
    fc.assert(
      fc.property(newsSoup, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 50 },
    );
  });
});

const htmlPiece = fc.constantFrom(
  '<p>',
  '</p>',
  '<div onclick="alert(1)">',
  '</div>',
  '<h2>',
  '</h2>',
  '<h3>',
  '<br>',
  '<br/>',
  '<figure>',
  '<figcaption>',
  '</figcaption>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<html>',
  '</html>',
  '<head>',
  '<body>',
  '</body>',
  '<title>',
  '</title>',
  '<meta property="og:title" content="',
  '<meta name="date" content="',
  '">',
  '<link rel="canonical" href="',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&bogus',
  '<',
  '>',
  '"',
  "'",
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<table><tr><td>',
  '<svg><script>',
  '<textarea>',
);
const htmlText = fc.constantFrom(
  'Harbour',
  ' said ',
  '“We will”',
  'Ольга',
  '🏆',
  '\r\n',
  ' ',
  'x',
  '\u0000',
  '\ud800',
);
const htmlish = fc
  .array(fc.oneof(htmlPiece, htmlText, fc.string({ maxLength: 20 })), { maxLength: 150 })
  .map((pieces) => pieces.join(''));

describe('extract on any HTML-ish input', () => {
  it('returns a valid article laid out as blocks separated by blank lines, and never throws', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const article = extract({ html });
        expectValid(article);
        expect(article.source.format).toBe('html');
        const pieces = article.blocks.map((block) =>
          article.text.slice(block.span.start, block.span.end),
        );
        expect(pieces.join('\n\n')).toBe(article.text);
        for (const piece of pieces) expect(piece.trim()).toBe(piece);
      }),
      { numRuns: 150 },
    );
  });

  it('never lets the content of a script into the text', () => {
    // Markup that makes the script tag not a script (inside a title, a textarea, a comment or
    // another tag's name, as in "<x<script>") is left out: browsers show that as text too.
    const safePiece = htmlPiece.filter(
      (piece) =>
        piece !== '<' && !/title|textarea|<!--|CDATA|ld\+json|content="|href="/.test(piece),
    );
    const around = fc
      .array(fc.oneof(safePiece, htmlText), { maxLength: 60 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(around, around, (before, after) => {
        const article = extract({
          html: `${before}<script>document.write("SCRIPT-MARKER")</script>${after}`,
        });
        expect(article.text).not.toContain('SCRIPT-MARKER');
      }),
      { numRuns: 150 },
    );
  });
});
