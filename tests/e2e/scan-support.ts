/**
 * Helpers for the scan end-to-end tests: open the built app, answer a screen quickly (real clicks
 * on the real inputs), finish a whole scan, and wait until the answers are saved.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The heading of the screen, once the app has rendered it. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('main h1');
  await h1.first().waitFor();
  return (await h1.first().textContent())?.trim() ?? '';
}

/** Waits until the screen's h1 is `text` (a screen change is asynchronous). */
export async function waitForHeading(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('main h1', { hasText: text }).first().waitFor();
}

/** Opens the app at `hash` and waits until the questionnaires and storage are loaded. */
export async function openApp(page: Page, url: string, hash = '#/'): Promise<void> {
  await page.goto(`${url}${hash}`);
  await page.locator('main h1').first().waitFor();
  // The start screen is prerendered; the app is ready once the scan list can be read.
  await page.waitForFunction(() => !document.querySelector('.ms-loading'));
}

/**
 * The time answer that leaves a task out of every figure. It is the last option of the time
 * question, but no answer "at the top": 'last' skips it, so a task keeps all its questions.
 */
const LEAVES_OUT = 'Komt bij ons niet voor of weet ik niet';

/**
 * Answers every question on the current screen that has no answer yet: the first (or last) option
 * of each radio group, the first choice of each checkbox list, a short text in each text box.
 * Returns the number of questions answered.
 */
export async function answerScreen(page: Page, option: 'first' | 'last' = 'first'): Promise<number> {
  const count = await page.evaluate(
    ([which, leavesOut]) => {
      let changed = 0;
      const form = document.querySelector('main form');
      if (!form) return 0;
      const groups = new Map<string, HTMLInputElement[]>();
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
        if (input.labels?.[0]?.textContent?.trim() === leavesOut) continue;
        const list = groups.get(input.name) ?? [];
        list.push(input);
        groups.set(input.name, list);
      }
      for (const inputs of groups.values()) {
        if (inputs.some((i) => i.checked)) continue;
        const pick = which === 'first' ? inputs[0] : inputs[inputs.length - 1];
        pick?.click();
        changed++;
      }
      for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
        if (area.value) continue;
        area.value = 'Ik wil graag meer met mensen werken.';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        changed++;
      }
      return changed;
    },
    [option, LEAVES_OUT] as const,
  );
  if (count > 0) await waitSaved(page);
  return count;
}

/** Waits until the quiet "Opgeslagen" shows and nothing is waiting to be written. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('.ms-save-status', { hasText: 'Opgeslagen' }).first().waitFor();
}

/** Chooses the work (by its visible name) and starts a scan; returns its id. */
export async function startScan(page: Page, url: string, role: string): Promise<string> {
  await openApp(page, url, '#/kies');
  await waitForHeading(page, 'Kies je werk');
  await page.getByRole('radio', { name: new RegExp(role) }).check();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.waitForURL(/#\/scan\/[^/]+\/1$/);
  const id = /#\/scan\/([^/]+)\/1$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return decodeURIComponent(id ?? '');
}

/** Answers every screen and finishes the scan; ends on the report. */
export async function finishScan(page: Page, option: 'first' | 'last' = 'first'): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const finish = page.getByRole('button', { name: 'Maak de scan af' });
    if (await finish.count()) {
      await finish.click();
      await page.waitForURL(/#\/rapport\//);
      return;
    }
    await answerScreen(page, option);
    const before = page.url();
    await page.getByRole('button', { name: /^(Ga verder|Ga naar het overzicht)$/ }).click();
    await page.waitForFunction((url) => location.href !== url, before);
    await page.locator('main h1').first().waitFor();
  }
  throw new Error('The scan did not end within 40 screens.');
}
