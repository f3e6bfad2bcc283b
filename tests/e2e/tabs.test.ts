/**
 * Two tabs of Morgenscan on one device. A database upgrade in another tab (a newer version of the
 * app, played here by a test fixture that opens the database one version higher) is never blocked
 * by this tab, harms no answer, and this tab says clearly to reload. Two tabs of the same version
 * both keep working.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkA11y, type DistServer, describeWithBrowser, screenshot, serveDist } from './harness';
import { cspViolations, watchForProblems } from './offline-helpers';
import { answerScreen, openApp, startScan, waitSaved } from './scan-support';

interface StoredAnswer {
  questionnaireId: string;
  itemId: string;
  value: unknown;
}

/** Every stored answer of one scan, read by `page` straight from IndexedDB, at its current version. */
function storedAnswers(page: Page, scanId: string): Promise<{ version: number; answers: StoredAnswer[] }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('morgenscan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('answers').objectStore('answers').getAll();
          read.onsuccess = () => {
            db.close();
            const answers = (read.result as (StoredAnswer & { scanId: string })[])
              .filter((answer) => answer.scanId === id)
              .map(({ questionnaireId, itemId, value }) => ({ questionnaireId, itemId, value }));
            resolve({ version: db.version, answers });
          };
        };
      }),
    scanId,
  );
}

/** The fixture: opens the database one version higher, as a newer Morgenscan in another tab would. */
function upgradeDatabase(page: Page, version: number): Promise<{ blocked: boolean; version: number }> {
  return page.evaluate(
    (to) =>
      new Promise((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open('morgenscan', to);
        request.onblocked = () => {
          blocked = true;
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          db.close();
          resolve({ blocked, version: db.version });
        };
      }),
    version,
  );
}

describeWithBrowser('two tabs', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an upgrade in another tab is not blocked, keeps every answer, and this tab asks to reload', async () => {
    const context = await suite.newContext({ locale: 'nl-NL' });
    try {
      const problems = await watchForProblems(context);
      const scanTab = await context.newPage();
      const scanId = await startScan(scanTab, server.url, 'Burgerzaken');
      expect(await answerScreen(scanTab, 'last')).toBeGreaterThan(0);
      await scanTab.getByRole('button', { name: 'Ga verder', exact: true }).click();
      await scanTab.waitForURL(/\/2$/);
      expect(await answerScreen(scanTab, 'first')).toBeGreaterThan(0);
      await waitSaved(scanTab);

      // The other tab: a plain page of the same origin (the questionnaire index), not the app.
      const otherTab = await context.newPage();
      await otherTab.goto(`${server.url}questionnaires/index.json`);
      const before = await storedAnswers(otherTab, scanId);
      expect(before.answers.length).toBeGreaterThan(10);

      const upgrade = await upgradeDatabase(otherTab, before.version + 1);
      expect(upgrade).toEqual({ blocked: false, version: before.version + 1 });

      const dialog = scanTab.getByRole('dialog', { name: 'Morgenscan is in een ander tabblad bijgewerkt.' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Laad deze pagina opnieuw.');
      // Modal: nothing behind it can be answered and then fail to save.
      expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
      await screenshot(scanTab, 'tabblad-bijgewerkt');
      expect(await checkA11y(scanTab, 'ander tabblad bijgewerkt')).toEqual([]);

      const after = await storedAnswers(otherTab, scanId);
      expect(after.version).toBe(before.version + 1);
      expect(after.answers).toEqual(before.answers);

      const reloaded = scanTab.waitForEvent('load');
      await dialog.getByRole('button', { name: 'Laad opnieuw' }).click();
      await reloaded;
      // This tab is the older version now: it says so and writes nothing.
      await scanTab.getByText('Je hebt eerder een nieuwere versie van Morgenscan gebruikt.').waitFor();
      await screenshot(scanTab, 'tabblad-na-herladen');
      expect((await storedAnswers(otherTab, scanId)).answers).toEqual(before.answers);
      expect(await cspViolations(scanTab)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('two tabs of the same version both keep saving', async () => {
    const context = await suite.newContext({ locale: 'nl-NL' });
    try {
      const problems = await watchForProblems(context);
      const first = await context.newPage();
      const second = await context.newPage();
      await startScan(first, server.url, 'Burgerzaken');
      await startScan(second, server.url, 'Buitendienst');
      // Answers in turn, each tab with its connection open the whole time.
      expect(await answerScreen(first, 'last')).toBeGreaterThan(0);
      expect(await answerScreen(second, 'first')).toBeGreaterThan(0);
      await waitSaved(first);
      await waitSaved(second);
      expect(await first.getByRole('dialog').count()).toBe(0);
      expect(await second.getByRole('dialog').count()).toBe(0);

      await first.reload();
      await openApp(first, server.url, '#/scans');
      await first.getByRole('heading', { level: 1 }).first().waitFor();
      const list = (await first.locator('main').textContent()) ?? '';
      expect(list).toContain('Burgerzaken');
      expect(list).toContain('Buitendienst');
      const scans = await first.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open('morgenscan');
            request.onsuccess = () => {
              const count = request.result.transaction('scans').objectStore('scans').count();
              count.onsuccess = () => {
                request.result.close();
                resolve(count.result);
              };
            };
          }),
      );
      expect(scans).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
