import { quotesByChannel, quotesBySpeaker, type Article } from '@sourcetrace/article-model';
import type { SpeakerSwatch } from './palette.js';

export interface Bar {
  label: string;
  count: number;
  /** CSS class for the bar's fill. */
  colour: string;
}

/** Quotes per speaker, in legend order and colours. */
export function speakerBars(palette: SpeakerSwatch[]): Bar[] {
  return palette.map((swatch) => ({
    label: swatch.speaker?.name ?? 'Unattributed',
    count: swatch.quotes.length,
    colour: swatch.colour,
  }));
}

/** Quotes per outlet: said by the outlet itself ("said Reuters") or given to it ("told CNN"). */
export function outletBars(article: Article): Bar[] {
  return article.entities
    .filter((entity) => entity.outlet)
    .map((outlet) => ({
      label: outlet.name,
      count: new Set([
        ...quotesByChannel(article, outlet.id),
        ...quotesBySpeaker(article, outlet.id),
      ]).size,
      colour: 'bar-outlet',
    }))
    .filter((bar) => bar.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const CHART = {
  width: 320,
  row: 24,
  labelWidth: 150,
  countWidth: 28,
  maxLabel: 20,
} as const;

export interface BarGeometry extends Bar {
  /** The label as drawn (long names are shortened; the full name goes in a <title>). */
  shown: string;
  y: number;
  width: number;
}

function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Where each bar goes: widths scale to the largest count, so the longest bar fills the row. */
export function layoutBars(bars: Bar[]): { height: number; bars: BarGeometry[] } {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const span = CHART.width - CHART.labelWidth - CHART.countWidth;
  return {
    height: bars.length * CHART.row,
    bars: bars.map((bar, index) => ({
      ...bar,
      shown: shorten(bar.label, CHART.maxLabel),
      y: index * CHART.row,
      width: Math.max(2, Math.round((bar.count / max) * span)),
    })),
  };
}
