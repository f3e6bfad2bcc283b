/**
 * Boot. The start screen is prerendered into index.html at build time and hydrated here; storage,
 * validation (zod) and the questionnaires arrive by dynamic import() after the first paint.
 */
import './ui/styles/theme.css';
import './ui/styles/components.css';
import './ui/styles/layout.css';
import { hydrate, render } from 'preact';
import { DEEP_LINK_CLASS } from './pwa/deep-link';
import { createPwaModel } from './pwa/model';
import { registerServiceWorker } from './pwa/register-sw';
import { createAppModel } from './state/app';
import { minutesRange } from './state/catalog';
import type { HostWindow } from './state/route-model';
import type { MinutesRange } from './state/types';
import { app as appText } from './text/app';
import { App } from './ui/App';
import { NotFoundScreen, preloadScreens, router, specOf } from './ui/routes';

const PRERENDER_DATA_ID = 'prerender-data';

interface PrerenderData {
  minutes: MinutesRange | null;
}

function readPrerenderData(): PrerenderData | null {
  const script = document.getElementById(PRERENDER_DATA_ID);
  if (!script) return null;
  script.remove();
  try {
    const data = JSON.parse(script.textContent ?? '') as Partial<PrerenderData>;
    const minutes = data.minutes;
    const valid = minutes && Number.isFinite(minutes.min) && Number.isFinite(minutes.max);
    return { minutes: valid ? minutes : null };
  } catch {
    return null;
  }
}

function boot(root: HTMLElement) {
  const prerendered = readPrerenderData();
  const pwa = createPwaModel({ register: registerServiceWorker, reload: () => window.location.reload() });
  const model = createAppModel({
    services: () => import('./state/services').then((m) => m.createServices(document.baseURI)),
    // A deep link to a scan opens from its stored records without zod; the full check follows the first screen.
    readTrusted: (scanId) => import('./storage/quick-read').then((m) => m.readTrustedScan(scanId)),
    router,
    initialMinutes: prerendered?.minutes ?? null,
    onDatabaseVersionChange: pwa.onDatabaseVersionChange,
  });
  const route = model.route.current.peek();
  const startScreen = route.name === 'start';
  // What the first screen waits for; the rest of the loading starts once that is done.
  let firstNeed: Promise<unknown> = Promise.resolve();
  if (route.name === 'onbekend') {
    void NotFoundScreen.preload().catch(() => undefined);
    void model.startup.load();
  } else {
    const { name: _name, ...params } = route;
    const spec = specOf(route.name);
    // A deep link needs its screen's code at once: fetch it side by side with its data, not after paint.
    if (spec.needs !== 'nothing') void spec.screen.preload?.().catch(() => undefined);
    // A screen that opens from what is stored starts with that: the host's files would only compete for the CPU.
    if (typeof spec.needs === 'function')
      firstNeed = (spec.needs as (models: typeof model, values: object) => Promise<unknown>)(model, params).catch(
        () => undefined,
      );
    else if (spec.needs === 'app') void model.startup.load();
  }
  // The prerendered HTML is the start screen; any other screen renders fresh instead of hydrating.
  if (startScreen && root.firstElementChild) hydrate(<App model={model} pwa={pwa} />, root);
  else {
    root.textContent = '';
    render(<App model={model} pwa={pwa} />, root);
  }
  document.documentElement.classList.remove(DEEP_LINK_CLASS);
  const afterFrame = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));
  const rest = () => {
    void model.startup.load();
    void preloadScreens().catch(() => undefined);
    void pwa.start();
  };
  // Once the first screen has painted: a deep link's screen renders after what it needs is there.
  afterFrame(() => void firstNeed.then(() => afterFrame(rest)));
  window.addEventListener('beforeunload', (event) => {
    // Writes are quick; this only matters when storage keeps failing.
    if (model.saving.pending.peek() > 0 && model.saving.status.peek() === 'fout') event.preventDefault();
  });
}

const root = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (root) boot(root);

/**
 * Reads questionnaires/ from disk at build time, for the "how long" line of the start screen.
 * Each file is parsed as the app parses it (defaults filled in), so the build and the app count
 * the same words; validate.ts is imported here only, off the browser's first load.
 */
async function minutesAtBuild(): Promise<MinutesRange | null> {
  try {
    const nodeProcess = (globalThis as { process?: { getBuiltinModule?(id: string): unknown; cwd(): string } }).process;
    const fs = nodeProcess?.getBuiltinModule?.('node:fs') as
      | { readFileSync(path: string, encoding: 'utf8'): string }
      | undefined;
    if (!fs || !nodeProcess) return null;
    const folder = `${nodeProcess.cwd()}/questionnaires/`;
    const index = JSON.parse(fs.readFileSync(`${folder}index.json`, 'utf8')) as { questionnaires?: unknown };
    const files = Array.isArray(index.questionnaires) ? index.questionnaires : [];
    const { parseQuestionnaire } = await import('./domain/validate');
    const usable = files.flatMap((file) => {
      try {
        const parsed = parseQuestionnaire(
          String(file),
          JSON.parse(fs.readFileSync(`${folder}${String(file)}`, 'utf8')) as unknown,
        );
        return parsed.ok ? [parsed.value] : [];
      } catch {
        return [];
      }
    });
    const range = minutesRange(
      usable.filter((q) => q.kind === 'takenpakket'),
      usable.filter((q) => q.kind === 'vragenlijst'),
    );
    return range && Number.isFinite(range.min) && Number.isFinite(range.max) ? range : null;
  } catch {
    return null;
  }
}

export async function prerender() {
  const { renderToString } = await import('preact-render-to-string');
  const minutes = await minutesAtBuild();
  const host: HostWindow = {
    location: { hash: '' },
    history: { replaceState() {} },
    addEventListener() {},
    removeEventListener() {},
  };
  const model = createAppModel({
    services: () => new Promise(() => {}),
    router,
    window: host,
    initialMinutes: minutes,
  });
  // Never started: the service worker is registered in the browser only.
  const pwa = createPwaModel({ register: () => new Promise(() => {}), reload: () => {} });
  const html = renderToString(<App model={model} pwa={pwa} />);
  const data: PrerenderData = { minutes };
  return { html, data, head: { lang: 'nl', title: appText.appName } };
}
