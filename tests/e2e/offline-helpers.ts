/**
 * Helpers for the offline, privacy and tab tests: wait for the service worker, catch
 * Content-Security-Policy violations and script errors, open the report and print it to PDF.
 * Driving the scan itself is shared with the scan tests (scan-support.ts).
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { pdfPages, pdfText, printA4, ROOT } from './harness';

export const OFFLINE_OUT = join(ROOT, 'test-results', 'offline');

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every Content-Security-Policy violation and script error of the pages of `context`
 * from their first line on. Read them with `problemsOf`.
 */
export async function watchForProblems(context: BrowserContext): Promise<string[]> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

/** CSP violations seen by the page since it loaded (the init script keeps them per document). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['the violation recorder did not run']);
}

/**
 * Waits until a service worker controls the page and has finished installing: the app shell is
 * precached and every questionnaire is in the cache. Resolves to the cached questionnaire URLs.
 */
export async function waitForOfflineReady(page: Page): Promise<string[]> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const cache = await caches.open('morgenscan-questionnaires');
    return (await cache.keys()).map((request) => request.url).sort();
  });
}

/** Waits until the report on screen is drawn, with a print image for every chart; resolves to their count. */
export async function waitForReport(page: Page): Promise<number> {
  await page.getByRole('heading', { level: 1, name: 'Mijn koers naar morgen' }).waitFor();
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('main canvas').length;
    return charts > 0 && document.querySelectorAll('main img[data-chart-print]').length === charts;
  });
  return page.locator('main img[data-chart-print]').count();
}

export interface PrintedPdf {
  file: string;
  pages: number;
  text: string;
}

/** Prints the page to an A4 PDF in test-results/offline/ and reads back its pages and text. */
export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  const file = await printA4(page, OFFLINE_OUT, name);
  return { file, pages: pdfPages(file), text: pdfText(file, { layout: true }).replace(/\s+/g, ' ') };
}
