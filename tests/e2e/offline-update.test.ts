/**
 * A new version on the host. Two tabs are open, one in the middle of a scan. Both offer the new
 * version in Dutch; nothing reloads by itself, not even when the other tab takes the update; and
 * after the person chooses "Laad opnieuw" the scan continues where it was, every answer there.
 */
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkA11y, DIST, type DistServer, describeWithBrowser, ROOT, screenshot, serveDist } from './harness';
import { cspViolations, waitForOfflineReady, watchForProblems } from './offline-helpers';
import { answerScreen, openApp, startScan, waitSaved } from './scan-support';

const SITE = join(ROOT, 'test-results', 'update', 'site');
const PROMPT = 'Er is een nieuwe versie van Morgenscan.';

declare global {
  interface Window {
    __sameDocument?: boolean;
    __controllerChanged?: boolean;
  }
}

/** Marks the current document, so a reload (which would drop the mark) can be told apart. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    window.__sameDocument = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      window.__controllerChanged = true;
    });
  });
}

const sameDocument = (page: Page) => page.evaluate(() => window.__sameDocument === true);

describeWithBrowser('a new version while a scan is open', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    rmSync(SITE, { recursive: true, force: true });
    cpSync(DIST, SITE, { recursive: true });
    server = await serveDist({ dir: SITE });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is offered in every tab, never reloads by itself, and the scan goes on after the reload', async () => {
    const context = await suite.newContext({ locale: 'nl-NL' });
    try {
      const problems = await watchForProblems(context);
      const scanTab = await context.newPage();
      await openApp(scanTab, server.url);
      await waitForOfflineReady(scanTab);
      await startScan(scanTab, server.url, 'Buitendienst');
      const answered = await answerScreen(scanTab, 'last');
      const step = scanTab.url();
      const listTab = await context.newPage();
      await openApp(listTab, server.url, '#/scans');
      await markDocument(scanTab);
      await markDocument(listTab);

      // A new deploy: the service worker file changed. The open app checks, as it does every hour.
      appendFileSync(join(SITE, 'sw.js'), '\n// nieuwe versie\n');
      await scanTab.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await scanTab.getByText(PROMPT).waitFor();
      await listTab.getByText(PROMPT).waitFor();
      expect(await scanTab.getByText('Je antwoorden zijn al bewaard. Je raakt niets kwijt.').isVisible()).toBe(true);
      await screenshot(scanTab, 'nieuwe-versie');
      expect(await checkA11y(scanTab, 'nieuwe versie')).toEqual([]);
      expect(await sameDocument(scanTab)).toBe(true);

      // The other tab takes the update: the new version now controls the scan tab too.
      const listReloaded = listTab.waitForEvent('load');
      await listTab.getByRole('button', { name: 'Laad opnieuw' }).click();
      await listReloaded;
      await scanTab.waitForFunction(() => window.__controllerChanged === true);
      // The scan tab keeps its page and keeps saving; the offer stays.
      await scanTab.locator('main form input[type=radio]:not(:checked)').first().check();
      await waitSaved(scanTab);
      expect(await sameDocument(scanTab)).toBe(true);
      expect(await scanTab.getByText(PROMPT).isVisible()).toBe(true);

      const scanReloaded = scanTab.waitForEvent('load');
      await scanTab.getByRole('button', { name: 'Laad opnieuw' }).click();
      await scanReloaded;
      await scanTab.waitForFunction(() => !document.querySelector('.ms-loading'));
      expect(await sameDocument(scanTab)).toBe(false);
      expect(scanTab.url()).toBe(step);
      await scanTab.locator('main form').waitFor();
      expect(await scanTab.locator('main form input:checked').count()).toBe(answered);
      expect(await scanTab.getByText(PROMPT).count()).toBe(0);
      expect(await cspViolations(scanTab)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
