/**
 * Text is text, in the real browser and on paper: a copy of the build whose Burgerzaken pack has
 * HTML and script in its role, section titles, task names and match bands. The scan screens and
 * the report show the markup as literal text, no element is made from it, no script runs (no
 * alert, no request for the image "x"), and the printed A4 PDF holds the literal strings.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DIST,
  type DistServer,
  describeWithBrowser,
  pdfText,
  printA4,
  ROOT,
  recordRequests,
  serveDist,
} from './harness';
import { finishScan, startScan } from './scan-support';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("morgenscan")</script>';
const OUT = join(ROOT, 'test-results', 'faults');

// biome-ignore lint/suspicious/noExplicitAny: the test edits raw questionnaire JSON.
function withMarkup(pack: any): any {
  pack.role = `${pack.role} ${IMG}`;
  pack.sections.forEach((section: { title: string; items: { kind: string; task: string }[] }, s: number) => {
    section.title = `${section.title} ${s % 2 ? SCRIPT : IMG}`;
    section.items.forEach((item, i) => {
      if (item.kind === 'task') item.task = `${item.task} ${i % 2 ? SCRIPT : IMG}`;
    });
  });
  for (const band of pack.scoring.taskShift.matchBands) band.label = `${band.label} ${SCRIPT}`;
  return pack;
}

/** Elements or script a payload would have made, in the whole document. */
function madeFromMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // The page's own inline script (the deep-link preload) is in <head>; questionnaire text lands in <body>.
    [...document.querySelectorAll('img[src="x"], [onerror], [onload], body script:not([src]):not([type])')].map((el) =>
      el.outerHTML.slice(0, 80),
    ),
  );
}

describeWithBrowser('markup in a questionnaire', (suite) => {
  let server: DistServer;
  let copy: string;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'morgenscan-dist-'));
    cpSync(DIST, copy, { recursive: true });
    const file = join(copy, 'questionnaires', 'burgerzaken.json');
    writeFileSync(file, JSON.stringify(withMarkup(JSON.parse(readFileSync(file, 'utf8')))));
    server = await serveDist({ dir: copy });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('stays literal text on the scan screens, in the report and in the printed PDF', async () => {
    const context = await suite.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const requests = recordRequests(context);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      await startScan(page, server.url, 'Burgerzaken');
      const first = (await page.locator('main').textContent()) ?? '';
      expect(first).toContain(IMG);
      expect(first).toContain(SCRIPT);
      expect(await madeFromMarkup(page)).toEqual([]);

      await finishScan(page);
      await page.getByRole('heading', { level: 1, name: 'Mijn koers naar morgen' }).waitFor();
      await page.locator('img[data-chart-print]').first().waitFor({ state: 'attached' });
      const report = (await page.locator('main').textContent()) ?? '';
      expect(report).toContain(IMG);
      expect(report).toContain(SCRIPT);
      expect(await madeFromMarkup(page)).toEqual([]);

      const pdf = await printA4(page, OUT, 'rapport-met-markup');
      const text = pdfText(pdf, { layout: true }).replace(/\s+/g, ' ');
      expect(text).toContain(IMG);
      expect(text).toContain(SCRIPT);
      expect(text).toContain('Mijn koers naar morgen');

      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests.filter((url) => /\/x(\?|$)/.test(url))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
