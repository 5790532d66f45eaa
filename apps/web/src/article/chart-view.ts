import { el, svg } from '../ui/dom.js';
import { CHART, layoutBars, type Bar } from './chart.js';

/** A small horizontal bar chart, drawn as SVG with classes for colour (no inline styles). */
export function barChart(title: string, bars: Bar[], emptyText: string): HTMLElement {
  const figure = el('figure', { class: 'chart' }, el('figcaption', {}, title));
  if (bars.length === 0) {
    figure.append(el('p', { class: 'muted' }, emptyText));
    return figure;
  }
  const { height, bars: geometry } = layoutBars(bars);
  const chart = svg('svg', {
    attrs: {
      viewBox: `0 0 ${CHART.width} ${height}`,
      width: '100%',
      role: 'img',
      'aria-label': title,
    },
  });
  for (const bar of geometry) {
    const middle = bar.y + CHART.row / 2;
    chart.append(
      svg(
        'g',
        { class: 'chart-row' },
        svg('title', {}, `${bar.label}: ${bar.count}`),
        svg(
          'text',
          {
            class: 'chart-label',
            attrs: {
              x: CHART.labelWidth - 8,
              y: middle,
              'text-anchor': 'end',
              'dominant-baseline': 'central',
            },
          },
          bar.shown,
        ),
        svg('rect', {
          class: `chart-bar ${bar.colour}`,
          attrs: {
            x: CHART.labelWidth,
            y: bar.y + 4,
            width: bar.width,
            height: CHART.row - 8,
            rx: 3,
          },
        }),
        svg(
          'text',
          {
            class: 'chart-count',
            attrs: {
              x: CHART.labelWidth + bar.width + 6,
              y: middle,
              'dominant-baseline': 'central',
            },
          },
          bar.count,
        ),
      ),
    );
  }
  figure.append(chart);
  return figure;
}
