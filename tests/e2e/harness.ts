/**
 * Shared set-up for the end-to-end tests: the system Chromium through playwright-core, a tiny
 * static server for the built `dist/`, request recording, axe checks and screenshots.
 *
 * Use `describeWithBrowser(name, (suite) => { … })`: it starts one browser for the whole block
 * and closes it afterwards. Without Chromium the block is skipped with a loud warning, except
 * under CI (CI=true), where a missing browser fails the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const SCREENS = join(ROOT, 'test-results', 'screens');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a quiet, headless browser in a container without network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const underCi = () => process.env.CI === 'true';

/** The Chromium binary to use: CHROMIUM_BIN, else the Debian paths; null when none exists. */
export function findChromium(): string | null {
  const wanted = process.env.CHROMIUM_BIN;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

let warned = false;
function warnNoBrowser() {
  if (warned) return;
  warned = true;
  const line = '!'.repeat(78);
  console.warn(
    [
      '',
      line,
      '!!  NO CHROMIUM FOUND: THE END-TO-END TESTS ARE SKIPPED.',
      `!!  Looked for: ${process.env.CHROMIUM_BIN ? `CHROMIUM_BIN=${process.env.CHROMIUM_BIN}` : CHROMIUM_CANDIDATES.join(', ')}`,
      '!!  Install it (Debian: apt-get install chromium) or set CHROMIUM_BIN.',
      '!!  Under CI (CI=true) a missing browser fails the run instead.',
      line,
      '',
    ].join('\n'),
  );
}

function missingBrowserError(): Error {
  return new Error(
    `No Chromium found (looked for ${process.env.CHROMIUM_BIN ?? CHROMIUM_CANDIDATES.join(', ')}). ` +
      'CI=true, so the end-to-end tests may not be skipped. Install chromium or set CHROMIUM_BIN.',
  );
}

/** True when a browser is available (decided once, when the test file is collected). */
export const hasBrowser = findChromium() !== null;

/**
 * Starts the system Chromium. Returns null (after a loud warning) when there is none, or
 * throws under CI.
 */
export async function launchBrowser(): Promise<Browser | null> {
  const executablePath = findChromium();
  if (!executablePath) {
    if (underCi()) throw missingBrowserError();
    warnNoBrowser();
    return null;
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface BrowserSuite {
  /** The browser of this block; started in beforeAll. */
  browser(): Browser;
  /** A fresh context (own storage, own IndexedDB); closed with the browser. */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
}

/**
 * A describe block that runs only with a browser, and shares one browser between its tests.
 * Without a browser: loud warning and skipped, or a failing run under CI.
 */
export function describeWithBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  if (!hasBrowser) {
    if (underCi()) throw missingBrowserError();
    warnNoBrowser();
  }
  describe.runIf(hasBrowser)(name, () => {
    let browser: Browser | null = null;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });
    const suite: BrowserSuite = {
      browser() {
        if (!browser) throw new Error('The browser is not started yet (use it inside a test or hook).');
        return browser;
      },
      newContext(options) {
        return suite.browser().newContext(options);
      },
    };
    body(suite);
  });
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DistServer {
  /** Where the app lives, ending in "/": http://127.0.0.1:PORT/ or …/intranet/hr/morgenscan/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built `dist/` on 127.0.0.1 at a random port, like a plain static host. With
 * `subPath` (such as "/intranet/hr/morgenscan/") the app lives only in that folder and every
 * other path is a 404, which proves the build makes no root-relative requests.
 */
/**
 * `immutableAssets`: hashed files under assets/ are cached for a year, as the hosting section of the
 * README tells hosts to; the bench uses it for a returning user's warm HTTP cache.
 */
export async function serveDist(
  options: { subPath?: string; dir?: string; immutableAssets?: boolean } = {},
): Promise<DistServer> {
  const dir = options.dir ?? DIST;
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run "npm run build" first.`);
  const mount = `/${(options.subPath ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Niet gevonden');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (`${pathname}/` === mount) {
      // A folder without its slash: redirect like a static host, so relative URLs resolve.
      res.writeHead(301, { Location: mount });
      res.end();
      return;
    }
    if (!pathname.startsWith(mount)) return notFound();
    let relative = pathname.slice(mount.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(dir, relative));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return notFound();
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      // Every test sees the current build; the service worker does its own caching.
      'Cache-Control':
        options.immutableAssets && relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${mount}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Collects the URL of every request the page (or every page of the context) makes, from now on. */
export function recordRequests(target: Page | BrowserContext): string[] {
  const urls: string[] = [];
  if ('goto' in target) target.on('request', (request) => urls.push(request.url()));
  else target.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The recorded URLs that leave the app's own origin (data: and blob: URLs stay on the device). */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

/** axe-core on the page for WCAG 2.2 AA; returns one readable line per violation, [] when clean. */
export async function checkA11y(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `${node.target.join(' ')}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''}`,
      )
      .join('; ');
    const more = violation.nodes.length > 5 ? ` … and ${violation.nodes.length - 5} more` : '';
    return `[${label}] ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets}${more}`;
  });
}

/** A full-page PNG in test-results/screens/<name>.png (git-ignored); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS, { recursive: true });
  const path = join(SCREENS, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Prints the page as the report is printed (A4, backgrounds, the page's own @page rules) to
 * `<folder>/<name>.pdf`; with `images`, also a PNG per page (pdftoppm -r 60) to look at, after
 * removing the pages of an earlier, longer run. Returns the PDF's path.
 */
export async function printA4(page: Page, folder: string, name: string, options: { images?: boolean } = {}) {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  if (options.images) {
    for (const old of readdirSync(folder))
      if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(folder, old));
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(folder, name)]);
  }
  return file;
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The PDF's text by pdftotext; `layout` keeps the columns as they stand on paper. */
export function pdfText(file: string, options: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
}
