/**
 * Every screen of the app, in the states a person meets: axe (WCAG 2.2 AA tags) finds nothing at
 * 1280 and 360 px wide, nothing scrolls sideways at 320 px (the width of 1280 px at 400 % zoom)
 * or 640 px (200 % zoom), and a screenshot of each is written to test-results/screens/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkA11y, DIST, type DistServer, describeWithBrowser, screenshot, serveDist } from './harness';
import { answerScreen, finishScan, openApp, startScan, waitForHeading, waitSaved } from './scan-support';

const WIDTHS = [1280, 360] as const;
const REFLOW_WIDTHS = [640, 320] as const;

interface Findings {
  a11y: string[];
  overflow: string[];
  shots: string[];
}

/** Checks the current screen at every width and puts it back at 1280 px. */
async function capture(page: Page, name: string, found: Findings): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ms-loading'));
  for (const width of [...WIDTHS, ...REFLOW_WIDTHS]) {
    await page.setViewportSize({ width, height: 900 });
    // Let layout settle: charts follow a new width in a ResizeObserver callback.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) found.overflow.push(`${name} at ${width}px: ${overflow}px too wide`);
    if ((WIDTHS as readonly number[]).includes(width)) {
      found.a11y.push(...(await checkA11y(page, `${name} @${width}`)));
      found.shots.push(await screenshot(page, `${name}-${width}`));
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function next(page: Page) {
  const before = page.url();
  await page.getByRole('button', { name: /^(Ga verder|Ga naar het overzicht)$/ }).click();
  await page.waitForFunction((url) => location.href !== url, before);
  await page.locator('main h1').first().waitFor();
}

describeWithBrowser('every screen', (suite) => {
  let server: DistServer;
  let brokenServer: DistServer;
  let brokenDist: string;
  const files = mkdtempSync(join(tmpdir(), 'morgenscan-bestanden-'));

  beforeAll(async () => {
    server = await serveDist();
    // A copy of the build where an HR adviser made a typo in one questionnaire.
    brokenDist = mkdtempSync(join(tmpdir(), 'morgenscan-kapot-'));
    cpSync(DIST, brokenDist, { recursive: true });
    const file = join(brokenDist, 'questionnaires', 'buitendienst.json');
    const broken = JSON.parse(readFileSync(file, 'utf8')) as { sections: { items: { trend?: string }[] }[] };
    broken.sections[0]!.items[0]!.trend = 'stijgt';
    writeFileSync(file, JSON.stringify(broken, null, 2));
    brokenServer = await serveDist({ dir: brokenDist });
  });
  afterAll(async () => {
    await server?.close();
    await brokenServer?.close();
    rmSync(brokenDist, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });

  it('pass axe, reflow, and are photographed at 1280 and 360 px', async () => {
    const found: Findings = { a11y: [], overflow: [], shots: [] };
    const context = await suite.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await openApp(page, server.url);
    await capture(page, 'start', found);

    await page.getByRole('link', { name: 'Start de scan' }).click();
    await waitForHeading(page, 'Kies je werk');
    await capture(page, 'kies', found);
    await page.getByRole('button', { name: 'Begin met de vragen' }).click();
    await page.getByRole('alert').first().waitFor();
    await capture(page, 'kies-fout', found);

    const scanId = await startScan(page, server.url, 'Burgerzaken');
    // The first task that wordt meer asks all three questions; "Doe ik nu niet" turns two into an expectation.
    const firstTask = page.locator('main fieldset.ms-task', { hasText: 'Wordt meer' }).first();
    await firstTask.getByRole('radio', { name: 'Doe ik nu niet' }).check();
    await firstTask.getByRole('group', { name: /^Hoe leuk lijkt het je\?/ }).waitFor();
    await firstTask.getByRole('radio', { name: 'Heel leuk' }).check();
    await waitSaved(page);
    await capture(page, 'scan-taken', found);
    await answerScreen(page);
    await next(page);
    // Screen 2 stays open on purpose: the overview will list it.
    await next(page);
    await answerScreen(page);
    await next(page);
    await answerScreen(page);
    await next(page);
    await page.locator('main fieldset.ms-statement').first().waitFor();
    await page.locator('main fieldset.ms-statement').first().getByRole('radio').nth(3).check();
    await waitSaved(page);
    await capture(page, 'scan-stellingen', found);

    // On through the talent screens; photograph the list with a maximum and the open question.
    let sawChoices = false;
    let sawText = false;
    for (let guard = 0; guard < 12; guard++) {
      if (await page.getByRole('button', { name: 'Maak de scan af' }).count()) break;
      const boxes = page.locator('main input[type=checkbox]');
      if (!sawChoices && (await boxes.count()) > 6) {
        for (let i = 0; i < 6; i++) await boxes.nth(i).click();
        await page.locator('main [role=alert]').first().waitFor();
        await capture(page, 'scan-keuzes', found);
        sawChoices = true;
      }
      if (!sawText && (await page.locator('main textarea').count())) {
        await page.locator('main textarea').first().fill('Ik wil graag leren hoe ik mensen met schulden help.');
        await waitSaved(page);
        await capture(page, 'scan-tekst', found);
        sawText = true;
      }
      await answerScreen(page);
      await next(page);
    }
    expect(sawChoices && sawText).toBe(true);
    await waitForHeading(page, 'Bijna klaar: je overzicht');
    await capture(page, 'overzicht', found);
    await page.getByRole('button', { name: 'Maak de scan af' }).click();
    await page.waitForURL(new RegExp(`#/rapport/${scanId}$`));
    await page.locator('main h1').first().waitFor();
    await capture(page, 'rapport', found);

    await startScan(page, server.url, 'Buitendienst');
    await finishScan(page, 'last');
    await startScan(page, server.url, 'Sociaal domein');
    await answerScreen(page);
    await openApp(page, server.url);
    await page.getByRole('link', { name: 'Ga verder waar je was' }).waitFor();
    await capture(page, 'start-verder', found);

    await page.getByRole('link', { name: 'Mijn scans' }).click();
    await waitForHeading(page, 'Mijn scans');
    await capture(page, 'scans', found);
    await page
      .getByRole('button', { name: /Verwijder de scan van/ })
      .first()
      .click();
    await capture(page, 'scans-verwijderen', found);
    await page.getByRole('button', { name: 'Nee, bewaar de scan' }).click();
    await page.getByRole('button', { name: 'Vergelijk de scans' }).click();
    await waitForHeading(page, 'Twee scans naast elkaar');
    await capture(page, 'vergelijk', found);

    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    await waitForHeading(page, 'Mijn gegevens');
    await capture(page, 'gegevens', found);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download je gegevens' }).click();
    const exported = join(files, 'export.json');
    await (await download).saveAs(exported);
    await page.getByLabel('Kies een bestand').setInputFiles(exported);
    await page.getByRole('button', { name: 'Zet de gegevens terug' }).waitFor();
    await capture(page, 'gegevens-import', found);
    await page.getByRole('button', { name: 'Stop, verander niets' }).click();
    const corrupted = join(files, 'kapot.json');
    writeFileSync(corrupted, readFileSync(exported, 'utf8').replace('"morgenscan-export"', '"iets-anders"'));
    await page.getByLabel('Kies een bestand').setInputFiles(corrupted);
    await page.getByText('Dit bestand kunnen we niet gebruiken').waitFor();
    await capture(page, 'gegevens-fout', found);
    await page.getByRole('button', { name: 'Verwijder al mijn gegevens' }).click();
    await capture(page, 'gegevens-wissen', found);
    await page.getByRole('button', { name: 'Nee, bewaar alles' }).click();

    await page.goto(`${server.url}#/bestaat/niet`);
    await waitForHeading(page, 'Deze pagina bestaat niet');
    await capture(page, 'onbekend', found);
    await page.goto(`${server.url}#/scan/bestaat-niet/1`);
    await waitForHeading(page, 'Deze scan kunnen we niet openen');
    await capture(page, 'scan-onbekend', found);

    await openApp(page, brokenServer.url);
    await page.getByText('Niet alle vragenlijsten zijn in orde.', { exact: false }).waitFor();
    await capture(page, 'start-probleem', found);
    await page.getByRole('link', { name: 'Bekijk welke bestanden een fout hebben' }).click();
    await waitForHeading(page, 'Sommige vragenlijsten hebben een fout');
    await expect(page.getByRole('region', { name: 'Bestand buitendienst.json' }).textContent()).resolves.toContain(
      'sections[0].items[0].trend',
    );
    await capture(page, 'problemen', found);

    await context.close();
    expect(found.a11y).toEqual([]);
    expect(found.overflow).toEqual([]);
    expect(errors).toEqual([]);
    // 21 screens, two widths each.
    expect(found.shots).toHaveLength(42);
    // 42 axe runs and screenshots take about 100 s on a 2-core machine: more room than the suite's 120 s.
  }, 300_000);
});
