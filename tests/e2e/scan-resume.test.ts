/**
 * Nothing is lost: a reload in the middle of the scan comes back on the same screen with every
 * answer, and so does a browser that is closed right after an answer (a persistent profile on
 * disk, opened again with the same flags).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, type DistServer, describeWithBrowser, findChromium, serveDist } from './harness';
import { answerScreen, heading, openApp, startScan, waitForHeading, waitSaved } from './scan-support';

/** Which option is checked in every radio group and checkbox list on the screen. */
async function checkedOnScreen(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const input of document.querySelectorAll<HTMLInputElement>(
      'main input[type=radio], main input[type=checkbox]',
    ))
      if (input.checked) out[input.name] = [...(out[input.name] ?? []), input.value];
    return out;
  });
}

describeWithBrowser('resuming a scan', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a reload in the middle comes back on the same screen with all answers', async () => {
    const context = await suite.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Sociaal domein: on its first two screens the first tasks wordt meer, so they ask three questions.
    const scanId = await startScan(page, server.url, 'Sociaal domein');
    // 7 tasks that wordt meer × 3 questions + 1 that blijft gelijk × 1 (its time only).
    expect(await answerScreen(page, 'last')).toBe(7 * 3 + 1);
    const first = await checkedOnScreen(page);
    await page.getByRole('button', { name: 'Ga verder' }).click();
    await page.waitForURL(new RegExp(`#/scan/${scanId}/2$`));
    const title = await heading(page);
    // Answer half of the second screen: the first task completely, the second one partly.
    await page.locator('main fieldset.ms-task').nth(0).getByRole('radio', { name: 'Veel' }).check();
    await page.locator('main fieldset.ms-task').nth(0).getByRole('radio', { name: 'Heel leuk' }).check();
    await page.locator('main fieldset.ms-task').nth(0).getByRole('radio', { name: 'Goed', exact: true }).check();
    await page.locator('main fieldset.ms-task').nth(1).getByRole('radio', { name: 'Weinig' }).check();
    await waitSaved(page);
    const second = await checkedOnScreen(page);
    expect(Object.keys(second)).toHaveLength(4);

    await page.reload();
    await waitForHeading(page, title);
    expect(page.url()).toBe(`${server.url}#/scan/${scanId}/2`);
    expect(await checkedOnScreen(page)).toEqual(second);
    await page.getByRole('link', { name: 'Ga terug' }).click();
    await page.waitForURL(new RegExp(`#/scan/${scanId}/1$`));
    await page.locator('main fieldset.ms-task').first().waitFor();
    expect(await checkedOnScreen(page)).toEqual(first);

    // The start screen offers to go on at the screen where you were.
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Ga verder waar je was' }).click();
    await page.waitForURL(new RegExp(`#/scan/${scanId}/1$`));
    await context.close();
  });

  it('closing the browser right after an answer and opening it again loses nothing', async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium');
    const profile = mkdtempSync(join(tmpdir(), 'morgenscan-profiel-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      let context = await launch();
      let page = context.pages()[0] ?? (await context.newPage());
      const scanId = await startScan(page, server.url, 'Sociaal domein');
      const task = page.locator('main fieldset.ms-task').first();
      await task.getByRole('radio', { name: 'Een deel' }).check();
      await task.getByRole('radio', { name: 'Leuk', exact: true }).check();
      // No waiting for "Opgeslagen": the browser goes away at once.
      await context.close();

      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await openApp(page, server.url);
      await page.getByRole('link', { name: 'Ga verder waar je was' }).click();
      await page.waitForURL(new RegExp(`#/scan/${scanId}/1$`));
      const again = page.locator('main fieldset.ms-task').first();
      await expect(again.getByRole('radio', { name: 'Een deel' }).isChecked()).resolves.toBe(true);
      await expect(again.getByRole('radio', { name: 'Leuk', exact: true }).isChecked()).resolves.toBe(true);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
