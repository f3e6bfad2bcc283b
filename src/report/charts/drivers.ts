/**
 * The driver profile as a radar: one axis per driver, always in questionnaire order and always
 * 0–100, so two reports can be laid side by side.
 */
import type { ChartConfiguration } from 'chart.js';
import { ACCENT, ACCENT_FILL, GRID, INK } from './colours';

export interface DriverPoint {
  title: string;
  score: number | null;
}

/** Splits a long axis label over lines of about `width` characters, at spaces. */
export function wrapLabel(label: string, width = 14): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function driversChart(
  drivers: readonly DriverPoint[],
): ChartConfiguration<'radar', (number | null)[], string[]> {
  return {
    type: 'radar',
    data: {
      labels: drivers.map((d) => wrapLabel(d.title)),
      datasets: [
        {
          data: drivers.map((d) => d.score),
          borderColor: ACCENT,
          backgroundColor: ACCENT_FILL,
          pointBackgroundColor: ACCENT,
          pointBorderColor: '#ffffff',
          pointRadius: 4,
          borderWidth: 2,
          fill: true,
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      scales: {
        r: {
          min: 0,
          max: 100,
          beginAtZero: true,
          ticks: { stepSize: 25, color: INK, backdropColor: 'rgba(255,255,255,0.85)', font: { size: 11 } },
          grid: { color: GRID },
          angleLines: { color: GRID },
          pointLabels: { color: INK, font: { size: 13, weight: 'bold' } },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  };
}
