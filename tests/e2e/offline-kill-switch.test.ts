/**
 * The documented kill switch: a build with MORGENSCAN_SW=off ships a service worker that removes
 * itself. A browser that had the normal app installed gets rid of the worker and its caches on its
 * next visit, and keeps every answer in IndexedDB.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, type DistServer, describeWithBrowser, ROOT, serveDist } from './harness';
import { waitForOfflineReady, watchForProblems } from './offline-helpers';
import { answerScreen, openApp, startScan } from './scan-support';

const WORK = join(ROOT, 'test-results', 'kill-switch');
const OFF_BUILD = join(WORK, 'dist-sw-off');
const SITE = join(WORK, 'site');

/** Service workers, caches and stored answers as the page sees them; null while it navigates. */
async function deviceState(page: Page) {
  try {
    return await page.evaluate(async () => {
      const answers = await new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('morgenscan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('answers').objectStore('answers').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
        };
      });
      return {
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        controlled: navigator.serviceWorker.controller !== null,
        caches: (await caches.keys()).length,
        answers,
      };
    });
  } catch {
    return null;
  }
}

describeWithBrowser('the service worker kill switch', (suite) => {
  let server: DistServer;

  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--outDir', OFF_BUILD, '--emptyOutDir'], {
      cwd: ROOT,
      env: { ...process.env, MORGENSCAN_SW: 'off' },
      stdio: 'pipe',
    });
    cpSync(DIST, SITE, { recursive: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('builds a service worker that only removes itself, and no questionnaire cache', () => {
    const worker = readFileSync(join(OFF_BUILD, 'sw.js'), 'utf8');
    expect(worker).toContain('self.registration.unregister()');
    expect(worker).not.toContain('precacheAndRoute');
    expect(existsSync(join(OFF_BUILD, 'sw-questionnaires.js'))).toBe(false);
  });

  it('removes the installed worker and its caches on the next visit, and keeps the answers', async () => {
    server = await serveDist({ dir: SITE });
    const context = await suite.newContext({ locale: 'nl-NL' });
    try {
      const problems = await watchForProblems(context);
      const page = await context.newPage();
      await openApp(page, server.url);
      await waitForOfflineReady(page);
      await startScan(page, server.url, 'Burgerzaken');
      expect(await answerScreen(page, 'last')).toBeGreaterThan(0);
      const before = await deviceState(page);
      expect(before).toMatchObject({ workers: 1, controlled: true });
      expect(before!.caches).toBeGreaterThanOrEqual(2);
      expect(before!.answers).toBeGreaterThan(0);

      // The host now serves the kill-switch build; the person simply comes back.
      rmSync(SITE, { recursive: true, force: true });
      cpSync(OFF_BUILD, SITE, { recursive: true });
      await page.reload();
      await expect
        .poll(() => deviceState(page), { timeout: 30_000, interval: 250 })
        .toEqual({ workers: 0, controlled: false, caches: 0, answers: before!.answers });

      // The app itself still works from the network, with the scan it had.
      await openApp(page, server.url, '#/scans');
      expect(await page.getByText('Burgerzaken').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
