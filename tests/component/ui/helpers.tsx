/**
 * A real app model over a memory repository and the fixture questionnaires in tests/fixtures/ui,
 * loaded through the real loader (validation included) with a fetch that reads the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/preact';
import { scoreScan } from '../../../src/domain/scoring';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { createPwaModel } from '../../../src/pwa/model';
import { type AppModelOptions, createAppModel } from '../../../src/state/app';
import { createSaveQueue, type Timers } from '../../../src/state/save-queue';
import type { Services } from '../../../src/state/types';
import { exportFileName, parseExportText, serializeExport } from '../../../src/storage/export-format';
import { withOpenScans } from '../../../src/storage/export-patch';
import { createMemoryRepository } from '../../../src/storage/memory';
import { loadQuestionnaires } from '../../../src/storage/questionnaire-source';
import { trustedScanHolds } from '../../../src/storage/stored-check';
import type { Repository } from '../../../src/storage/types';
import { App } from '../../../src/ui/App';
import { type App as AppModel, type Route, router } from '../../../src/ui/routes';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/ui');

/** File name → contents; start from the fixture folder and override per test. */
export function fixtureFiles(overrides: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['index.json', 'werk-balie.json', 'werk-buiten.json', 'mindset.json', 'talent.json'])
    files[name] = readFileSync(join(FIXTURES, name), 'utf8');
  return { ...files, ...overrides };
}

export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

export function testServices(repository: Repository, files = fixtureFiles()): Services {
  const fetchFn = async (url: URL) => {
    const name = url.pathname.split('/').pop() ?? '';
    const body = files[name];
    return body === undefined ? new Response('weg', { status: 404 }) : new Response(body, { status: 200 });
  };
  return {
    openRepository: async () => repository,
    loadQuestionnaires: () => loadQuestionnaires('http://localhost/app/', fetchFn),
    parseQuestionnaire,
    parseExportText,
    serializeExport,
    withOpenScans,
    exportFileName,
    scoreScan,
    trustedScanHolds,
    requestPersistence: async () => true,
    storageEstimate: async () => ({ usage: 2048, quota: 1_000_000 }),
    storagePersisted: async () => true,
  };
}

/** Timers the test moves by hand, so retries happen exactly when the test says. */
export function manualTimers(): Timers & { runAll(): void; count(): number } {
  let next = 1;
  const waiting = new Map<number, () => void>();
  return {
    setTimeout(fn) {
      const id = next++;
      waiting.set(id, fn);
      return id;
    },
    clearTimeout(handle) {
      waiting.delete(handle as number);
    },
    runAll() {
      const fns = [...waiting.values()];
      waiting.clear();
      for (const fn of fns) fn();
    },
    count: () => waiting.size,
  };
}

let clock = Date.parse('2026-03-02T09:00:00.000Z');
/** A clock that moves one second per call, so every write has its own time. */
export const tick = () => {
  clock += 1000;
  return new Date(clock);
};

export interface TestApp {
  model: AppModel;
  repository: Repository;
  timers: ReturnType<typeof manualTimers>;
}

export async function createTestApp(
  options: { repository?: Repository; files?: Record<string, string>; ids?: string[] } & Partial<
    AppModelOptions<Route>
  > = {},
): Promise<TestApp> {
  const repository = options.repository ?? createMemoryRepository();
  const timers = manualTimers();
  const ids = [...(options.ids ?? [])];
  let counter = 0;
  const model = createAppModel({
    router,
    services: async () => testServices(repository, options.files),
    now: tick,
    newId: () => ids.shift() ?? `scan-${++counter}`,
    queue: createSaveQueue({ timers, retryMs: 1000 }),
    ...options,
  });
  await model.startup.load();
  return { model, repository, timers };
}

export function renderApp(model: AppModel) {
  const pwa = createPwaModel({ register: () => new Promise(() => {}), reload: () => {} });
  return render(<App model={model} pwa={pwa} />);
}

export function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
