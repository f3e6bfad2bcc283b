/**
 * Your data as a file, in the built app: export → delete everything → import gives back every scan
 * exactly (answers, plan, step, status), and a corrupted file is refused with a Dutch message
 * while nothing changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DistServer, describeWithBrowser, serveDist } from './harness';
import { answerScreen, finishScan, openApp, startScan, waitForHeading, waitSaved } from './scan-support';

interface ExportFile {
  exportedAt: string;
  scans: { id: string; status: string; step: number }[];
  answers: unknown[];
  plans: { scanId: string; goals: string }[];
  snapshots: unknown[];
}

describeWithBrowser('export and import', (suite) => {
  let server: DistServer;
  const folder = mkdtempSync(join(tmpdir(), 'morgenscan-export-'));
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function download(page: Page, name: string): Promise<{ path: string; file: ExportFile }> {
    await openApp(page, server.url, '#/gegevens');
    await waitForHeading(page, 'Mijn gegevens');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download je gegevens' }).click();
    const done = await pending;
    expect(done.suggestedFilename()).toMatch(/^morgenscan-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(folder, name);
    await done.saveAs(path);
    return { path, file: JSON.parse(readFileSync(path, 'utf8')) as ExportFile };
  }

  const withoutTime = (file: ExportFile) => ({ ...file, exportedAt: '' });

  it('export → delete all → import restores every scan exactly; a bad file changes nothing', async () => {
    const context = await suite.newContext({ serviceWorkers: 'block', acceptDownloads: true });
    const page = await context.newPage();

    // One finished scan with a plan, one halfway.
    const finished = await startScan(page, server.url, 'Burgerzaken');
    await finishScan(page, 'last');
    await page.getByLabel('Mijn doelen').fill('Ik wil fraude beter leren herkennen.');
    await waitSaved(page);
    const halfway = await startScan(page, server.url, 'Sociaal domein');
    await answerScreen(page);
    await page.getByRole('button', { name: 'Ga verder' }).click();
    await page.waitForURL(new RegExp(`#/scan/${halfway}/2$`));
    await waitSaved(page);

    const before = await download(page, 'voor.json');
    expect(before.file.scans.map((s) => [s.id, s.status, s.step]).sort()).toEqual(
      [
        // Finished on the overview: after Burgerzaken's 4 screens, groeimindset's 1 and talent's 5.
        [finished, 'klaar', 10],
        [halfway, 'bezig', 1],
      ].sort(),
    );
    expect(before.file.plans.map((p) => [p.scanId, p.goals])).toEqual([
      [finished, 'Ik wil fraude beter leren herkennen.'],
    ]);
    // Burgerzaken 26 tasks + 10 + 33 statements + 2 choices + 1 text; sociaal domein's first screen.
    expect(before.file.answers.length).toBeGreaterThan(72);

    // Delete everything, after the confirmation.
    await page.getByRole('button', { name: 'Verwijder al mijn gegevens' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
    await page.getByText('Al je gegevens zijn verwijderd.').waitFor();
    await openApp(page, server.url, '#/scans');
    await page.getByText('Je hebt nog geen scan gedaan.').waitFor();

    // Import: first what is in it, then (after confirming) everything back.
    await openApp(page, server.url, '#/gegevens');
    await page.getByLabel('Kies een bestand').setInputFiles(before.path);
    const preview = page.getByRole('region', { name: 'Dit staat in het bestand' });
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('2 nieuwe scans');
    await expect(preview.textContent()).resolves.toContain(`${before.file.answers.length} antwoorden`);
    await expect(preview.textContent()).resolves.toContain('1 ontwikkelplan');
    await page.getByRole('button', { name: 'Zet de gegevens terug' }).click();
    await page.getByText('Klaar. Je gegevens zijn teruggezet. Je hebt nu 2 scans.').waitFor();

    const after = await download(page, 'na.json');
    expect(withoutTime(after.file)).toEqual(withoutTime(before.file));

    // The restored scans work: the halfway one goes on at its screen, the finished one has its plan.
    await openApp(page, server.url);
    await page.getByRole('link', { name: 'Ga verder waar je was' }).click();
    await page.waitForURL(new RegExp(`#/scan/${halfway}/2$`));
    await openApp(page, server.url, `#/rapport/${finished}`);
    await expect(page.getByLabel('Mijn doelen').inputValue()).resolves.toBe('Ik wil fraude beter leren herkennen.');

    // Corrupted files: cut off halfway, and one with a wrong value inside. Both refused.
    const text = readFileSync(before.path, 'utf8');
    const cut = join(folder, 'afgebroken.json');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const wrong = JSON.parse(text) as ExportFile;
    wrong.scans[0]!.status = 'misschien';
    const tampered = join(folder, 'veranderd.json');
    writeFileSync(tampered, JSON.stringify(wrong));

    await openApp(page, server.url, '#/gegevens');
    await page.getByLabel('Kies een bestand').setInputFiles(cut);
    const refused = page.locator('.utrecht-alert--error', { hasText: 'Dit bestand kunnen we niet gebruiken' });
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toMatch(/Dit bestand is geen geldige JSON\. Kijk bij regel \d+/);
    await expect(page.getByRole('button', { name: 'Zet de gegevens terug' }).count()).resolves.toBe(0);

    await page.getByLabel('Kies een bestand').setInputFiles(tampered);
    await page.locator('.utrecht-alert--error', { hasText: 'scans[0].status' }).waitFor();
    await expect(refused.textContent()).resolves.toContain('Er is niets veranderd aan je gegevens.');

    const unchanged = await download(page, 'daarna.json');
    expect(withoutTime(unchanged.file)).toEqual(withoutTime(before.file));
    await context.close();
  });
});
