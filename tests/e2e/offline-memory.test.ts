/**
 * Without IndexedDB (some private windows): the app still takes a whole scan and shows the
 * report, keeping everything in memory, and says clearly on every screen that nothing is kept
 * after closing. A reload then indeed starts empty, as the notice said.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkA11y, type DistServer, describeWithBrowser, screenshot, serveDist } from './harness';
import { cspViolations, waitForReport, watchForProblems } from './offline-helpers';
import { answerScreen, finishScan, openApp, startScan, waitSaved } from './scan-support';

const NOTICE = 'Let op: Morgenscan kan hier niets bewaren.';
const LOST = 'Als je dit tabblad sluit of opnieuw laadt, zijn je antwoorden weg.';

describeWithBrowser('without IndexedDB', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('takes a whole scan in memory and says on every screen that nothing is kept', async () => {
    const context = await suite.newContext({ locale: 'nl-NL' });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
      const problems = await watchForProblems(context);
      const page = await context.newPage();
      await openApp(page, server.url);
      expect(await page.evaluate(() => window.indexedDB)).toBeUndefined();
      await page.getByText(NOTICE).waitFor();
      expect(await page.getByText(LOST).isVisible()).toBe(true);
      // The start screen must not promise what memory mode cannot keep.
      expect(await page.getByText('Je antwoorden blijven bewaard').count()).toBe(0);
      expect(await page.getByText('Maak de scan dus in één keer af').isVisible()).toBe(true);
      await screenshot(page, 'geheugen-start');
      expect(await checkA11y(page, 'start zonder opslag')).toEqual([]);

      await startScan(page, server.url, 'Burgerzaken');
      expect(await page.getByText(NOTICE).isVisible()).toBe(true);
      // Answers stay while moving back and forth within the tab.
      const first = await answerScreen(page, 'last');
      expect(first).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Ga verder', exact: true }).click();
      await page.waitForURL(/\/2$/);
      await page
        .getByRole('link', { name: 'Ga terug', exact: true })
        .or(page.getByRole('button', { name: 'Ga terug', exact: true }))
        .click();
      await page.waitForURL(/\/1$/);
      await waitSaved(page);
      expect(await page.locator('main form input:checked').count()).toBe(first);

      await finishScan(page, 'last');
      await waitForReport(page);
      expect(await page.getByText(NOTICE).isVisible()).toBe(true);
      // The milder "save a file too" advice would only repeat the notice here.
      expect(await page.getByText('Bewaar je scan ook als bestand.').count()).toBe(0);
      await screenshot(page, 'geheugen-rapport');

      await page.goto(`${server.url}#/scans`);
      await page.locator('main h1').first().waitFor();
      expect(await page.getByRole('link', { name: /Open het rapport/ }).count()).toBe(1);
      // As the notice said: after a reload the scan is gone.
      await page.reload();
      await openApp(page, server.url, '#/scans');
      expect(await page.getByRole('link', { name: /Open het rapport/ }).count()).toBe(0);
      expect(await page.getByText(NOTICE).isVisible()).toBe(true);

      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
