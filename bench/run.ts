/**
 * `npm run bench`: builds Morgenscan, serves it (and a blank page and a SurveyJS page with the same
 * questions) on 127.0.0.1, drives the system Chromium and prints a table; bench/results.json keeps
 * the numbers. Method notes: bench/README.md. Timings are reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { allItems } from '../src/domain/format';
import { isStatement } from '../src/domain/kinds';
import { scoreQuestionnaire } from '../src/domain/scoring';
import { parseIndex, parseQuestionnaire } from '../src/domain/validate';
import type { SettingRecord } from '../src/storage/types';
import { app as appText } from '../src/text/app';
import { report as reportText } from '../src/text/report';
import { CHROMIUM_ARGS, type DistServer, serveDist } from '../tests/e2e/harness';
import { type BuiltFile, CHART_JS_MARKER, FIRST_SCREEN_BUDGET_GZIP, firstLoad, gzipSize, total } from './first-load';
import { BIG_ID, bigQuestionnaire } from './generate';
import {
  checkedMarks,
  type LoadedQuestionnaire,
  random,
  type SeededScan,
  sampleAnswer,
  scanOrder,
  seedScan,
  stepOf,
} from './seed';
import { round, type Summary, summarize } from './stats';
import { toSurveyJs } from './to-surveyjs';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
/** The app as timed: built into (or copied to) the bench's own folder, so a build elsewhere cannot change it mid-run. */
let DIST = '';
const ROUNDS = Math.max(7, Number(process.env.BENCH_ROUNDS ?? 7));
const ANSWERS = Math.max(200, Number(process.env.BENCH_ANSWERS ?? 200));
const REPORT_LOADS = Math.max(5, Number(process.env.BENCH_REPORT_LOADS ?? 5));
const BIG_ITEMS = 500;
const BIG_LOADS = 5;
const WAIT_MS = 15_000;
/** An old laptop: Chromium's CPU throttled this many times (DevTools protocol). */
const SLOW_CPU = 4;
const PROBE = readFileSync(join(BENCH, 'pages/probe.js'), 'utf8');

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface ProbeSpec {
  kind: 'target' | 'report';
  selector: string;
  text?: string;
  bodyText?: string;
  min?: number;
  canvases?: number;
  store?: string;
}

/** What bench/pages/probe.js puts on the page. */
interface BenchGlobal {
  __bench?: {
    arm(spec: ProbeSpec, armedAt: number): void;
    ready: number | null;
    painted: number | null;
    armedAt: number;
    detail: unknown;
    clicks: number[];
    writes: { started: number; done: number }[];
  };
}

export interface Marks {
  ready: number | null;
  painted: number | null;
  armedAt: number;
  detail: unknown;
  fcp: number | null;
}

interface Timing {
  /** Navigation (or hash change) → target visible and usable in the DOM. */
  ready: Summary;
  /** … → end of the frame after that. */
  painted: Summary;
  fcp: Summary | null;
  failures: string[];
}

const notes: string[] = [];
const externalRequests = new Set<string>();
let work = '';

/** Runs one part of the bench; if it cannot run (the app is still being built), says so and goes on. */
async function attempt<T>(what: string, part: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await part();
  } catch (error) {
    notes.push(
      `${what}: could not measure (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
    return fallback;
  }
}

function log(message: string) {
  process.stdout.write(`${message}\n`);
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  }
  return result.stdout;
}

function ensureBenchDependencies() {
  if (
    existsSync(join(BENCH, 'node_modules/survey-core/package.json')) &&
    existsSync(join(BENCH, 'node_modules/survey-js-ui/package.json'))
  )
    return;
  log('Installing the bench-only dependencies (survey-core, survey-js-ui) …');
  run('npm', ['install', '--prefix', BENCH, '--no-audit', '--no-fund'], ROOT);
}

export function loadFolder(dir: string): LoadedQuestionnaire[] {
  const indexRaw = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const index = parseIndex('index.json', indexRaw);
  if (!index.ok) throw new Error(`questionnaires/index.json is ongeldig: ${JSON.stringify(index.problems)}`);
  return index.value.questionnaires.map((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const parsed = parseQuestionnaire(file, raw);
    if (!parsed.ok) throw new Error(`${file} is ongeldig: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
    return { file, raw, questionnaire: parsed.value };
  });
}

/** A copy of the built app with other questionnaire files (the app fetches them at run time). */
function appCopy(name: string, files: Record<string, unknown>, index: string[]): string {
  const dir = join(work, name);
  cpSync(DIST, dir, { recursive: true });
  for (const [file, content] of Object.entries(files))
    writeFileSync(join(dir, 'questionnaires', file), JSON.stringify(content, null, 2));
  writeFileSync(
    join(dir, 'questionnaires/index.json'),
    JSON.stringify({ schemaVersion: 1, questionnaires: index }, null, 2),
  );
  return dir;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The floor: the same first question as plain HTML with one inline listener. */
function blankPage(question: string, labels: readonly string[]): string {
  const options = labels
    .map((label, i) => `<label><input type="radio" name="q1" value="${i + 1}"> ${escapeHtml(label)}</label><br>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Leeg</title>
  </head>
  <body>
    <fieldset>
      <legend>${escapeHtml(question)}</legend>
      ${options}
    </fieldset>
    <script>
      document.querySelector('fieldset').addEventListener('change', (event) => {
        document.title = event.target.value;
      });
    </script>
  </body>
</html>
`;
}

async function buildSurveyJsPage(survey: unknown): Promise<string> {
  const outDir = join(work, 'surveyjs');
  await build({
    configFile: false,
    root: join(BENCH, 'pages/surveyjs'),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  writeFileSync(join(outDir, 'survey.json'), JSON.stringify(survey));
  return outDir;
}

function filesIn(dir: string, ext: string, prefix = ''): BuiltFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => {
      const content = readFileSync(join(dir, name));
      return { path: `${prefix}${name}`, raw: content.length, gzip: gzipSize(content) };
    });
}

export async function newContext(
  browser: Browser,
  storageState?: StorageState,
  options: { serviceWorkers?: 'block' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    ...(storageState ? { storageState } : {}),
    ...options,
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url)) externalRequests.add(url);
  });
  return context;
}

export async function probe(context: BrowserContext, spec: ProbeSpec) {
  await context.addInitScript({ content: `globalThis.__benchSpec = ${JSON.stringify(spec)};\n${PROBE}` });
}

/** What the probe has recorded, once the target has painted; null before that. */
const READ_MARKS = `(() => {
  const bench = globalThis.__bench;
  if (!bench || bench.painted == null) return null;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  return JSON.stringify({ ready: bench.ready, painted: bench.painted, armedAt: bench.armedAt, detail: bench.detail, fcp });
})()`;

/**
 * Waits for the probe's marks by asking over the DevTools protocol every 50 ms. Not with
 * Playwright's waitForFunction or evaluate: those first put Playwright's own helper script into
 * the page, and compiling it (about 40 ms here) would land in the middle of the load being timed.
 */
export async function marks(page: Page, timeout = WAIT_MS): Promise<Marks> {
  const session = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      const answer = await session
        .send('Runtime.evaluate', { expression: READ_MARKS, returnByValue: true })
        .catch(() => null); // the document may still be committing
      const value = answer?.result.value;
      if (typeof value === 'string') return JSON.parse(value) as Marks;
      if (Date.now() > deadline) throw new Error(`The probe saw no target within ${timeout / 1000} s.`);
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function screenshot(page: Page, name: string) {
  const file = join(work, `${name}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}

/** One cold load in a fresh context: navigation → target visible and usable. */
export async function coldLoad(
  browser: Browser,
  url: string,
  spec: ProbeSpec,
  name: string,
  storageState?: StorageState,
): Promise<Marks | string> {
  const context = await newContext(browser, storageState);
  try {
    await probe(context, spec);
    const page = await context.newPage();
    // A 404 of the same origin first: the renderer process is then running and the connection
    // open, so the timing is about the page, not about starting a process (the same for every page).
    await page.goto(new URL('bench-404', url).href);
    await page.goto(url, { waitUntil: 'commit' });
    try {
      return await marks(page);
    } catch {
      return `${name}: not visible and usable within ${WAIT_MS / 1000} s (screenshot ${await screenshot(page, name)})`;
    }
  } finally {
    await context.close();
  }
}

/**
 * A returning user's load: the same context loaded the page once before, so its HTTP cache is warm
 * (hashed assets are cached for a year, index.html and the questionnaires revalidate). No service
 * worker, so it is the HTTP cache that is timed, as for the other pages. `cpuSlowdown`: Chromium's
 * CPU throttled for the timed load (Emulation.setCPUThrottlingRate), to stand for an old laptop.
 */
export async function warmLoad(
  browser: Browser,
  url: string,
  spec: ProbeSpec,
  name: string,
  storageState?: StorageState,
  cpuSlowdown = 1,
): Promise<Marks | string> {
  const context = await newContext(browser, storageState, { serviceWorkers: 'block' });
  try {
    await probe(context, spec);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await marks(page);
    } catch {
      return `${name}: the first (cache-filling) load was not visible and usable within ${WAIT_MS / 1000} s`;
    }
    // Let the first load finish its work after the first screen (the full check, the rest of the app).
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.goto(new URL('bench-404', url).href);
    const session = await context.newCDPSession(page);
    try {
      if (cpuSlowdown > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto(url, { waitUntil: 'commit' });
      try {
        return await marks(page, WAIT_MS * cpuSlowdown);
      } catch {
        const limit = (WAIT_MS * cpuSlowdown) / 1000;
        return `${name}: not visible and usable within ${limit} s (screenshot ${await screenshot(page, name)})`;
      }
    } finally {
      await session.detach().catch(() => undefined);
    }
  } finally {
    await context.close();
  }
}

function timing(results: (Marks | string)[]): Timing {
  const ok = results.filter((r): r is Marks => typeof r !== 'string');
  const fcps = ok.map((m) => m.fcp).filter((v): v is number => v !== null);
  return {
    ready: summarize(ok.map((m) => (m.ready as number) - m.armedAt)),
    painted: summarize(ok.map((m) => (m.painted as number) - m.armedAt)),
    fcp: fcps.length ? summarize(fcps) : null,
    failures: [...new Set(results.filter((r): r is string => typeof r === 'string'))],
  };
}

export interface WaterfallEntry {
  name: string;
  start: number;
  end: number;
}

/** One more cold load, keeping when each file started and arrived: where the time of a load goes. */
async function waterfall(
  browser: Browser,
  url: string,
  spec: ProbeSpec,
  storageState?: StorageState,
): Promise<{ ready: number | null; entries: WaterfallEntry[] }> {
  const context = await newContext(browser, storageState);
  try {
    await probe(context, spec);
    const page = await context.newPage();
    await page.goto(new URL('bench-404', url).href);
    await page.goto(url, { waitUntil: 'commit' });
    const ready = (await marks(page)).ready;
    const entries = await page.evaluate(() =>
      [
        ...performance.getEntriesByType('navigation'),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
      ].map((e) => ({
        name: new URL(e.name).pathname.split('/').pop() || 'index.html',
        start: Math.round(e.startTime),
        end: Math.round((e as PerformanceResourceTiming).responseEnd),
      })),
    );
    return { ready: ready === null ? null : Math.round(ready), entries };
  } finally {
    await context.close();
  }
}

/** Writes scans straight into the app's IndexedDB, after the app itself has created the database. */
export async function seed(
  browser: Browser,
  url: string,
  scans: SeededScan[],
  settings: SettingRecord[] = [],
): Promise<StorageState> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const hasDatabase = () =>
      page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'morgenscan'));
    for (const route of ['#/', '#/scans']) {
      await page.goto(`${url}${route}`);
      for (let i = 0; i < 50 && !(await hasDatabase()); i++) await page.waitForTimeout(100);
      if (await hasDatabase()) break;
    }
    if (!(await hasDatabase())) throw new Error('The app did not create its IndexedDB database "morgenscan".');
    await page.evaluate(
      async ({ records, settings }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open('morgenscan');
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        await new Promise<void>((done, fail) => {
          const tx = db.transaction(['scans', 'snapshots', 'answers', 'settings'], 'readwrite');
          for (const { scan, snapshots, answers } of records) {
            tx.objectStore('scans').put(scan);
            for (const snapshot of snapshots) tx.objectStore('snapshots').put(snapshot);
            for (const answer of answers) tx.objectStore('answers').put(answer);
          }
          for (const setting of settings) tx.objectStore('settings').put(setting);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { records: scans, settings },
    );
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}

interface Recorded {
  url: string;
  type: string;
  raw: number;
  gzip: number;
}

/** Cold load of the start screen, recording every response the page got until the network is quiet. */
async function recordStartLoad(browser: Browser, url: string, spec: ProbeSpec): Promise<Recorded[]> {
  const context = await newContext(browser);
  const recorded: Promise<Recorded | null>[] = [];
  try {
    await probe(context, spec);
    const page = await context.newPage();
    page.on('response', (response) => {
      recorded.push(
        response
          .body()
          .then((body) => ({
            url: response.url().replace(url, ''),
            type: response.request().resourceType(),
            raw: body.length,
            gzip: gzipSize(body),
          }))
          .catch(() => null),
      );
    });
    await page.goto(url, { waitUntil: 'commit' });
    await marks(page).catch(() => undefined);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    return (await Promise.all(recorded)).filter((r): r is Recorded => r !== null);
  } finally {
    await context.close();
  }
}

export async function measureAnswers(
  browser: Browser,
  url: string,
  spec: ProbeSpec,
  state: StorageState,
  scanId: string,
): Promise<{
  latencies: number[];
  untilPut: Summary;
  commit: Summary;
  stored: number;
  groups: number;
  failures: string[];
}> {
  const context = await newContext(browser, state);
  const failures: string[] = [];
  try {
    await probe(context, { ...spec, store: 'answers' });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await marks(page);
    const groups = await page.evaluate(() => {
      const names: string[] = [];
      const counts: Record<string, number> = {};
      for (const input of document.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        if (!(input.name in counts)) names.push(input.name);
        counts[input.name] = (counts[input.name] ?? 0) + 1;
      }
      let offset = 0;
      return names.map((name) => {
        const group = { offset, count: counts[name] as number };
        offset += group.count;
        return group;
      });
    });
    const radios = page.locator('input[type=radio]');
    const actions: { click: number; write: number }[] = [];
    for (let k = 0; k < ANSWERS && groups.length > 0; k++) {
      const g = k % groups.length;
      const group = groups[g] as { offset: number; count: number };
      const option = (Math.floor(k / groups.length) + g) % group.count;
      const before = await page.evaluate(() => ({
        click: (globalThis as unknown as BenchGlobal).__bench?.clicks.length ?? 0,
        write: (globalThis as unknown as BenchGlobal).__bench?.writes.length ?? 0,
      }));
      const radio = radios.nth(group.offset + option);
      try {
        await radio.click({ timeout: 2000 });
      } catch {
        await radio.check({ force: true });
      }
      try {
        await page.waitForFunction(
          (n) => ((globalThis as unknown as BenchGlobal).__bench?.writes.length ?? 0) > n,
          before.write,
          {
            timeout: 5000,
            polling: 'raf',
          },
        );
        actions.push(before);
      } catch {
        failures.push(`answer ${k + 1}: no write to store "answers" within 5 s`);
      }
    }
    const bench = await page.evaluate(() => ({
      clicks: (globalThis as unknown as BenchGlobal).__bench?.clicks ?? [],
      writes: (globalThis as unknown as BenchGlobal).__bench?.writes ?? [],
    }));
    const pairs = actions
      .map(({ click, write }) => ({ clicked: bench.clicks[click], written: bench.writes[write] }))
      .filter((p): p is { clicked: number; written: { started: number; done: number } } =>
        Boolean(p.clicked !== undefined && p.written),
      );
    const latencies = pairs.map((p) => p.written.done - p.clicked);
    // Split: until the app calls put() (its own work and save queue), and the IndexedDB commit.
    const untilPut = pairs.map((p) => p.written.started - p.clicked);
    const commit = pairs.map((p) => p.written.done - p.written.started);
    const stored = await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('morgenscan');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const count = await new Promise<number>((done) => {
        const request = db.transaction('answers').objectStore('answers').index('by-scan').count(id);
        request.onsuccess = () => done(request.result);
        request.onerror = () => done(-1);
      });
      db.close();
      return count;
    }, scanId);
    return {
      latencies,
      untilPut: summarize(untilPut),
      commit: summarize(commit),
      stored,
      groups: groups.length,
      failures: [...new Set(failures)].slice(0, 5),
    };
  } finally {
    await context.close();
  }
}

/** In-app navigation: load `fromUrl`, wait for `fromSpec`, then set the hash and time `spec`. */
export async function hashNavigation(
  browser: Browser,
  fromUrl: string,
  fromSpec: ProbeSpec,
  hash: string,
  spec: ProbeSpec,
  name: string,
  state: StorageState,
  onResponse?: (url: string, body: Buffer) => void,
): Promise<Marks | string> {
  const context = await newContext(browser, state);
  try {
    await probe(context, fromSpec);
    const page = await context.newPage();
    // From the start: the screen before may fetch the next screen's code ahead (the report's does).
    if (onResponse)
      page.on('response', async (response) => {
        const body = await response.body().catch(() => null);
        if (body) onResponse(response.url(), body);
      });
    await page.goto(fromUrl, { waitUntil: 'commit' });
    try {
      await marks(page);
    } catch {
      return `${name}: the screen before it did not load (screenshot ${await screenshot(page, `${name}-before`)})`;
    }
    // The screen before is settled (its lazy chunks and data loaded), like a user who worked on it.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.evaluate(
      ({ nextSpec, nextHash }) => {
        (globalThis as unknown as BenchGlobal).__bench?.arm(nextSpec, performance.now());
        location.hash = nextHash;
      },
      { nextSpec: spec, nextHash: hash },
    );
    try {
      return await marks(page);
    } catch {
      return `${name}: not ready within ${WAIT_MS / 1000} s (screenshot ${await screenshot(page, name)})`;
    }
  } finally {
    await context.close();
  }
}

/** Loads the report once and lets it settle, to learn its heading and how many charts it draws. */
async function reportShape(
  browser: Browser,
  url: string,
  state: StorageState,
): Promise<{ heading: string | null; canvases: number }> {
  const context = await newContext(browser, state);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(1500);
    await screenshot(page, 'rapport');
    return await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent?.trim() ?? null,
      canvases: document.querySelectorAll('canvas').length,
    }));
  } finally {
    await context.close();
  }
}

function scoringTime(): Summary {
  const parsed = parseQuestionnaire('groot.json', bigQuestionnaire(BIG_ITEMS));
  if (!parsed.ok) throw new Error('generated questionnaire is invalid');
  const q = parsed.value;
  const next = random(7);
  const answers = Object.fromEntries(allItems(q).map((item) => [item.id, sampleAnswer(q, item, next)]));
  for (let i = 0; i < 20; i++) scoreQuestionnaire(q, answers);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    scoreQuestionnaire(q, answers);
    times.push(performance.now() - start);
  }
  return summarize(times.map((t) => round(t, 3)));
}

// ---------- output ----------

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function times(value: number): string {
  return Number.isFinite(value) ? `${value}×` : 'n/a';
}

function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r, i) => {
      const line = `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
      return i === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
    })
    .join('\n');
}

function verdict(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'MISS';
}

async function main() {
  const started = performance.now();
  // The machine is shared: the load when the run starts says how much to trust its timings.
  const loadAtStart = round(loadavg()[0] ?? 0, 1);
  work = mkdtempSync(join(tmpdir(), 'morgenscan-bench-'));
  ensureBenchDependencies();

  DIST = join(work, 'dist');
  if (process.env.BENCH_DIST) {
    // BENCH_DIST: time an app that is already built instead of building this working tree.
    log(`Using the app built in ${process.env.BENCH_DIST}.`);
    cpSync(resolve(process.env.BENCH_DIST), DIST, { recursive: true });
  } else {
    log('Building the app (vite build) …');
    run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], ROOT);
  }

  // The growth-mindset questionnaire; until it exists, the UI test fixtures stand in for all content.
  let appDir = DIST;
  let content = 'questionnaires/ (built)';
  let questionnaires = loadFolder(join(DIST, 'questionnaires'));
  let mindset = questionnaires.find((l) => l.file === 'groeimindset.json');
  if (!mindset) {
    const fixtures = join(ROOT, 'tests/fixtures/ui');
    const files = JSON.parse(readFileSync(join(fixtures, 'index.json'), 'utf8')).questionnaires as string[];
    appDir = appCopy(
      'app-fixtures',
      Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(fixtures, f), 'utf8'))])),
      files,
    );
    questionnaires = loadFolder(join(appDir, 'questionnaires'));
    mindset = questionnaires.find((l) => l.file === 'mindset.json');
    content = 'tests/fixtures/ui (questionnaires/groeimindset.json does not exist yet)';
    notes.push(`Content: ${content}.`);
  }
  if (!mindset) throw new Error('No growth-mindset questionnaire found.');
  const pack = questionnaires.find((l) => l.questionnaire.kind === 'takenpakket');
  if (!pack) throw new Error('No task pack found.');
  const order = scanOrder(questionnaires, pack.questionnaire.id);
  const firstStatement = allItems(mindset.questionnaire).find(isStatement);
  if (!firstStatement) throw new Error('The growth-mindset questionnaire has no statement.');
  const labels = mindset.questionnaire.answerScales.find((s) => s.id === firstStatement.scale)?.labels ?? [];
  const mindsetStep = stepOf(order, mindset.questionnaire.id);

  log('Building the SurveyJS page and the blank page …');
  const surveyDir = await buildSurveyJsPage(toSurveyJs(mindset.questionnaire));
  const blankDir = join(work, 'blank');
  mkdirSync(blankDir);
  writeFileSync(join(blankDir, 'index.html'), blankPage(firstStatement.text, labels));

  const big = bigQuestionnaire(BIG_ITEMS);
  const bigDir = appCopy(
    'app-500',
    {
      ...Object.fromEntries(questionnaires.map((l) => [l.file, l.raw])),
      'bench-groot.json': big,
    },
    [...questionnaires.map((l) => l.file), 'bench-groot.json'],
  );
  const bigAll = loadFolder(join(bigDir, 'questionnaires'));
  const bigOrder = scanOrder(bigAll, pack.questionnaire.id);
  const bigStep = stepOf(bigOrder, BIG_ID);

  const servers: DistServer[] = [];
  const serve = async (dir: string) => {
    const s = await serveDist({ dir, immutableAssets: true });
    servers.push(s);
    return s.url;
  };
  const appUrl = await serve(appDir);
  const surveyUrl = await serve(surveyDir);
  const blankUrl = await serve(blankDir);
  const bigUrl = await serve(bigDir);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const chromiumVersion = browser.version();
    const startSpec: ProbeSpec = {
      kind: 'target',
      selector: 'button, a[href]',
      text: `^${escapeRegExp(appText.startButton)}$`,
    };
    const questionSpec: ProbeSpec = {
      kind: 'target',
      selector: 'input[type=radio]',
      bodyText: firstStatement.text,
    };

    const at = new Date();
    const emptyScan = seedScan(crypto.randomUUID(), order, { answered: false, at });
    const fullScan = seedScan(crypto.randomUUID(), order, { answered: true, at });
    log('Seeding scans in IndexedDB …');
    const marks = await checkedMarks(order);
    const state = await attempt('Seeding scans', () => seed(browser, appUrl, [emptyScan, fullScan], marks), null);
    const questionUrl = `${appUrl}#/scan/${emptyScan.scan.id}/${mindsetStep}`;

    // Sizes: what the built index.html pulls in statically, and what a cold load really fetched.
    const first = firstLoad(appDir);
    const firstJs = total(first.js);
    const firstCss = total(first.css);
    const recorded = await recordStartLoad(browser, appUrl, startSpec);
    const chartChunks = readdirSync(join(appDir, 'assets'))
      .filter((f) => f.endsWith('.js') && readFileSync(join(appDir, 'assets', f), 'utf8').includes(CHART_JS_MARKER))
      .map((f) => `assets/${f}`);
    const surveyFiles = [
      ...filesIn(join(surveyDir, 'assets'), '.js', 'assets/'),
      ...filesIn(join(surveyDir, 'assets'), '.css', 'assets/'),
    ];

    log(`First question: ${ROUNDS} cold loads each (plus one warm-up round) …`);
    const loads = { blank: [], surveyjs: [], start: [], question: [] } as Record<string, (Marks | string)[]>;
    const pages: [string, () => Promise<Marks | string>][] = [
      ['blank', () => coldLoad(browser, blankUrl, questionSpec, 'blank')],
      ['surveyjs', () => coldLoad(browser, surveyUrl, questionSpec, 'surveyjs')],
      ['start', () => coldLoad(browser, `${appUrl}#/`, startSpec, 'morgenscan-start')],
      [
        'question',
        async () =>
          state
            ? coldLoad(browser, questionUrl, questionSpec, 'morgenscan-question', state)
            : 'morgenscan-question: no seeded scan',
      ],
    ];
    // Interleaved rounds, so a busy moment on the machine hits every page alike.
    const failedWarmUp = new Set<string>();
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [key, load] of pages) {
        // A page that failed in the warm-up round is not tried again: it is not there yet.
        if (failedWarmUp.has(key)) continue;
        const result = await load();
        if (round === 0 && typeof result === 'string') failedWarmUp.add(key);
        if (round > 0 || typeof result === 'string') loads[key]?.push(result);
      }
    }
    log(`Returning user (warm HTTP cache): ${ROUNDS} loads each, plain and with the CPU ${SLOW_CPU}× slower …`);
    const warmPages: [string, string, ProbeSpec, StorageState | undefined][] = [
      ['blank', blankUrl, questionSpec, undefined],
      ['surveyjs', surveyUrl, questionSpec, undefined],
      ['start', `${appUrl}#/`, startSpec, undefined],
      ['question', questionUrl, questionSpec, state ?? undefined],
    ];
    const warm = { blank: [], surveyjs: [], start: [], question: [] } as Record<string, (Marks | string)[]>;
    const slow = { blank: [], surveyjs: [], start: [], question: [] } as Record<string, (Marks | string)[]>;
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [key, url, spec, storage] of warmPages) {
        if (failedWarmUp.has(key)) continue;
        for (const [target, slowdown] of [
          [warm, 1],
          [slow, SLOW_CPU],
        ] as const) {
          const result = await warmLoad(browser, url, spec, `${key}-warm-${slowdown}x`, storage, slowdown);
          if (round > 0 || typeof result === 'string') target[key]?.push(result);
        }
      }
    }
    const warmTiming = (loadsOf: Record<string, (Marks | string)[]>) => ({
      blank: timing(loadsOf.blank ?? []),
      surveyjs: timing(loadsOf.surveyjs ?? []),
      morgenscanStart: timing(loadsOf.start ?? []),
      morgenscanQuestion: timing(loadsOf.question ?? []),
    });
    const returning = { warm: warmTiming(warm), slowCpu: warmTiming(slow), cpuSlowdown: SLOW_CPU };

    const firstQuestion = {
      blank: timing(loads.blank ?? []),
      surveyjs: timing(loads.surveyjs ?? []),
      morgenscanStart: timing(loads.start ?? []),
      morgenscanQuestion: timing(loads.question ?? []),
    };

    const questionWaterfall = state
      ? await attempt('Waterfall', () => waterfall(browser, questionUrl, questionSpec, state), null)
      : null;

    log(`Answer → stored: ${ANSWERS} answers …`);
    const answers = await attempt(
      'Answer → stored',
      () =>
        state
          ? measureAnswers(browser, questionUrl, questionSpec, state, emptyScan.scan.id)
          : Promise.reject(new Error('no seeded scan')),
      { latencies: [], untilPut: summarize([]), commit: summarize([]), stored: -1, groups: 0, failures: [] },
    );

    log(`Report: ${REPORT_LOADS} in-app navigations and ${REPORT_LOADS} deep links …`);
    const reportHash = `#/rapport/${fullScan.scan.id}`;
    // From the last screen of a finished scan, as a user who just answered the last question.
    const lastStep = order.reduce((sum, l) => sum + l.questionnaire.sections.length, 0);
    const anyControl: ProbeSpec = { kind: 'target', selector: 'input, button, a[href]' };
    const shape = state
      ? await attempt('Report shape', () => reportShape(browser, `${appUrl}${reportHash}`, state), {
          heading: null,
          canvases: 0,
        })
      : { heading: null, canvases: 0 };
    const reportSpec: ProbeSpec = {
      kind: 'report',
      selector: 'h1',
      canvases: shape.canvases,
      ...(shape.heading ? { text: `^${escapeRegExp(shape.heading)}$` } : {}),
    };
    const reportIsThere = shape.heading?.includes(reportText.title) ?? false;
    if (!reportIsThere)
      notes.push(
        `Report: the report screen does not show "${reportText.title}" yet (h1: ${JSON.stringify(shape.heading)}); timed what is there.`,
      );
    if (shape.canvases === 0) notes.push('Report: no chart canvas on the report yet; timed the heading only.');
    const reportFiles = new Map<string, Recorded>();
    const inApp: (Marks | string)[] = [];
    const deepLink: (Marks | string)[] = [];
    for (let i = 0; i < REPORT_LOADS && state; i++) {
      inApp.push(
        await hashNavigation(
          browser,
          `${appUrl}#/scan/${fullScan.scan.id}/${lastStep}`,
          anyControl,
          reportHash,
          reportSpec,
          'rapport-in-app',
          state,
          i === 0
            ? (url, body) => {
                const path = url.replace(appUrl, '');
                if (/\.(js|css)$/.test(path) && !recorded.some((r) => r.url === path))
                  reportFiles.set(path, {
                    url: path,
                    type: path.endsWith('.js') ? 'script' : 'stylesheet',
                    raw: body.length,
                    gzip: gzipSize(body),
                  });
              }
            : undefined,
        ),
      );
      deepLink.push(await coldLoad(browser, `${appUrl}${reportHash}`, reportSpec, 'rapport-deep-link', state));
    }

    log(`${BIG_ITEMS}-statement questionnaire: ${BIG_LOADS} in-app navigations to one of its screens …`);
    const bigScan = seedScan(crypto.randomUUID(), bigOrder, { answered: false, at });
    const bigMarks = await checkedMarks(bigOrder);
    const bigState = await attempt(
      'Seeding the 500-statement scan',
      () => seed(browser, bigUrl, [bigScan], bigMarks),
      null,
    );
    // From its first screen to its second, as someone who presses "Volgende".
    const bigScreenItems = big.sections[1]?.items.length ?? 0;
    const bigRadios = bigScreenItems * (big.answerScales?.[0]?.labels.length ?? 5);
    const bigRender: (Marks | string)[] = [];
    for (let i = 0; i < BIG_LOADS && bigState; i++) {
      bigRender.push(
        await hashNavigation(
          browser,
          `${bigUrl}#/scan/${bigScan.scan.id}/${bigStep}`,
          anyControl,
          `#/scan/${bigScan.scan.id}/${bigStep + 1}`,
          { kind: 'target', selector: 'input[type=radio]', min: bigRadios },
          'groot-500',
          bigState,
        ),
      );
    }
    const bigScore = scoringTime();

    // ---------- results ----------
    const fq = firstQuestion;
    const msQuestion = fq.morgenscanQuestion.ready.median;
    const ratio = (other: number) => round(other / msQuestion, 2);
    const report = {
      inApp: timing(inApp),
      deepLink: timing(deepLink),
      canvases: shape.canvases,
      heading: shape.heading,
    };
    const bigTiming = timing(bigRender);
    const firstGzip = firstJs.gzip + firstCss.gzip;
    const answerSummary = summarize(answers.latencies);
    const chartInFirst = first.js.some((f) => chartChunks.includes(f.path));
    const has = (v: number) => Number.isFinite(v);
    const rw = returning.warm;
    const warmQuestion = rw.morgenscanQuestion.ready.median;
    const warmStart = rw.morgenscanStart.ready.median;
    const targets = [
      {
        name: 'First-screen JS + CSS (gzip)',
        target: `≤ ${kb(FIRST_SCREEN_BUDGET_GZIP)}, no Chart.js`,
        value: `${kb(firstGzip)}${chartInFirst ? ', has Chart.js' : ''}`,
        pass: firstGzip <= FIRST_SCREEN_BUDGET_GZIP && !chartInFirst,
      },
      {
        name: 'First question vs SurveyJS (warm cache)',
        target: '≤ 1/3 of SurveyJS',
        value: `${ms(warmQuestion)} vs ${ms(rw.surveyjs.ready.median)}`,
        pass: has(warmQuestion) && has(rw.surveyjs.ready.median) ? warmQuestion <= rw.surveyjs.ready.median / 3 : null,
      },
      {
        name: 'First question vs blank page (warm cache)',
        target: '≤ 2.5× blank',
        value: `${ms(warmQuestion)} vs ${ms(rw.blank.ready.median)}`,
        pass: has(warmQuestion) && has(rw.blank.ready.median) ? warmQuestion <= rw.blank.ready.median * 2.5 : null,
      },
      {
        name: 'Start screen vs blank page (warm cache)',
        target: '≤ 1.5× blank',
        value: `${ms(warmStart)} vs ${ms(rw.blank.ready.median)}`,
        pass: has(warmStart) && has(rw.blank.ready.median) ? warmStart <= rw.blank.ready.median * 1.5 : null,
      },
      {
        name: `First question, CPU ${SLOW_CPU}× slower (warm cache)`,
        target: 'reported',
        value: `${ms(returning.slowCpu.morgenscanQuestion.ready.median)} vs SurveyJS ${ms(returning.slowCpu.surveyjs.ready.median)}`,
        pass: null,
      },
      {
        name: `Start screen, CPU ${SLOW_CPU}× slower (warm cache)`,
        target: 'reported',
        value: `${ms(returning.slowCpu.morgenscanStart.ready.median)} vs blank ${ms(returning.slowCpu.blank.ready.median)}`,
        pass: null,
      },
      {
        name: 'Answer stored, p95',
        target: '≤ 16 ms',
        value: ms(answerSummary.p95),
        pass: has(answerSummary.p95) ? answerSummary.p95 <= 16 : null,
      },
      {
        name: `Report ready (in-app), median${reportIsThere && shape.canvases > 0 ? '' : ' — report incomplete'}`,
        target: '≤ 250 ms',
        value: ms(report.inApp.ready.median),
        pass: has(report.inApp.ready.median) ? report.inApp.ready.median <= 250 : null,
      },
      {
        name: `${BIG_ITEMS}-item questionnaire: one screen, median`,
        target: '< 16 ms',
        value: ms(bigTiming.ready.median),
        pass: has(bigTiming.ready.median) ? bigTiming.ready.median < 16 : null,
      },
    ];

    const machine = {
      date: new Date().toISOString(),
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGB: round(totalmem() / 1024 ** 3, 1),
      os: `${process.platform} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
      loadAverage: { atStart: loadAtStart, atEnd: round(loadavg()[0] ?? 0, 1) },
    };
    const results = {
      machine,
      content,
      rounds: ROUNDS,
      sizes: {
        indexHtml: first.html,
        firstScreenJs: { ...firstJs, files: first.js },
        firstScreenCss: { ...firstCss, files: first.css },
        coldLoadResponses: recorded,
        reportChunks: [...reportFiles.values()],
        chartJsChunks: chartChunks,
        surveyjs: surveyFiles,
      },
      firstQuestion: fq,
      returningUser: returning,
      questionWaterfall,
      ratiosToMorgenscanQuestion: {
        blank: ratio(fq.blank.ready.median),
        surveyjs: ratio(fq.surveyjs.ready.median),
        morgenscanStart: ratio(fq.morgenscanStart.ready.median),
      },
      answerStored: {
        ...answerSummary,
        clickToPut: answers.untilPut,
        putToCommitted: answers.commit,
        storedRecords: answers.stored,
        questionsOnScreen: answers.groups,
        failures: answers.failures,
      },
      report,
      big: { items: BIG_ITEMS, itemsOnScreen: bigScreenItems, render: bigTiming, scoreNodeMs: bigScore },
      externalRequests: [...externalRequests],
      targets,
      notes,
      durationSeconds: round((performance.now() - started) / 1000, 0),
    };
    writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

    // ---------- table ----------
    const sizeRows = [
      ['What', 'Files', 'Raw', 'Gzip'],
      ['index.html (prerendered start screen)', '1', kb(first.html.raw), kb(first.html.gzip)],
      ['First-screen JS (entry + static imports)', String(first.js.length), kb(firstJs.raw), kb(firstJs.gzip)],
      ['First-screen CSS', String(first.css.length), kb(firstCss.raw), kb(firstCss.gzip)],
      ['First-screen JS + CSS', '', kb(firstJs.raw + firstCss.raw), kb(firstGzip)],
    ];
    const lazy = recorded.filter(
      (r) =>
        (r.type === 'script' || r.type === 'stylesheet') &&
        !first.js.some((f) => r.url.endsWith(f.path)) &&
        !first.css.some((f) => r.url.endsWith(f.path)),
    );
    if (lazy.length)
      sizeRows.push([
        'Cold load of #/: lazy JS/CSS fetched as well',
        String(lazy.length),
        kb(lazy.reduce((s, r) => s + r.raw, 0)),
        kb(lazy.reduce((s, r) => s + r.gzip, 0)),
      ]);
    const data = recorded.filter((r) => r.type === 'fetch' || r.type === 'xhr');
    if (data.length)
      sizeRows.push([
        'Cold load of #/: data (questionnaires …)',
        String(data.length),
        kb(data.reduce((s, r) => s + r.raw, 0)),
        kb(data.reduce((s, r) => s + r.gzip, 0)),
      ]);
    const reportList = [...reportFiles.values()];
    sizeRows.push([
      `Report chunk(s) fetched for #/rapport${chartChunks.length ? ' (Chart.js inside)' : ''}`,
      String(reportList.length),
      kb(reportList.reduce((s, r) => s + r.raw, 0)),
      kb(reportList.reduce((s, r) => s + r.gzip, 0)),
    ]);
    const sjs = total(surveyFiles);
    sizeRows.push(['SurveyJS page JS + CSS (for comparison)', String(surveyFiles.length), kb(sjs.raw), kb(sjs.gzip)]);

    const timeRow = (name: string, t: Timing, vs: string) => [
      name,
      ms(t.ready.median),
      ms(t.ready.min),
      ms(t.ready.max),
      ms(t.painted.median),
      t.fcp ? ms(t.fcp.median) : 'n/a',
      vs,
      t.failures.length ? `${t.failures.length} failed` : '',
    ];
    const timeRows = [
      ['First question (cold load)', 'Median', 'Min', 'Max', 'Painted', 'FCP', '× Morgenscan', ''],
      timeRow('Blank page (floor)', fq.blank, times(ratio(fq.blank.ready.median))),
      timeRow('SurveyJS, same first question', fq.surveyjs, times(ratio(fq.surveyjs.ready.median))),
      timeRow('Morgenscan, first growth-mindset question', fq.morgenscanQuestion, '1×'),
      timeRow(
        'Morgenscan, start screen (Start de scan)',
        fq.morgenscanStart,
        times(ratio(fq.morgenscanStart.ready.median)),
      ),
    ];
    const warmRow = (name: string, key: keyof typeof rw) => {
      const plain = rw[key];
      const slowed = returning.slowCpu[key];
      const of = (t: Timing, base: Timing) => times(round(t.ready.median / base.ready.median, 2));
      const failed = plain.failures.length + slowed.failures.length;
      return [
        name,
        ms(plain.ready.median),
        ms(plain.ready.min),
        ms(plain.ready.max),
        of(plain, rw.blank),
        ms(slowed.ready.median),
        of(slowed, returning.slowCpu.blank),
        failed ? `${failed} failed` : '',
      ];
    };
    const warmRows = [
      ['Returning user (warm HTTP cache)', 'Median', 'Min', 'Max', '× blank', `CPU ${SLOW_CPU}× slower`, '× blank', ''],
      warmRow('Blank page (floor)', 'blank'),
      warmRow('SurveyJS, same first question', 'surveyjs'),
      warmRow('Morgenscan, first growth-mindset question', 'morgenscanQuestion'),
      warmRow('Morgenscan, start screen (Start de scan)', 'morgenscanStart'),
    ];
    const otherRows = [
      ['Other timings', 'Median', 'p95', 'Min', 'Max', 'n'],
      [
        'Answer click → stored in IndexedDB',
        ms(answerSummary.median),
        ms(answerSummary.p95),
        ms(answerSummary.min),
        ms(answerSummary.max),
        String(answerSummary.n),
      ],
      ...[
        ['Report ready, in-app navigation', report.inApp],
        ['Report ready, cold deep link', report.deepLink],
        [`${BIG_ITEMS}-statement questionnaire, one screen (${bigScreenItems}), in-app`, bigTiming],
      ].map(([name, t]) => {
        const s = (t as Timing).ready;
        return [name as string, ms(s.median), ms(s.p95), ms(s.min), ms(s.max), String(s.n)];
      }),
      [
        `Score ${BIG_ITEMS} statements (node)`,
        ms(bigScore.median),
        ms(bigScore.p95),
        ms(bigScore.min),
        ms(bigScore.max),
        String(bigScore.n),
      ],
    ];
    const targetRows = [
      ['Target', 'Goal', 'Measured', ''],
      ...targets.map((t) => [t.name, t.target, t.value, verdict(t.pass)]),
    ];
    log('');
    log(
      `Morgenscan bench — ${machine.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Chromium ${machine.chromium}, Node ${machine.node}, load average ${machine.loadAverage.atStart} → ${machine.loadAverage.atEnd}`,
    );
    log(`Content: ${content}`);
    log('');
    log(table(sizeRows));
    log('');
    log(table(timeRows));
    log('');
    log(table(warmRows));
    log('');
    log(table(otherRows));
    log('');
    log(table(targetRows));
    const failures = [
      ...Object.values(fq).flatMap((t) => t.failures),
      ...Object.values(returning.warm).flatMap((t) => t.failures),
      ...Object.values(returning.slowCpu).flatMap((t) => t.failures),
      ...report.inApp.failures,
      ...report.deepLink.failures,
      ...bigTiming.failures,
      ...answers.failures,
    ];
    if (questionWaterfall) {
      const last = (pattern: RegExp) =>
        Math.max(...questionWaterfall.entries.filter((e) => pattern.test(e.name)).map((e) => e.end));
      log(
        `\nDeep link to the first question, one load: scripts in by ${last(/\.js$/)} ms, ` +
          `questionnaires in by ${last(/\.json$/)} ms, question usable at ${questionWaterfall.ready} ms ` +
          '(every file: questionWaterfall in results.json).',
      );
    }
    if (answers.stored >= 0 && answers.groups > 0)
      log(
        `\nAnswers: ${answers.stored} records in IndexedDB for ${answers.groups} questions on the screen; ` +
          `median ${ms(answers.untilPut.median)} from click to put(), ${ms(answers.commit.median)} from put() to committed.`,
      );
    for (const note of notes) log(`Note: ${note}`);
    for (const failure of failures) log(`Failed: ${failure}`);
    if (externalRequests.size) log(`External requests (should be none): ${[...externalRequests].join(', ')}`);
    log(`\nWrote bench/results.json in ${results.durationSeconds} s.`);
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
    else log(`Kept ${work}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
