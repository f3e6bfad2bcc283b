/**
 * The chart of your current time over work that grows, stays and shrinks: a horizontal bar per
 * trend, the percentage written at the end of each bar so the chart also reads in black and white.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { Trend } from '../../domain/format';
import { TREND_ORDER, type TrendShares } from '../../domain/report';
import { INK, TREND_COLOURS } from './colours';

export const CHART_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** The smallest 2D-context surface the value labels need (so tests can record the calls). */
export interface LabelContext {
  save(): void;
  restore(): void;
  fillText(text: string, x: number, y: number): void;
  font: string;
  fillStyle: unknown;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
}

/** Writes each bar's value ("22%") just after its end. */
export function barValueLabels(format: (value: number) => string): Plugin<'bar'> {
  return {
    id: 'morgenscanBarValues',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as unknown as LabelContext;
      const meta = chart.getDatasetMeta(0);
      const data = chart.data.datasets[0]?.data ?? [];
      ctx.save();
      ctx.font = `600 13px ${CHART_FONT}`;
      ctx.fillStyle = INK;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      meta.data.forEach((bar, index) => {
        const value = data[index];
        if (typeof value !== 'number') return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(format(value), x + 6, y);
      });
      ctx.restore();
    },
  };
}

export function timeShareChart(
  share: TrendShares,
  labels: Readonly<Record<Trend, string>>,
  formatPercent: (value: number) => string,
): ChartConfiguration<'bar', number[], string> {
  return {
    type: 'bar',
    data: {
      labels: TREND_ORDER.map((trend) => labels[trend]),
      datasets: [
        {
          data: TREND_ORDER.map((trend) => share[trend]),
          backgroundColor: TREND_ORDER.map((trend) => TREND_COLOURS[trend]),
          borderColor: INK,
          borderWidth: 1,
          barPercentage: 0.7,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      // Room on the right for the value written after the longest bar.
      layout: { padding: { right: 48 } },
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: INK, font: { size: 12 }, callback: (value) => formatPercent(Number(value)) },
          grid: { color: '#d5d8dc' },
        },
        y: { ticks: { color: INK, font: { size: 14, weight: 'bold' } }, grid: { display: false } },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
    plugins: [barValueLabels(formatPercent)],
  };
}
