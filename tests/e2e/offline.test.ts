/**
 * Offline after one visit, at the root of a host and in a sub-folder: the first visit installs
 * the service worker, then the network goes away and the page is reloaded. The app must start,
 * take a whole scan and print the report to PDF, with every file served by the service worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, type DistServer, describeWithBrowser, screenshot, serveDist } from './harness';
import { cspViolations, printToPdf, waitForOfflineReady, waitForReport, watchForProblems } from './offline-helpers';
import { finishScan, openApp, startScan } from './scan-support';

const SUB_PATH = '/intranet/hr/morgenscan/';

/** Every questionnaire the build ships, by the index the app reads. */
function shippedQuestionnaires(): string[] {
  const index = JSON.parse(readFileSync(join(DIST, 'questionnaires', 'index.json'), 'utf8')) as {
    questionnaires: string[];
  };
  return ['index.json', ...index.questionnaires].sort();
}

describeWithBrowser('offline after one visit', (suite) => {
  const servers: DistServer[] = [];
  beforeAll(async () => {
    servers.push(await serveDist(), await serveDist({ subPath: SUB_PATH }));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  for (const [where, index] of [
    ['at the root of the host', 0],
    ['in a sub-folder of the host', 1],
  ] as const) {
    it(`${where}: starts without network, takes a whole scan and prints the report`, async () => {
      const server = servers[index]!;
      const context = await suite.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      try {
        const problems = await watchForProblems(context);
        const page = await context.newPage();

        // The one visit with network.
        await openApp(page, server.url);
        const cached = await waitForOfflineReady(page);
        expect(cached).toEqual(shippedQuestionnaires().map((file) => `${server.url}questionnaires/${file}`));
        await page.getByText('Morgenscan werkt nu ook zonder internet.').waitFor();

        await context.setOffline(true);
        const served: Request[] = [];
        const failed: string[] = [];
        page.on('requestfinished', (request) => served.push(request));
        page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
        await page.reload();
        await openApp(page, server.url);
        expect(await page.locator('main h1').first().textContent()).toBe('Morgenscan');

        await startScan(page, server.url, 'Buitendienst');
        await finishScan(page, 'last');
        await waitForReport(page);
        await screenshot(page, `offline-rapport-${index === 0 ? 'root' : 'map'}`);
        const pdf = await printToPdf(page, `offline-rapport-${index === 0 ? 'root' : 'map'}`);
        expect(pdf.pages).toBeGreaterThanOrEqual(3);
        for (const heading of ['Mijn koers naar morgen', 'Hier ben je al sterk in', 'Kansen om te groeien'])
          expect(pdf.text).toContain(heading);
        expect(pdf.text).not.toMatch(/NaN|undefined/);

        // Nothing reached the network: every file came from the service worker, inside the app's folder.
        expect(failed).toEqual([]);
        expect(served.length).toBeGreaterThan(5);
        const fromNetwork = [];
        for (const request of served) {
          const response = await request.response();
          if (!request.url().startsWith('data:') && !response?.fromServiceWorker()) fromNetwork.push(request.url());
        }
        expect(fromNetwork).toEqual([]);
        expect(
          served.map((r) => r.url()).filter((url) => !url.startsWith(server.url) && !/^(data|blob):/.test(url)),
        ).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
