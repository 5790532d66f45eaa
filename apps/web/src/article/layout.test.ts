import { overlay } from '@sourcetrace/article-model';
import { syntheticArticle } from '@sourcetrace/store/testing';
import { describe, expect, it } from 'vitest';
import { bridgeArticle } from '../../test/fixtures.js';
import { layoutRuns, type Paragraph } from './layout.js';

const textOf = (paragraph: Paragraph) =>
  paragraph.segments.flatMap((segment) => segment.runs.map((run) => run.text)).join('');

describe('layoutRuns', () => {
  const paragraphs = layoutRuns(overlay(bridgeArticle));

  it('makes one paragraph per block, dropping the blank lines between them', () => {
    expect(paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'title',
      'paragraph',
      'paragraph',
    ]);
    expect(paragraphs.map(textOf)).toEqual(bridgeArticle.text.split('\n\n'));
  });

  it('gathers each piece of a quote into one segment', () => {
    const pieces = paragraphs.flatMap((paragraph) =>
      paragraph.segments.filter((segment) => segment.quote),
    );
    expect(
      pieces.map((segment) => [
        segment.quote!.quoteId,
        segment.runs.map((run) => run.text).join(''),
      ]),
    ).toEqual([
      ['q-okafor-1', 'the bridge "will open in May"'],
      ['q-okafor-2', 'tolls would stay'],
      ['q-brandt', '"We are ready,"'],
      ['q-brandt', '"and the cables are in."'],
    ]);
  });

  it('keeps every character of a synthetic article in order when blocks cover the text', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const article = syntheticArticle(seed);
      const shown = layoutRuns(overlay(article)).map(textOf).join('');
      expect(shown.replace(/\s+/g, '')).toBe(article.text.replace(/\s+/g, ''));
    }
  });

  it('keeps all of a text no block covers, line breaks included', () => {
    const bare = { ...bridgeArticle, blocks: [] };
    const laid = layoutRuns(overlay(bare));
    expect(laid.every((paragraph) => paragraph.kind === null)).toBe(true);
    expect(laid.map(textOf).join('\n\n')).toBe(bridgeArticle.text);
  });
});
