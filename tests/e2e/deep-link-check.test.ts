/**
 * A deep link to a stored scan opens from trusted records, without zod; the full check of those
 * records runs after the first screen and still finds a corrupted one: the problem is reported,
 * nothing is deleted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ZOD_MARKER } from '../../bench/first-load';
import { canonicalJson } from '../../src/domain/hash';
import { DIST, type DistServer, describeWithBrowser, serveDist } from './harness';
import { startScan, waitSaved } from './scan-support';

// biome-ignore lint/suspicious/noExplicitAny: raw records as stored.
type Raw = any;

/** Notes the moment the first radio of the page is in the DOM (run before the page's scripts). */
function firstRadioProbe() {
  const w = window as unknown as { firstRadioAt?: number };
  new MutationObserver((_, observer) => {
    if (w.firstRadioAt === undefined && document.querySelector('main input[type=radio]')) {
      w.firstRadioAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Every record of a store, read from the page's own IndexedDB. */
function storeRecords(page: Page, store: string): Promise<Raw[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('morgenscan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

function putRecords(page: Page, store: string, records: Raw[]): Promise<void> {
  return page.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('morgenscan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, values: records },
  );
}

/** The scripts the page fetched before its first radio showed. */
function scriptsBeforeFirstRadio(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const at = (window as unknown as { firstRadioAt?: number }).firstRadioAt ?? Number.POSITIVE_INFINITY;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < at && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname);
  });
}

describeWithBrowser('a deep link to a stored scan', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('opens without zod, and the check after the first screen reports a corrupted snapshot and deletes nothing', async () => {
    const context = await suite.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(firstRadioProbe);
    const page = await context.newPage();
    const scanId = await startScan(page, server.url, 'Burgerzaken');
    await waitSaved(page);
    const link = `${server.url}#/scan/${scanId}/1`;

    // Starting the scan checked its questionnaires and left a mark per snapshot.
    const [scan] = (await storeRecords(page, 'scans')) as Raw[];
    const marks = (await storeRecords(page, 'settings')).filter((s) => String(s.key).startsWith('gecontroleerd:'));
    expect(marks.map((m) => m.key).sort()).toEqual(
      scan.questionnaires.map((r: Raw) => `gecontroleerd:${r.hash}`).sort(),
    );

    // Reopened at its address: the question shows before any chunk with zod was fetched.
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('main input[type=radio]').first().waitFor();
    const early = await scriptsBeforeFirstRadio(page);
    expect(early.some((path) => path.includes('/quick-read-'))).toBe(true);
    const withZod = early.filter((path) => readFileSync(join(DIST, path), 'utf8').includes(ZOD_MARKER));
    expect(withZod).toEqual([]);

    // The app finishes its work after the first screen (the full check, the rest of the start) before the records change.
    await page.waitForLoadState('networkidle');
    // Break the mindset snapshot, with a mark that fits it (as if an older check had let it pass).
    const snapshots = await storeRecords(page, 'snapshots');
    const mindset = snapshots.find((s) => s.id === 'groeimindset');
    const mark = marks.find((m) => m.key === `gecontroleerd:${mindset.hash}`);
    const content = { ...mindset.content, estimatedMinutes: 'tien' };
    const sha256 = createHash('sha256')
      .update(canonicalJson([content, mark.value.questionnaire]))
      .digest('hex');
    await putRecords(page, 'snapshots', [{ ...mindset, content }]);
    await putRecords(page, 'settings', [{ ...mark, value: { ...mark.value, sha256 } }]);
    const answersBefore = (await storeRecords(page, 'answers')).length;

    await page.goto('about:blank');
    await page.goto(link);
    // Trusted first: the question showed; then the check found the problem and the scan opened the checked way.
    const problem = page.getByText('De vragenlijst van deze scan heeft een fout');
    await problem.first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { firstRadioAt?: number }).firstRadioAt)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main').textContent()).toContain('estimatedMinutes');
    await expect.poll(() => page.locator('main input[type=radio]').count()).toBe(0);

    // Nothing deleted: the broken snapshot, the scan and its answers are all still stored.
    const after = await storeRecords(page, 'snapshots');
    expect(after).toHaveLength(snapshots.length);
    expect(after.find((s) => s.hash === mindset.hash).content.estimatedMinutes).toBe('tien');
    expect((await storeRecords(page, 'scans')).map((s) => s.id)).toEqual([scanId]);
    expect(await storeRecords(page, 'answers')).toHaveLength(answersBefore);
    await context.close();
  });
});
