/**
 * Nothing leaves the device. A whole scan, its report, the PDF and the export file, with every
 * request of the pages and of the service worker recorded: all of them go to the app's own
 * origin. The Content-Security-Policy in the built page allows only that origin, and the
 * browser enforces it: a request to anywhere else is refused before it is sent.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/pwa/build-config';
import { DIST, type DistServer, describeWithBrowser, foreignRequests, ROOT, serveDist } from './harness';
import { cspViolations, printToPdf, waitForOfflineReady, waitForReport, watchForProblems } from './offline-helpers';
import { finishScan, openApp, startScan } from './scan-support';

const ELSEWHERE = 'https://cdn.elders.example';

describeWithBrowser('privacy: no request leaves the app', (suite) => {
  let server: DistServer;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const requests: Request[] = [];

  beforeAll(async () => {
    server = await serveDist();
    context = await suite.newContext({ locale: 'nl-NL', acceptDownloads: true });
    problems = await watchForProblems(context);
    context.on('request', (request) => requests.push(request));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('puts the strict policy in the built page, before anything else can load', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf('<script'));
    const policy = meta![1]!.replaceAll('&#39;', "'");
    for (const [name, value] of Object.entries(CSP_DIRECTIVES)) expect(policy).toContain(`${name} ${value}`);
    // One inline script (the deep-link preload), allowed by its exact hash; no other inline code.
    const inline = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([^<]*)<\/script>/g),
    ];
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0]![1]!).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('takes a whole scan, shows and prints the report, and exports, all from its own origin', async () => {
    await openApp(page, server.url);
    await waitForOfflineReady(page);
    await startScan(page, server.url, 'Sociaal domein');
    await finishScan(page, 'last');
    // Charts are printed as data: images; the policy allows exactly that.
    expect(await waitForReport(page)).toBe(2);
    // After the scan: the advice to keep a file as well, on screen only.
    const nudge = page.getByRole('complementary', { name: 'Bewaar je scan ook als bestand.' });
    expect(await nudge.isVisible()).toBe(true);
    await nudge.screenshot({ path: join(ROOT, 'test-results', 'screens', 'bewaar-als-bestand.png') });
    const pdf = await printToPdf(page, 'privacy-rapport');
    expect(pdf.text).toContain('Mijn koers naar morgen');
    expect(pdf.text).not.toContain('Bewaar je scan ook als bestand');

    await page.goto(`${server.url}#/gegevens`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download je gegevens' }).click();
    const file = await download;
    expect(file.url()).toMatch(/^blob:/);
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { scans: unknown[] };
    expect(exported.scans).toHaveLength(1);

    const urls = requests.map((request) => request.url());
    // The service worker's own fetches are recorded too (precache and questionnaires).
    expect(requests.filter((request) => request.serviceWorker() !== null).length).toBeGreaterThan(5);
    expect(urls.length).toBeGreaterThan(20);
    expect(foreignRequests(urls, server.origin)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses to fetch, load an image or a script from elsewhere, before anything is sent', async () => {
    const before = requests.length;
    const outcome = await page.evaluate(async (elsewhere) => {
      const fetched = await fetch(`${elsewhere}/collect`, { method: 'POST', body: 'antwoorden' }).then(
        () => 'sent',
        () => 'refused',
      );
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = `${elsewhere}/pixel.png`;
      });
      const script = await new Promise<string>((resolve) => {
        const tag = document.createElement('script');
        tag.onload = () => resolve('loaded');
        tag.onerror = () => resolve('refused');
        tag.src = `${elsewhere}/analytics.js`;
        document.head.append(tag);
      });
      return { fetched, image, script };
    }, ELSEWHERE);
    expect(outcome).toEqual({ fetched: 'refused', image: 'refused', script: 'refused' });
    expect(await cspViolations(page)).toEqual([
      `connect-src blocked ${ELSEWHERE}/collect`,
      `img-src blocked ${ELSEWHERE}/pixel.png`,
      `script-src-elem blocked ${ELSEWHERE}/analytics.js`,
    ]);
    // Chromium reports the image and script it refused as requests that failed ("csp") before sending.
    const attempts = requests.slice(before).filter((request) => foreignRequests([request.url()], server.origin).length);
    expect(attempts.map((request) => request.failure()?.errorText)).toEqual(attempts.map(() => 'csp'));
    const seen = await Promise.all(attempts.map((request) => request.response()));
    expect(seen).toEqual(attempts.map(() => null));
  });
});
