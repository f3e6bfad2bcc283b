/**
 * The report end to end, on the built app: the persona's scans are put in through the app's own
 * import (as a user would restore an export file), then the report is opened, filled in, checked
 * with axe and printed to an A4 PDF whose pages and text are checked.
 *
 * The PDF and a PNG per page land in test-results/report/ (git-ignored) to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHART_JS_MARKER } from '../../bench/first-load';
import { contentHash } from '../../src/domain/hash';
import type { ExportFile, QuestionnaireRef, ScanRecord } from '../../src/storage/types';
import { FIXTURE_FILES, fixtureJson } from '../fixtures/report/load';
import { earlierAnswers, earlierScan, personaAnswers, personaScan } from '../fixtures/report/persona';
import {
  checkA11y,
  DIST,
  type DistServer,
  describeWithBrowser,
  foreignRequests,
  pdfPages,
  pdfText,
  printA4,
  ROOT,
  recordRequests,
  screenshot,
  serveDist,
} from './harness';

const OUT = join(ROOT, 'test-results', 'report');
const PLAN_GOALS = 'Binnen een jaar voer ik zelf lastige gesprekken aan de balie.';
const PLAN_STEPS = 'In april loop ik twee keer mee met Fatima bij het team Sociaal.';
const NAME = 'Sanne de Vries';

/** The persona's two scans as an export file, with the fixture questionnaires as their snapshots. */
function personaExport(): ExportFile {
  const at = '2026-03-02T09:00:00.000Z';
  const snapshots = FIXTURE_FILES.map((file) => {
    const content = fixtureJson(file) as { id: string; version: number };
    return { hash: contentHash(content), id: content.id, version: content.version, content, savedAt: at };
  });
  const refs: QuestionnaireRef[] = snapshots.map(({ hash, id, version }) => ({ hash, id, version }));
  const scans: ScanRecord[] = [
    { ...earlierScan([]), questionnaires: refs },
    { ...personaScan([]), questionnaires: refs },
  ];
  const answers = [
    { scan: scans[0] as ScanRecord, data: earlierAnswers },
    { scan: scans[1] as ScanRecord, data: personaAnswers },
  ].flatMap(({ scan, data }) =>
    Object.entries(data).flatMap(([questionnaireId, items]) =>
      Object.entries(items).map(([itemId, value]) => ({
        scanId: scan.id,
        questionnaireId,
        itemId,
        value,
        answeredAt: scan.updatedAt,
      })),
    ),
  );
  return {
    format: 'morgenscan-export',
    formatVersion: 1,
    exportedAt: at,
    scans,
    answers,
    snapshots: snapshots as ExportFile['snapshots'],
    plans: [],
  };
}

async function importPersona(page: Page, url: string) {
  await page.goto(`${url}#/gegevens`);
  await page.locator('#import-bestand').setInputFiles({
    name: 'morgenscan-sanne.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(personaExport())),
  });
  await page.getByRole('button', { name: 'Zet de gegevens terug' }).click();
  await page.getByText(/Je gegevens zijn teruggezet/).waitFor();
}

async function openReport(page: Page, url: string) {
  await page.goto(`${url}#/rapport/scan-sanne-2`);
  await page.getByRole('heading', { level: 1, name: 'Mijn koers naar morgen' }).waitFor();
  // Both charts have drawn their print image.
  await page.locator('img[data-chart-print]').nth(1).waitFor({ state: 'attached' });
}

/** The text of every cell, row by row. */
function rows(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').trim())),
    );
}

const printToPdf = (page: Page, name: string) => printA4(page, OUT, name, { images: true });

describeWithBrowser('the report for the development conversation', (suite) => {
  let server: DistServer;
  let context: BrowserContext;
  let requests: string[] = [];
  /**
   * Every script the page itself asked for, in order. The service worker's own fetches (its
   * precache downloads every chunk in the background) are left out: this is about what the page
   * needs, not what is kept for offline use.
   */
  const pageScripts: string[] = [];
  let page: Page;

  /** The built file behind a script URL: the test server serves dist/ as it is. */
  function scriptBody(url: string): string {
    const path = new URL(url).pathname.slice(new URL(server.url).pathname.length);
    return readFileSync(join(DIST, path), 'utf8');
  }
  const withChartJs = (urls: readonly string[]) => urls.filter((url) => scriptBody(url).includes(CHART_JS_MARKER));

  /** What a second tab reads from IndexedDB: proves the plan was saved, not just typed. */
  async function storedField(label: string): Promise<string> {
    const other = await context.newPage();
    try {
      await openReport(other, server.url);
      return await other.getByLabel(label).inputValue();
    } finally {
      await other.close();
    }
  }

  beforeAll(async () => {
    server = await serveDist();
    context = await suite.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    requests = recordRequests(context);
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.serviceWorker() === null && new URL(request.url()).pathname.endsWith('.js'))
        pageScripts.push(request.url());
    });
    await page.goto(server.url);
    await page.locator('h1').first().waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('does not load chart.js with the first screen, only with the report', async () => {
    // The start page and everything it loads by itself. Waiting for the service worker makes
    // sure its precache (which does fetch the report chunk) has run before we look.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');
    const firstLoad = [...pageScripts];
    expect(firstLoad.some((url) => /\/assets\/main-[\w-]+\.js$/.test(url))).toBe(true);
    expect(withChartJs(firstLoad)).toEqual([]);

    await importPersona(page, server.url);
    await openReport(page, server.url);
    const withChart = withChartJs([...new Set(pageScripts)]);
    expect(withChart).toHaveLength(1);
    expect(withChart[0]).toMatch(/\/assets\/ReportScreen-[\w-]+\.js$/);
  });

  it('shows the figures worked out by hand for the persona', async () => {
    await expect.poll(() => page.getByTestId('match-figure').textContent()).toBe('54 van de 100');
    expect(await rows(page.getByRole('table', { name: 'Je tijd per soort werk' }))).toEqual([
      // R7/R30: shares in multiples of 5, "ongeveer"; one word per trend (before: 22/22/56 %, Groeit/Blijft/Krimpt).
      ['Soort werk', 'Deel van je tijd (ongeveer)', 'Aantal taken'],
      ['Wordt meer', '25%', '4'],
      ['Blijft gelijk', '20%', '2'],
      ['Wordt minder', '55%', '3'],
    ]);
    const areas = await rows(page.getByRole('table', { name: 'Per onderwerp' }));
    expect(areas.map((row) => row.slice(0, 2))).toEqual([
      ['Onderwerp', 'Score (0 tot 100)'],
      ['Uitdaging', '80'],
      ['Tegenslag', '60'],
      ['Inspanning', '100'],
      ['Kritiek', '40'],
      ['Succes van anderen', '70'],
    ]);
    expect(await page.locator('.score-card .score__value').textContent()).toBe('70');
    const drivers = await rows(page.getByRole('table', { name: 'Wat je energie geeft', exact: true }));
    expect(drivers.slice(1)).toEqual([
      ['Contact met mensen', '88'],
      ['Helpen en adviseren', '100'],
      ['Digitaal werken', '75'],
      ['Uitzoeken', '38'],
      ['Precies werken', '38'],
      ['Samenwerken', '63'],
    ]);
    // R6: marked as not done now ("Geen" time).
    expect(await page.getByTestId('lijst-kansen').locator('li').allTextContents()).toEqual([
      'Lastige gesprekken voeren',
      'Samenwerken met ketenpartners (doe je nu niet)',
    ]);
    // R14: "Werk dat minder wordt" in two groups by the answer's own word (was "Wat je kunt loslaten").
    expect(await page.getByTestId('lijst-minder').locator('.task-list__label').allTextContents()).toEqual([
      'Dit kost je nu veel tijd:',
      'Dit kost je nu een deel van je tijd:',
    ]);
    expect(await page.getByTestId('lijst-minder').locator('li > ul > li').allTextContents()).toEqual([
      'Paspoorten uitreiken',
      'Verhuizingen invoeren',
    ]);
    // The earlier scan (September 2025) is found by the app and compared.
    const change = page.getByRole('region', { name: 'Wat is er veranderd?' });
    expect((await rows(change.getByRole('table', { name: 'Je werk toen en nu' })))[1]).toEqual([
      'Match met morgen',
      '32',
      '54',
      '22 hoger',
    ]);
  });

  it('has no axe violations on the report screen, wide and narrow', async () => {
    expect(await checkA11y(page, 'rapport 1280')).toEqual([]);
    await screenshot(page, 'rapport-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await checkA11y(page, 'rapport 360')).toEqual([]);
    await screenshot(page, 'rapport-360');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps the plan that is typed in, also after a reload', async () => {
    await page.getByLabel('Je naam op de voorkant').fill(NAME);
    await page.getByLabel('Mijn doelen').fill(PLAN_GOALS);
    await page.getByLabel('Mijn eerste stappen').fill(PLAN_STEPS);
    await page.getByLabel('Wanneer praten we weer?').fill('Begin juni');
    await expect.poll(() => storedField('Mijn eerste stappen'), { timeout: 10_000 }).toBe(PLAN_STEPS);
    expect(await storedField('Je naam op de voorkant')).toBe(NAME);
    await page.reload();
    await openReport(page, server.url);
    expect(await page.getByLabel('Mijn doelen').inputValue()).toBe(PLAN_GOALS);
  });

  it('prints 4 to 8 A4 pages with the match figure, the task lists and the plan', async () => {
    const file = await printToPdf(page, 'rapport-sanne');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(8);
    const text = pdfText(file, { layout: true }).replace(/[ \t]+/g, ' ');
    expect(text).toContain('54 van de 100');
    expect(text).toContain('Vertrouwelijk');
    expect(text).toContain(NAME);
    for (const task of [
      'Inwoners helpen met digitale zaken',
      'Lastige gesprekken voeren',
      'Samenwerken met ketenpartners',
      'Paspoorten uitreiken',
      'Verhuizingen invoeren',
    ])
      expect(text).toContain(task);
    expect(text).toContain('Hier ben je al sterk in');
    expect(text).toContain('Kansen om te groeien');
    // R14, R13, R30: the new list titles.
    expect(text).toContain('Werk dat minder wordt');
    expect(text).toContain('Past bij wat je energie geeft');
    expect(text.replace(/\s+/g, ' ')).toContain(PLAN_GOALS);
    expect(text.replace(/\s+/g, ' ')).toContain(PLAN_STEPS);
    // The buttons and fields of the screen stay off the paper.
    expect(text).not.toContain('Print of bewaar als PDF');
    expect(text).not.toContain('Wat komt er op papier?');
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('leaves out of the print what the person unchecked, and remembers the choice', async () => {
    const choice = page.getByRole('group', { name: 'Wat komt er op papier?' });
    await choice.getByLabel('Zo rekenen we').uncheck();
    await choice.getByLabel('Talent en motivatie').uncheck();
    const storedChoice = async () => {
      const other = await context.newPage();
      try {
        await openReport(other, server.url);
        return await other
          .getByRole('group', { name: 'Wat komt er op papier?' })
          .getByLabel('Zo rekenen we')
          .isChecked();
      } finally {
        await other.close();
      }
    };
    await expect.poll(storedChoice, { timeout: 10_000 }).toBe(false);
    const file = await printToPdf(page, 'rapport-sanne-kort');
    const text = pdfText(file, { layout: true });
    expect(text).not.toContain('Je scores, profielen en keuzes');
    expect(text).not.toContain('Zo rekenen we');
    // The talent section stays off the paper: its intro is not there. ("Wat je energie geeft" itself
    // now also names the change table "Wat je energie geeft, toen en nu", R30, so it cannot be the probe.)
    expect(text).not.toContain('Wat geeft je energie in je werk?');
    expect(text).not.toContain('Webdiagram');
    expect(text).toContain('Je werk van morgen');
    expect(pdfPages(file)).toBeLessThan(pdfPages(join(OUT, 'rapport-sanne.pdf')));
  });

  it('made no request outside the app', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
  });
});
