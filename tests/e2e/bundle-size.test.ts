import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHART_JS_MARKER,
  deepLinkLoad,
  FIRST_SCREEN_BUDGET_GZIP,
  firstLoad,
  total,
  ZOD_MARKER,
} from '../../bench/first-load';

const dist = resolve(import.meta.dirname, '../../dist');

function builtScripts(): string[] {
  return readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
}

function contains(path: string, marker: string): boolean {
  return readFileSync(join(dist, path), 'utf8').includes(marker);
}

describe('the built first screen', () => {
  it('exists (run vite build first)', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('loads a module script from index.html', () => {
    expect(firstLoad(dist).js.length).toBeGreaterThan(0);
  });

  it(`stays within ${FIRST_SCREEN_BUDGET_GZIP / 1000} kB gzip for JS + CSS`, () => {
    const load = firstLoad(dist);
    const js = total(load.js);
    const css = total(load.css);
    const files = [...load.js, ...load.css].map((f) => `${f.path}: ${(f.gzip / 1000).toFixed(1)} kB gzip`).join('\n');
    expect(js.gzip + css.gzip, `first-screen files:\n${files}`).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_GZIP);
  });

  it('does not load Chart.js; Chart.js is in a lazy chunk', () => {
    const first = new Set(firstLoad(dist).js.map((f) => f.path));
    const withChart = builtScripts().filter((path) => contains(path, CHART_JS_MARKER));
    // The marker must be findable, or this test would pass for the wrong reason.
    expect(withChart.length, 'no built chunk contains Chart.js').toBeGreaterThan(0);
    expect(withChart.filter((path) => first.has(path))).toEqual([]);
  });

  it('does not load zod; questionnaire validation is in a lazy chunk', () => {
    const first = firstLoad(dist).js.map((f) => f.path);
    // As for Chart.js: the marker must be findable in the build, or this test would prove nothing.
    expect(
      builtScripts().filter((path) => contains(path, ZOD_MARKER)).length,
      'no built chunk contains zod',
    ).toBeGreaterThan(0);
    expect(first.filter((path) => contains(path, ZOD_MARKER))).toEqual([]);
  });

  it('does not load zod on a deep link to a scan before its first screen', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const loaded = deepLinkLoad(dist, '#/scan/scan-1/3');
    // The scan's code and its trusted read are in there, or this test would prove nothing.
    const chunkOf = (name: string) => loaded.filter((path) => path.startsWith(`assets/${name}-`));
    expect(chunkOf('ScanScreen'), 'the scan screen is preloaded').toHaveLength(1);
    expect(chunkOf('quick-read'), 'the trusted read is preloaded').toHaveLength(1);
    expect(html).toContain('modulepreload');
    expect(loaded.filter((path) => contains(path, ZOD_MARKER))).toEqual([]);
    // Any other deep link still fetches the checked storage (and with it zod) at once.
    expect(deepLinkLoad(dist, '#/scans').filter((path) => contains(path, ZOD_MARKER)).length).toBeGreaterThan(0);
  });
});
