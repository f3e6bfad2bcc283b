/**
 * Crashes: the browser process is killed (SIGKILL, no clean shut-down) at 20 seeded random points
 * during one scan, and opened again on the same profile each time. Every answer the app had said
 * was saved before the kill must be in IndexedDB afterwards, and the scan goes on where it was.
 *
 * Playwright gives no process for a persistent context, so this test starts Chromium itself (in
 * its own process group, with a temporary profile), connects over CDP, and kills that group.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../unit/faults/fuzz-tools';
import { CHROMIUM_ARGS, DIST, type DistServer, describeWithBrowser, findChromium, serveDist } from './harness';
import { startScan, waitSaved } from './scan-support';

const SEED = 20250609;
const KILLS = 20;

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Starts Chromium on the profile at `url` and connects to it; the caller kills it. */
async function launch(profile: string, url: string): Promise<Running> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium');
  const child = spawn(
    executablePath,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-default-browser-check',
      '--disable-session-crashed-bubble',
      url,
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium stopped (${code}): ${seen.slice(-500)}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('No default context');
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** The whole process group at once, as a power cut or the task manager would. */
async function kill(running: Running): Promise<void> {
  const pid = running.process.pid;
  if (pid === undefined || running.process.exitCode !== null) return;
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await exited;
}

/** The answers in IndexedDB, as input name → value, the way the scan screens name their inputs. */
async function storedAnswers(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('morgenscan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ questionnaireId: string; itemId: string; value: unknown }[]>((resolve, reject) => {
      const request = db.transaction('answers', 'readonly').objectStore('answers').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const out: Record<string, string> = {};
    for (const answer of all) {
      const base = `${answer.questionnaireId}--${answer.itemId}`;
      if (answer.value !== null && typeof answer.value === 'object' && !Array.isArray(answer.value))
        for (const [key, value] of Object.entries(answer.value)) out[`${base}--${key}`] = String(value);
      else out[base] = String(answer.value);
    }
    return out;
  });
}

/** Radio groups on the screen that have no answer yet, in page order. */
async function openGroups(page: Page): Promise<{ name: string; values: string[] }[]> {
  return page.evaluate(() => {
    const groups = new Map<string, { values: string[]; checked: boolean }>();
    for (const input of document.querySelectorAll<HTMLInputElement>('main form input[type=radio]')) {
      const group = groups.get(input.name) ?? { values: [], checked: false };
      group.values.push(input.value);
      group.checked ||= input.checked;
      groups.set(input.name, group);
    }
    return [...groups].filter(([, g]) => !g.checked).map(([name, g]) => ({ name, values: g.values }));
  });
}

const stepOf = (url: string) => Number(/\/(\d+)$/.exec(url)?.[1] ?? Number.NaN);

async function nextScreen(page: Page): Promise<boolean> {
  const next = page.getByRole('button', { name: /^(Ga verder|Ga naar het overzicht)$/ });
  if ((await next.count()) === 0) return false;
  const before = page.url();
  await next.click();
  await page.waitForFunction((url) => location.href !== url, before);
  return true;
}

describeWithBrowser('crashes', () => {
  let server: DistServer;
  let copy: string;
  beforeAll(async () => {
    // A copy of the build: a rebuild of dist/ during this test cannot pull the files away.
    copy = mkdtempSync(join(tmpdir(), 'morgenscan-dist-'));
    cpSync(DIST, copy, { recursive: true });
    server = await serveDist({ dir: copy });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it(`keeps every saved answer through ${KILLS} kills of the browser during a scan`, async () => {
    const random = seededRandom(SEED);
    const profile = mkdtempSync(join(tmpdir(), 'morgenscan-crash-'));
    const given: Record<string, string> = {};
    const counts = { kills: 0, given: 0, found: 0, lost: 0, killedWhileMoving: 0 };
    let running: Running | null = null;
    let scanId = '';
    let whereWas: number | null = null;
    try {
      for (let round = 0; round <= KILLS; round++) {
        // Opened again on the scan's address: the app resumes it on the screen where it was.
        running = await launch(
          profile,
          round === 0 ? 'about:blank' : `${server.url}#/scan/${encodeURIComponent(scanId)}`,
        );
        const { page } = running;
        if (round === 0) scanId = await startScan(page, server.url, 'Burgerzaken');
        else {
          await page.waitForURL(/#\/scan\/[^/]+\/\d+$/);
          await page.locator('main h1').first().waitFor();
          if (whereWas !== null) expect(stepOf(page.url()), `screen after kill ${round}`).toBe(whereWas);
          const stored = await storedAnswers(page);
          const missing = Object.keys(given).filter((name) => stored[name] !== given[name]);
          counts.found += Object.keys(given).length - missing.length;
          counts.lost += missing.length;
          expect(missing, `after kill ${round}`).toEqual([]);
        }
        if (round === KILLS) break;

        // Answer 1 to 4 questions, each once the previous one is saved, then kill at a seeded point.
        const answers = 1 + random.int(4);
        for (let k = 0; k < answers; k++) {
          let open = await openGroups(page);
          while (open.length === 0) {
            if (!(await nextScreen(page))) throw new Error('The scan ran out of questions');
            await page.locator('main h1').first().waitFor();
            open = await openGroups(page);
          }
          const group = open[0] as { name: string; values: string[] };
          const value = random.pick(group.values);
          await page.locator(`main input[type=radio][name="${group.name}"][value="${value}"]`).check();
          await waitSaved(page);
          given[group.name] = value;
          counts.given++;
        }
        const moment = random.pick(['saved', 'after a pause', 'while moving on'] as const);
        if (moment === 'after a pause') await page.waitForTimeout(random.int(50));
        // Where the scan should open again; unknown when the kill comes halfway through moving on.
        whereWas = moment === 'while moving on' ? null : stepOf(page.url());
        if (moment === 'while moving on') {
          void page
            .getByRole('button', { name: /^(Ga verder|Ga naar het overzicht)$/ })
            .click()
            .catch(() => undefined);
          await page.waitForTimeout(random.int(30));
          counts.killedWhileMoving++;
        }
        await kill(running);
        await running.browser.close().catch(() => undefined);
        running = null;
        counts.kills++;
      }
      console.log(
        `crash test: ${counts.kills} kills, ${counts.given} answers given, ` +
          `${Object.keys(given).length} checked after the last reopen, lost ${counts.lost}` +
          ` (${counts.killedWhileMoving} kills while moving to the next screen)`,
      );
      expect(counts.kills).toBe(KILLS);
      expect(counts.lost).toBe(0);
    } finally {
      if (running) await kill(running);
      rmSync(profile, { recursive: true, force: true });
    }
  }, 300_000);
});
