import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { TREND_COLOURS } from '../../../src/report/charts/colours';
import { driversChart, wrapLabel } from '../../../src/report/charts/drivers';
import { barValueLabels, type LabelContext, timeShareChart } from '../../../src/report/charts/timeShare';

const labels = { groeit: 'Groeit', blijft: 'Blijft', krimpt: 'Krimpt' };
const percent = (value: number) => `${value}%`;

describe('timeShareChart', () => {
  const config = timeShareChart({ groeit: 22, blijft: 22, krimpt: 56 }, labels, percent);

  it('shows the three trends, growing first, with their own colour', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Groeit', 'Blijft', 'Krimpt']);
    expect(config.data.datasets[0]?.data).toEqual([22, 22, 56]);
    expect(config.data.datasets[0]?.backgroundColor).toEqual([
      TREND_COLOURS.groeit,
      TREND_COLOURS.blijft,
      TREND_COLOURS.krimpt,
    ]);
  });

  it('draws at once, horizontally, on a fixed 0–100 axis', () => {
    expect(config.options?.animation).toBe(false);
    expect(config.options?.indexAxis).toBe('y');
    const x = config.options?.scales?.x as { min: number; max: number; ticks: { callback: (v: number) => string } };
    expect([x.min, x.max]).toEqual([0, 100]);
    expect(x.ticks.callback(25)).toBe('25%');
  });

  it('writes each value next to its bar, so the chart reads without colour', () => {
    const calls: [string, number, number][] = [];
    const ctx: LabelContext = {
      save() {},
      restore() {},
      fillText: (text, x, y) => calls.push([text, x, y]),
      font: '',
      fillStyle: '',
      textAlign: 'start',
      textBaseline: 'alphabetic',
    };
    const bars = [10, 20, 30].map((y, i) => ({ getProps: () => ({ x: 100 + i * 50, y }) }));
    const fakeChart = {
      ctx,
      data: { datasets: [{ data: [22, 22, 56] }] },
      getDatasetMeta: () => ({ data: bars }),
    } as unknown as Chart<'bar'>;
    const plugin = barValueLabels(percent);
    plugin.afterDatasetsDraw?.(fakeChart, {}, {}, false as never);
    expect(calls).toEqual([
      ['22%', 106, 10],
      ['22%', 156, 20],
      ['56%', 206, 30],
    ]);
  });
});

describe('driversChart', () => {
  const config = driversChart([
    { title: 'Contact met mensen', score: 88 },
    { title: 'Helpen en adviseren', score: 100 },
    { title: 'Digitaal werken', score: null },
  ]);

  it('puts every driver on its own axis, keeps gaps for missing scores and fixes the scale at 0–100', () => {
    expect(config.type).toBe('radar');
    expect(config.data.labels).toEqual([
      ['Contact met', 'mensen'],
      ['Helpen en', 'adviseren'],
      ['Digitaal', 'werken'],
    ]);
    expect(config.data.datasets[0]?.data).toEqual([88, 100, null]);
    const r = config.options?.scales?.r as { min: number; max: number };
    expect([r.min, r.max]).toEqual([0, 100]);
    expect(config.options?.animation).toBe(false);
    expect(config.data.datasets[0]?.fill).toBe(true);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces near the width and never splits a word', () => {
    expect(wrapLabel('Samenwerken')).toEqual(['Samenwerken']);
    expect(wrapLabel('Uitzoeken en onderzoeken', 14)).toEqual(['Uitzoeken en', 'onderzoeken']);
    expect(wrapLabel('Klantcontactcentrummedewerker', 10)).toEqual(['Klantcontactcentrummedewerker']);
    expect(wrapLabel('  ')).toEqual([]);
  });
});
