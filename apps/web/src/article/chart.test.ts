import { describe, expect, it } from 'vitest';
import { bridgeArticle } from '../../test/fixtures.js';
import { CHART, layoutBars, outletBars, speakerBars } from './chart.js';
import { speakerPalette } from './palette.js';

describe('chart data', () => {
  it('counts quotes per speaker in legend colours', () => {
    expect(speakerBars(speakerPalette(bridgeArticle))).toEqual([
      { label: 'Lina Okafor', count: 2, colour: 'spk-0' },
      { label: 'Tomas Brandt', count: 1, colour: 'spk-1' },
    ]);
  });

  it('counts quotes an outlet carried or said itself, and leaves out outlets never quoted', () => {
    const said = { ...bridgeArticle.quotes[2]!, id: 'q-said-by-courier', speakerId: 'courier' };
    const quiet = { ...bridgeArticle.entities[2]!, id: 'quiet', name: 'Quiet Gazette' };
    const article = {
      ...bridgeArticle,
      entities: [...bridgeArticle.entities, quiet],
      quotes: [...bridgeArticle.quotes, said],
    };
    expect(outletBars(article)).toEqual([
      { label: 'Valley Courier', count: 2, colour: 'bar-outlet' },
    ]);
  });

  it('scales bars to the largest count and shortens long labels', () => {
    const { height, bars } = layoutBars([
      { label: 'A very long speaker name indeed', count: 4, colour: 'spk-0' },
      { label: 'Short', count: 1, colour: 'spk-1' },
    ]);
    const span = CHART.width - CHART.labelWidth - CHART.countWidth;
    expect(height).toBe(2 * CHART.row);
    expect(bars.map((bar) => [bar.y, bar.width])).toEqual([
      [0, span],
      [CHART.row, Math.round(span / 4)],
    ]);
    expect(bars[0]!.shown).toHaveLength(CHART.maxLabel);
    expect(bars[0]!.shown.endsWith('…')).toBe(true);
    expect(bars[1]!.shown).toBe('Short');
  });
});
