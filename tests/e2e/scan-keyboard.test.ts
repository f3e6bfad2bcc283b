/**
 * A whole scan with the keyboard only, from the start screen to the report, in the built app
 * served from a sub-folder. Tab moves between questions, Space or an arrow key picks an answer,
 * Enter presses a button. No mouse, no clicks from script.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DistServer, describeWithBrowser, foreignRequests, recordRequests, serveDist } from './harness';
import { openApp, waitForHeading } from './scan-support';

interface Focused {
  tag: string;
  type: string;
  name: string;
  text: string;
  /** For a radio: whether its group has an answer; for a checkbox: how many are ticked. */
  groupChecked: number;
  /** For a checkbox list: its maximum, read from the counter ("0 van 5 gekozen"). */
  max: number;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const group = input?.name ? [...document.getElementsByName(input.name)] : [];
    const checked = group.filter((i) => (i as HTMLInputElement).checked).length;
    const counter = input?.type === 'checkbox' ? input.closest('fieldset')?.querySelector('.ms-counter') : null;
    const max = Number(/van (\d+)/.exec(counter?.textContent ?? '')?.[1] ?? 0);
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      name: input?.name ?? '',
      text: (el?.textContent ?? '').trim(),
      groupChecked: checked,
      max,
    };
  });
}

/**
 * Answers the current screen by keyboard and presses its main button. Answers vary a little:
 * Space takes the option in focus, ArrowRight the next one (which also selects it).
 */
async function answerByKeyboard(page: Page, round: number): Promise<'next' | 'finish'> {
  for (let presses = 0; presses < 600; presses++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el.type === 'radio' && el.groupChecked === 0) {
      await page.keyboard.press((presses + round) % 3 === 0 ? 'ArrowRight' : 'Space');
    } else if (el.type === 'checkbox' && el.groupChecked < Math.min(2, el.max)) {
      await page.keyboard.press('Space');
    } else if (el.tag === 'textarea') {
      await page.keyboard.type('Ik wil leren hoe ik mensen goed help.');
    } else if (el.tag === 'button' && /^(Ga verder|Ga naar het overzicht)$/.test(el.text)) {
      await page.keyboard.press('Enter');
      return 'next';
    } else if (el.tag === 'button' && el.text === 'Maak de scan af') {
      await page.keyboard.press('Enter');
      return 'finish';
    }
  }
  throw new Error('No button to go on was reached with Tab.');
}

describeWithBrowser('a whole scan with the keyboard only', (suite) => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist({ subPath: '/intranet/hr/morgenscan/' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('goes from the start screen to the report without a mouse', async () => {
    const context = await suite.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page, server.url);

    // Start screen: Tab to "Start de scan" and press Enter.
    for (let i = 0; i < 20 && (await focused(page)).text !== 'Start de scan'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Start de scan');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Kies je werk');

    // Choose the work: Tab into the radio list, arrow down to "Buitendienst", Enter submits.
    for (let i = 0; i < 20 && (await focused(page)).type !== 'radio'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 5; i++) {
      const label = await page.evaluate(
        () => (document.activeElement as HTMLElement).closest('.ms-choice')?.textContent,
      );
      if (label?.includes('Buitendienst')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/scan\/[^/]+\/1$/);
    // The address changes before the first scan screen has replaced the choice.
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.trim() !== 'Kies je werk');

    const seen: string[] = [];
    for (let round = 0; round < 30; round++) {
      const title = (await page.locator('main h1').first().textContent())?.trim() ?? '';
      seen.push(title);
      // After each move the heading gets the focus (in an effect, just after the screen is drawn),
      // so Tab starts at the top of the new screen.
      await page
        .waitForFunction(() => document.activeElement === document.querySelector('main h1'), undefined, {
          timeout: 2000,
        })
        .catch(() => undefined);
      expect(await page.evaluate(() => document.activeElement === document.querySelector('main h1')), title).toBe(true);
      if (title === 'Bijna klaar: je overzicht')
        await expect(page.getByText('Je hebt alle vragen beantwoord. Goed gedaan!').isVisible()).resolves.toBe(true);
      const before = page.url();
      const done = await answerByKeyboard(page, round);
      await page.waitForFunction((url) => location.href !== url, before);
      if (done === 'finish') break;
      await page.locator('main h1').first().waitFor();
      await page.waitForFunction((text) => document.querySelector('main h1')?.textContent?.trim() !== text, title);
    }

    await page.waitForURL(/#\/rapport\//);
    await page.locator('main h1').first().waitFor();
    // 3 task screens + 1 growth mindset + 5 talent and motivation + the overview.
    expect(seen).toHaveLength(10);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen.at(-1)).toBe('Bijna klaar: je overzicht');

    // Every answer reached storage: Mijn scans shows the scan as finished.
    await page.goto(`${server.url}#/scans`);
    await waitForHeading(page, 'Mijn scans');
    await expect(page.locator('.ms-card').first().textContent()).resolves.toMatch(/Buitendienst.*Klaar/);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
    await context.close();
  });
});
