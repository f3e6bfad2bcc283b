/**
 * Smoke test of the built site: the start page is there at once (prerendered, also without
 * JavaScript), it is the same page once the app runs, and nothing is loaded from elsewhere.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  checkA11y,
  type DistServer,
  describeWithBrowser,
  foreignRequests,
  recordRequests,
  screenshot,
  serveDist,
} from './harness';

const SUB_PATH = '/intranet/hr/morgenscan/';

async function headingOf(page: Page): Promise<string> {
  const heading = page.locator('h1').first();
  await heading.waitFor({ state: 'visible' });
  return ((await heading.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Everything that went wrong while loading: failed requests, error statuses, script errors. */
function recordTrouble(context: BrowserContext, page: Page): string[] {
  const trouble: string[] = [];
  context.on('requestfailed', (request) => trouble.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  context.on('response', (response) => {
    if (response.status() >= 400) trouble.push(`${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => trouble.push(`script error: ${error.message}`));
  return trouble;
}

describeWithBrowser('the built start page', (suite) => {
  let root: DistServer;
  let folder: DistServer;
  let prerendered = '';

  beforeAll(async () => {
    root = await serveDist();
    folder = await serveDist({ subPath: SUB_PATH });
  });
  afterAll(async () => {
    await root?.close();
    await folder?.close();
  });

  it('shows its prerendered heading with JavaScript switched off', async () => {
    const context = await suite.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const urls = recordRequests(context);
      const response = await page.goto(root.url);
      expect(response?.status()).toBe(200);
      prerendered = await headingOf(page);
      expect(prerendered).not.toBe('');
      expect(foreignRequests(urls, root.origin)).toEqual([]);
      await screenshot(page, 'smoke-start-zonder-javascript');
    } finally {
      await context.close();
    }
  });

  it('shows the same heading once the app runs, loading only from its own origin', async () => {
    const context = await suite.newContext();
    try {
      const page = await context.newPage();
      const urls = recordRequests(context);
      const trouble = recordTrouble(context, page);
      await page.goto(root.url, { waitUntil: 'networkidle' });
      expect(await headingOf(page)).toBe(prerendered);
      expect(urls.length).toBeGreaterThan(1);
      expect(foreignRequests(urls, root.origin)).toEqual([]);
      expect(trouble).toEqual([]);
      expect(await checkA11y(page, 'start')).toEqual([]);
      await screenshot(page, 'smoke-start');
    } finally {
      await context.close();
    }
  });

  it('opened at a deeper address whose code cannot load, still shows the start page, not a blank one', async () => {
    const context = await suite.newContext();
    try {
      await context.route(/\/assets\/main-[^/]+\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${root.url}#/scan/onbekend/3`);
      // Left out of layout at first (the app would replace it at once), with a timed way back: read
      // from the page's own styles, so a slow machine cannot make this check race the 4 seconds.
      const app = await page.evaluate(() => {
        const style = getComputedStyle(document.getElementById('app') as HTMLElement);
        return { deepLink: document.documentElement.classList.contains('ms-deep-link'), delay: style.animationDelay };
      });
      expect(app).toEqual({ deepLink: true, delay: '4s' });
      // Shown when the app has not come.
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 8000 });
      expect(await headingOf(page)).toBe(prerendered);
    } finally {
      await context.close();
    }
  });

  it('works the same from a sub-folder of the host', async () => {
    const context = await suite.newContext();
    try {
      const page = await context.newPage();
      const urls = recordRequests(context);
      const trouble = recordTrouble(context, page);
      await page.goto(folder.url, { waitUntil: 'networkidle' });
      expect(await headingOf(page)).toBe(prerendered);
      expect(trouble).toEqual([]);
      // Every request stays inside the folder: nothing is fetched from the root of the host.
      expect(urls.filter((url) => !url.startsWith(folder.url) && !/^(data|blob):/.test(url))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves a 404 outside the folder, and redirects the folder without its slash', async () => {
    const outside = await fetch(`${folder.origin}/index.html`);
    expect(outside.status).toBe(404);
    const bare = await fetch(folder.url.replace(/\/$/, ''), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(SUB_PATH);
    const home = await fetch(folder.url);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});
