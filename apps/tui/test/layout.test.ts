import { describe, expect, it } from 'vitest';
import { layoutArticle, type Line } from '../src/reader/layout.js';
import { displayWidth, fitWidth, wrapPlain } from '../src/text/width.js';
import { inventedArticle } from './support.js';

const lineText = (line: Line) => line.map((segment) => segment.text).join('');
/** What the article itself says on a line, without the speaker numbers and hedge tags. */
const articleText = (line: Line) =>
  line
    .filter((segment) => !segment.style.marker)
    .map((segment) => segment.text)
    .join('');

describe('article layout', () => {
  it('keeps every line within the width and every word of the text, in order', () => {
    const article = inventedArticle({
      extra: 'A very-long-hyphenated-word-that-is-wider-than-the-screen-itself sits here.',
    });
    for (const width of [20, 33, 80]) {
      const layout = layoutArticle(article, width, { markers: false });
      for (const line of layout.lines.map(lineText))
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(layout.lines.map(articleText).join('').replace(/\s+/g, '')).toBe(
        article.text.replace(/\s+/g, ''),
      );
    }
  });

  it('knows the line each quote starts on, in reading order', () => {
    const layout = layoutArticle(inventedArticle(), 40, { markers: false });
    expect(layout.quoteOrder).toEqual(['q1', 'q2', 'q3']);
    for (const id of layout.quoteOrder) {
      const line = layout.lines[layout.quoteLine.get(id)!]!;
      expect(line.some((segment) => segment.style.quoteId === id)).toBe(true);
    }
  });

  it('ranks speakers by number of quotes for the legend and the markers', () => {
    const layout = layoutArticle(inventedArticle(), 80, { markers: true });
    expect(layout.legend.map((entry) => [entry.rank, entry.name, entry.quotes])).toEqual([
      [0, 'Ada Quillfeather', 2],
      [1, 'Bram Ostrowe', 1],
    ]);
    const text = layout.lines.map(lineText).join('\n');
    expect(text).toContain('[1] No ship moves');
    expect(text).toContain('[2] the crossing');
    expect(text).toContain('[rumour?] the lighthouse');
  });

  it('underlines mentions and dims boilerplate through the styles it records', () => {
    const layout = layoutArticle(inventedArticle(), 80, { markers: false });
    const segments = layout.lines.flat();
    expect(segments.find((s) => s.text === 'Bram Ostrowe')?.style.mention).toBe(true);
    expect(segments.find((s) => s.text.startsWith('Subscribe'))?.style.block).toBe('boilerplate');
    expect(segments.find((s) => s.text.startsWith('Fog closes'))?.style.block).toBe('title');
  });
});

describe('table cells and wrapping', () => {
  it('fits table cells to an exact width, wide characters counted as two columns', () => {
    expect(fitWidth('abcdef', 4)).toBe('abc…');
    expect(fitWidth('ab', 4)).toBe('ab  ');
    expect(fitWidth('7', 3, 'right')).toBe('  7');
    expect(fitWidth('日本語', 4)).toBe('日… ');
    expect(displayWidth(fitWidth('日本語', 4))).toBe(4);
  });

  it('wraps plain text greedily and keeps explicit line breaks', () => {
    expect(wrapPlain('one two three four\nfive', 9)).toEqual(['one two', 'three', 'four', 'five']);
  });
});
