/**
 * An HR adviser edits a questionnaire on the host, or adds one, without a rebuild. With the
 * service worker installed, the next visit with network uses the new files, and so does every
 * visit without network after that.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, type DistServer, describeWithBrowser, ROOT, serveDist } from './harness';
import { waitForOfflineReady, watchForProblems } from './offline-helpers';
import { openApp, waitForHeading } from './scan-support';

const SITE = join(ROOT, 'test-results', 'edit', 'site');
const FOLDER = join(SITE, 'questionnaires');

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as Record<string, unknown>;
}

function writeJson(file: string, data: unknown) {
  writeFileSync(join(FOLDER, file), `${JSON.stringify(data, null, 2)}\n`);
}

/** The work that can be chosen, as the choose screen lists it. */
async function choosableWork(page: Page): Promise<string[]> {
  await openApp(page, page.url().replace(/#.*$/, ''), '#/kies');
  await waitForHeading(page, 'Kies je werk');
  await page.getByRole('radio').first().waitFor();
  return page
    .locator('main input[type=radio]')
    .evaluateAll((inputs) =>
      inputs.map(
        (input) => (input as HTMLInputElement).labels?.[0]?.querySelector('strong, span, b')?.textContent ?? '',
      ),
    );
}

describeWithBrowser('questionnaires edited on the host', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    rmSync(SITE, { recursive: true, force: true });
    cpSync(DIST, SITE, { recursive: true });
    server = await serveDist({ dir: SITE });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('are used at the next visit with network, and offline after that', async () => {
    const context = await suite.newContext({ locale: 'nl-NL' });
    try {
      const problems = await watchForProblems(context);
      const page = await context.newPage();
      await openApp(page, server.url);
      await waitForOfflineReady(page);
      const before = await choosableWork(page);
      expect(before).toContain('Buitendienst');

      // The adviser renames one pack and adds a new one, listed in the index.
      const pack = readJson('buitendienst.json');
      writeJson('buitendienst.json', { ...pack, role: 'Buitendienst en wijkbeheer', version: 2 });
      writeJson('groenvoorziening.json', {
        ...pack,
        id: 'groenvoorziening',
        role: 'Groenvoorziening',
        title: 'Taken in de groenvoorziening',
      });
      const index = readJson('index.json');
      writeJson('index.json', {
        ...index,
        questionnaires: [...(index.questionnaires as string[]), 'groenvoorziening.json'],
      });

      await page.reload();
      const online = await choosableWork(page);
      expect(online).toContain('Buitendienst en wijkbeheer');
      expect(online).toContain('Groenvoorziening');
      expect(online).not.toContain('Buitendienst');

      await context.setOffline(true);
      await page.reload();
      expect(await choosableWork(page)).toEqual(online);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
