import type { Article, Quote } from '@sourcetrace/article-model';
import { describe, expect, it } from 'vitest';
import { bridgeArticle } from '../../test/fixtures.js';
import { colourLookup, speakerPalette, SPEAKER_COLOURS } from './palette.js';

describe('speakerPalette', () => {
  it('colours the most quoted speaker first and unattributed quotes last', () => {
    const unattributed: Quote = { ...bridgeArticle.quotes[0]!, id: 'q-none', speakerId: null };
    const article: Article = { ...bridgeArticle, quotes: [...bridgeArticle.quotes, unattributed] };
    const palette = speakerPalette(article);
    expect(
      palette.map((swatch) => [swatch.speaker?.id ?? null, swatch.colour, swatch.quotes.length]),
    ).toEqual([
      ['okafor', 'spk-0', 2],
      ['brandt', 'spk-1', 1],
      [null, 'spk-none', 1],
    ]);
    const colourOf = colourLookup(palette);
    expect(colourOf('brandt')).toBe('spk-1');
    expect(colourOf(null)).toBe('spk-none');
    expect(colourOf('not-a-speaker')).toBe('spk-none');
  });

  it('shares one neutral colour once the distinct colours run out', () => {
    const speakers = Array.from({ length: SPEAKER_COLOURS + 2 }, (_, i) => ({
      ...bridgeArticle.entities[1]!,
      id: `s${i}`,
      name: `Speaker ${String(i).padStart(2, '0')}`,
    }));
    const quotes = speakers.map((speaker, i) => ({
      ...bridgeArticle.quotes[2]!,
      id: `q${i}`,
      speakerId: speaker.id,
    }));
    const colours = speakerPalette({ ...bridgeArticle, entities: speakers, quotes }).map(
      (swatch) => swatch.colour,
    );
    expect(colours.slice(0, SPEAKER_COLOURS)).toEqual(
      Array.from({ length: SPEAKER_COLOURS }, (_, i) => `spk-${i}`),
    );
    expect(colours.slice(SPEAKER_COLOURS)).toEqual(['spk-more', 'spk-more']);
  });
});
