import { describe, expect, it } from 'vitest';
import type { BlockKind } from '@sourcetrace/article-model';
import { readInput } from '../src/input/index.js';

/** [kind, text] for every block, so a failure shows what was found. */
function blocksOf(text: string): [BlockKind, string][] {
  const read = readInput(text);
  return read.blocks.map((block) => [
    block.kind,
    read.text.slice(block.span.start, block.span.end),
  ]);
}

const kindOf = (text: string, line: string) =>
  blocksOf(text).find(([, found]) => found === line)?.[0];

// All article text below is invented.
describe('plain-text blocks', () => {
  const article = [
    'Ferry fares to rise on the Orrin Bay crossing',
    'By Katya Morrow, Transport Reporter',
    'When you shop through retailer links on our site, we may earn affiliate commission.',
    'Ferry fares between Orrin Bay and Kestrel Point will rise by nine per cent from June, the operator announced on Monday.',
    'Why are fares going up?',
    'The operator blamed fuel costs and a new harbour levy for the increase, which is the second in a year.',
    'Advertisement',
    'Regular passengers',
    'Commuters who travel daily said the rise would add about 300 crowns a month to their bills.',
    'Share this article',
  ].join('\n');

  it('finds the headline, byline, disclaimer, headings and furniture of a pasted page', () => {
    expect(blocksOf(article)).toEqual([
      ['title', 'Ferry fares to rise on the Orrin Bay crossing'],
      ['byline', 'By Katya Morrow, Transport Reporter'],
      [
        'boilerplate',
        'When you shop through retailer links on our site, we may earn affiliate commission.',
      ],
      ['paragraph', expect.stringMatching(/^Ferry fares between/)],
      ['heading', 'Why are fares going up?'],
      ['paragraph', expect.stringMatching(/^The operator blamed/)],
      ['boilerplate', 'Advertisement'],
      ['heading', 'Regular passengers'],
      ['paragraph', expect.stringMatching(/^Commuters who travel/)],
      ['boilerplate', 'Share this article'],
    ]);
    expect(readInput(article).title).toBe('Ferry fares to rise on the Orrin Bay crossing');
  });

  it.each([
    'Our journalists independently select products; if you buy through links, the publisher may receive a share of sales.',
    'Sign up for the Weekend Digest, delivered to your inbox every Saturday.',
    'Get our free newsletter: the best of local news in your inbox every morning',
    '(Photo: Lena Hartwig/Northshore Courier)',
    'Lena Hartwig/Getty Images',
    'Read more: Why the Brenna keeps flooding',
    'Copyright 2026 Brenna League Media',
    '© Northshore Courier 2026',
    'Reporting by Jonas Ekwueme; Editing by Petra Lindahl',
    'Story continues below advertisement',
    'Follow Katya Morrow on Twitter @kmorrow.',
    'Follow the Northshore Courier on Instagram',
    'Posted: Mar 4, 2026 9:15 AM AST | Last Updated: 3 hours ago',
    'Published: Nov. 3, 2026 4:12 p.m.',
    'This report by the Northshore Courier was first published March 4, 2026.',
  ])('marks page furniture as boilerplate: %s', (line) => {
    const text = `A headline about the harbour\n${line}\nThe harbour board met on Tuesday to discuss the plan, which has been delayed twice.`;
    expect(kindOf(text, line)).toBe('boilerplate');
  });

  it('keeps a sentence that opens on "Published on" as a paragraph', () => {
    const line = 'Published on Monday, the harbour report found that wages fell.';
    expect(kindOf(`Harbour wages\n${line}\nMore follows.`, line)).toBe('paragraph');
  });

  it('keeps prose that only mentions newsletters or commissions as paragraphs', () => {
    const line =
      'The commission said on Friday that the newsletter the council had sent to residents in March contained errors about the cost of the scheme, and asked for a correction to be published.';
    expect(kindOf(`Council newsletter criticised\n${line}\nMore follows.`, line)).toBe('paragraph');
  });

  it.each([
    'By Jonas Ekwueme',
    'By Jonas Ekwueme and Li Wen',
    'Jonas Ekwueme, Sports Correspondent',
    'Jonas Ekwueme | Brenna Sport Weekly',
  ])('finds a byline: %s', (line) => {
    expect(
      kindOf(
        `Rovers win again\n${line}\nRovers won 3-0 on Saturday, their fifth win in a row.`,
        line,
      ),
    ).toBe('byline');
  });

  it('does not take an ordinary sentence starting with "By" for a byline', () => {
    const line = 'By the end of the night, the square was empty.';
    expect(
      kindOf(`Quiet night in Varnholm\n${line}\nPolice said there had been no arrests.`, line),
    ).toBe('paragraph');
  });

  it('marks a picture description with a credit as a caption', () => {
    const line = 'Volunteers fill sandbags near the old mill. Photograph: Lena Hartwig';
    expect(
      kindOf(
        `Flood warning for the valley\nThe river rose overnight.\n${line}\nMore rain is forecast.`,
        line,
      ),
    ).toBe('caption');
  });

  it('does not take a first line that ends in a full stop, or a lone line, for a title', () => {
    expect(blocksOf('The council met on Tuesday.\nIt agreed the budget.')[0]?.[0]).toBe(
      'paragraph',
    );
    expect(blocksOf('Harbour reopens')).toEqual([['paragraph', 'Harbour reopens']]);
    // a full stop inside the closing quote mark ends the sentence all the same
    expect(blocksOf('Mayor Ann Roe said the plan was "dead."\nNobody came.')[0]?.[0]).toBe(
      'paragraph',
    );
    expect(blocksOf('Mayor says plan is "dead"\nNobody came.')[0]?.[0]).toBe('title');
    expect(blocksOf("Mayor calls plan 'dead.'\nNobody came.")[0]?.[0]).toBe('title');
  });

  it('uses a given title to recognise the first line, even with a final full stop', () => {
    const read = readInput({
      text: 'Harbour reopens after storm.\n\nThe harbour reopened on Monday.',
      title: 'Harbour reopens after storm',
    });
    expect(read.blocks[0]?.kind).toBe('title');
    expect(read.title).toBe('Harbour reopens after storm');
  });

  it('does not take short sentences, or lines before a shorter line, for headings', () => {
    const text =
      'Storm closes harbour\nThe harbour closed at noon.\nHe declined to comment.\nBoats were moved inland\nYes.';
    expect(blocksOf(text).map(([kind]) => kind)).toEqual([
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('does not take quoted questions, interview turns or rhetorical questions for headings', () => {
    const lines = [
      '"Will the ferry run on Sundays?',
      'Q: Will you stand again?',
      'It is a fair price, isn’t it?',
    ];
    const text = [
      'Ferry talks go on',
      'The operator met passengers on Monday.',
      ...lines.flatMap((line) => [line, 'The meeting went on for an hour after that.']),
    ].join('\n');
    for (const line of lines) expect(kindOf(text, line)).toBe('paragraph');
  });

  it('takes a short quoted phrase with no full stop over a longer paragraph for a heading', () => {
    const text = [
      'Ferry talks go on',
      'The operator met passengers on Monday.',
      "'Too long on the water'",
      'Passengers told the operator that the crossing now takes an hour in winter.',
      '"We will not pay more."',
      'The meeting went on for an hour after that.',
    ].join('\n');
    expect(kindOf(text, "'Too long on the water'")).toBe('heading');
    expect(kindOf(text, '"We will not pay more."')).toBe('paragraph');
  });

  it('keeps CRLF text unchanged and trims blocks inside it', () => {
    const text =
      'Rovers sign a striker\r\n\r\n  Castwick Rovers have signed Daniel Oduya.  \r\nThe fee was not disclosed.\r\n';
    const read = readInput(text);
    expect(read.text).toBe(text);
    expect(read.blocks.map((block) => text.slice(block.span.start, block.span.end))).toEqual([
      'Rovers sign a striker',
      'Castwick Rovers have signed Daniel Oduya.',
      'The fee was not disclosed.',
    ]);
  });

  it('joins hard-wrapped lines of one paragraph, but not lines after a blank line', () => {
    const text =
      'Wire copy\n\nThe port authority said the dredging\nwould begin in May and last\nuntil the autumn.\n\nshipping lines were told on Friday.';
    expect(blocksOf(text)).toEqual([
      ['title', 'Wire copy'],
      [
        'paragraph',
        'The port authority said the dredging\nwould begin in May and last\nuntil the autumn.',
      ],
      ['paragraph', 'shipping lines were told on Friday.'],
    ]);
  });

  it('keeps the metadata a caller gives and rejects a URL that is not one', () => {
    const read = readInput({
      text: 'Body text.',
      url: 'https://ledger.example/a',
      publisher: 'Daily Ledger',
      byline: 'Katya Morrow',
      publishedAt: '2026-01-02',
    });
    expect(read.source).toEqual({
      format: 'text',
      url: 'https://ledger.example/a',
      publisher: 'Daily Ledger',
      byline: 'Katya Morrow',
      publishedAt: '2026-01-02',
    });
    expect(() => readInput({ text: 'Body text.', url: 'not a url' })).toThrow(
      /absolute http\(s\) URL/,
    );
    expect(() => readInput({ text: 'Body text.', url: 'javascript:alert(1)' })).toThrow(
      /absolute http\(s\) URL/,
    );
  });
});
