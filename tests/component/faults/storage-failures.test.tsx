/**
 * When IndexedDB refuses a write (storage full, a transaction that breaks, an unknown browser
 * error), the person sees it in Dutch on the scan screen, the answer stays on screen and in
 * memory, export still gives a file that holds it, and it is written as soon as storage works
 * again, by the next answer or the retry timer. Storage is the real IndexedDB repository on
 * fake-indexeddb, failing inside IDBObjectStore.put as a browser would.
 */
import 'fake-indexeddb/auto';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, type Migration } from '../../../src/storage/db';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { openRepository } from '../../../src/storage/index';
import { createMemoryRepository } from '../../../src/storage/memory';
import type { ExportFile, Repository } from '../../../src/storage/types';
import type { App as AppModel } from '../../../src/ui/routes';
import { preloadScreens } from '../../../src/ui/routes';
import { realQuestionnaire } from '../../unit/faults/scan-data';
import { databaseFixtures, openRaw, rawGetAll, writeFixtureDatabase } from '../../unit/storage/fixture-db';
import { createTestApp, go, renderApp, testServices } from '../ui/helpers';

const NAMES = ['burgerzaken.json', 'groeimindset.json', 'talent-motivatie.json'];
const FILES: Record<string, string> = {
  'index.json': JSON.stringify({ schemaVersion: 1, questionnaires: NAMES }),
  ...Object.fromEntries(NAMES.map((name) => [name, JSON.stringify(realQuestionnaire(name).raw)])),
};
const MINDSET = realQuestionnaire('groeimindset.json').questionnaire;
const STATEMENTS = MINDSET.sections[0]?.items.slice(0, 3) ?? [];

/** Makes IDBObjectStore.put throw for these stores, the way a browser does, while `failing` is set. */
function breakPuts(stores: string[], name: string) {
  const state = { failing: true, refused: 0 };
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (state.failing && stores.includes(this.name)) {
      state.refused++;
      throw new DOMException('Kan niet schrijven', name);
    }
    return put.apply(this, args);
  });
  return state;
}

/** Waits (by events, not by time) until the save status is the one wanted. */
async function status(model: AppModel, wanted: string) {
  await waitFor(() => expect(model.saving.status.value).toBe(wanted));
  await settle();
}

async function settle() {
  await act(async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function statementGroup(index: number) {
  const item = STATEMENTS[index];
  if (item?.kind !== 'statement') throw new Error('no statement');
  return screen.getByRole('group', { name: new RegExp(item.text.slice(0, 30).replace(/[.?()]/g, '\\$&')) });
}

beforeAll(async () => {
  configure({ asyncUtilTimeout: 5000 });
  await preloadScreens();
});
beforeEach(() => {
  window.history.replaceState(null, '', '#/');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const REASONS = [
  ['QuotaExceededError', 'de opslag op dit apparaat is vol. Maak ruimte vrij of bewaar je scans als bestand.'],
  ['InvalidStateError', 'de verbinding met de opslag is verbroken. Probeer het nog een keer.'],
  ['UnknownError', 'de browser meldt een fout (UnknownError). Probeer het nog een keer.'],
] as const;

describe('a write that fails', () => {
  for (const [errorName, reason] of REASONS)
    it(`(${errorName}) is shown, kept on screen and in export, and written once storage works`, async () => {
      const factory = new IDBFactory();
      const repository = await createIdbRepository({ indexedDB: factory });
      const { model, timers } = await createTestApp({ repository, files: FILES });
      const scanId = await model.library.startScan('burgerzaken');
      const scan = await model.open.open(scanId);
      await status(model, 'opgeslagen');
      const step = scan.steps.findIndex((s) => s.questionnaire.id === 'groeimindset') + 1;
      go(`#/scan/${scanId}/${step}`);
      renderApp(model);
      await screen.findByRole('heading', { level: 1, name: MINDSET.sections[0]?.title });

      const broken = breakPuts(['answers'], errorName);
      fireEvent.click(within(statementGroup(0)).getByRole('radio', { name: 'Eens' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Je laatste antwoord is nog niet opgeslagen. We proberen het steeds opnieuw.');
      expect(alert).toHaveTextContent(`Je antwoord is nog niet opgeslagen: ${reason}`);
      expect(within(alert).getByRole('link', { name: 'Download je gegevens' })).toHaveAttribute('href', '#/gegevens');
      expect(within(statementGroup(0)).getByRole('radio', { name: 'Eens' })).toBeChecked();

      // More answers while storage still fails: all kept, none lost, none stored yet.
      fireEvent.click(within(statementGroup(1)).getByRole('radio', { name: 'Oneens' }));
      fireEvent.click(within(statementGroup(2)).getByRole('radio', { name: 'Helemaal eens' }));
      // Each new answer tries the failed one first again: three refused writes, nothing stored.
      await waitFor(() => expect(broken.refused).toBeGreaterThanOrEqual(3));
      await settle();
      expect(await repository.getAnswers(scanId)).toEqual({});
      const given = { [STATEMENTS[0]?.id ?? '']: 5, [STATEMENTS[1]?.id ?? '']: 2, [STATEMENTS[2]?.id ?? '']: 6 };
      expect(scan.answers.value.groeimindset).toEqual(given);

      // Away and back: the screen shows the answers from memory.
      go(`#/scan/${scanId}/${step + 1}`);
      await settle();
      go(`#/scan/${scanId}/${step}`);
      await waitFor(() => expect(within(statementGroup(1)).getByRole('radio', { name: 'Oneens' })).toBeChecked());

      // Export works meanwhile, and the file holds the answers: another device can import it.
      const file = await model.transfer.exportFile();
      const elsewhere = createMemoryRepository();
      await elsewhere.importAll(JSON.parse(file.text));
      expect(await elsewhere.getAnswers(scanId)).toEqual({ groeimindset: given });

      // Storage works again: the retry writes everything, and the message goes away.
      broken.failing = false;
      timers.runAll();
      await status(model, 'opgeslagen');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByText('Opgeslagen')).toBeVisible();
      expect(await repository.getAnswers(scanId)).toEqual({ groeimindset: given });

      // And after a reload, every answer is there.
      model.dispose();
      repository.close();
      const reopened = await createIdbRepository({ indexedDB: factory });
      const { model: again } = await createTestApp({ repository: reopened, files: FILES });
      expect((await again.open.open(scanId)).answers.value.groeimindset).toEqual(given);
      again.dispose();
      reopened.close();
    });

  it('is written with the next answer, when storage works again before the retry timer', async () => {
    const repository = await createIdbRepository({ indexedDB: new IDBFactory() });
    const { model, timers } = await createTestApp({ repository, files: FILES });
    const scan = await model.open.open(await model.library.startScan('burgerzaken'));
    await status(model, 'opgeslagen');
    const [first, second] = STATEMENTS;
    if (!first || !second) throw new Error('no statements');
    const broken = breakPuts(['answers'], 'QuotaExceededError');
    scan.answer('groeimindset', first.id, 3);
    await status(model, 'fout');
    broken.failing = false;
    scan.answer('groeimindset', second.id, 4);
    await status(model, 'opgeslagen');
    expect(await repository.getAnswers(scan.id)).toEqual({ groeimindset: { [first.id]: 3, [second.id]: 4 } });
    // Nothing is left for the timer to do.
    timers.runAll();
    await settle();
    expect(model.saving.pending.value).toBe(0);
    model.dispose();
  });

  it('keeps plan text and the finished state too, and export has them while reading fails as well', async () => {
    const repository = await createIdbRepository({ indexedDB: new IDBFactory() });
    const { model, timers } = await createTestApp({ repository, files: FILES });
    const scan = await model.open.open(await model.library.startScan('burgerzaken'));
    await status(model, 'opgeslagen');
    const [first] = STATEMENTS;
    if (!first) throw new Error('no statements');
    const broken = breakPuts(['answers', 'plans', 'scans'], 'QuotaExceededError');
    scan.answer('groeimindset', first.id, 1);
    scan.updatePlan({ goals: 'Leren plannen met het nieuwe systeem.' });
    scan.finish();
    await status(model, 'fout');
    // Reading breaks too: export falls back to what the app holds in memory.
    vi.spyOn(repository, 'exportAll').mockRejectedValue(new Error('Je gegevens konden niet worden gelezen.'));
    const exported = JSON.parse((await model.transfer.exportFile()).text);
    const elsewhere = createMemoryRepository();
    await elsewhere.importAll(exported);
    expect(await elsewhere.getAnswers(scan.id)).toEqual({ groeimindset: { [first.id]: 1 } });
    expect((await elsewhere.getPlan(scan.id))?.goals).toBe('Leren plannen met het nieuwe systeem.');
    expect((await elsewhere.getScan(scan.id))?.status).toBe('klaar');

    vi.mocked(repository.exportAll).mockRestore();
    broken.failing = false;
    timers.runAll();
    await status(model, 'opgeslagen');
    const stored: Repository = repository;
    expect((await stored.getScan(scan.id))?.status).toBe('klaar');
    expect((await stored.getPlan(scan.id))?.goals).toBe('Leren plannen met het nieuwe systeem.');
    model.dispose();
  });
});

describe('export while storage cannot be read', () => {
  it('holds the scan open in this tab with its answers and questionnaires, imports, and names what is left out', async () => {
    const factory = new IDBFactory();
    const repository = await createIdbRepository({ indexedDB: factory });
    // An earlier scan, stored in an earlier visit and not opened in this one.
    const earlier = await createTestApp({ repository, files: FILES, ids: ['scan-eerder'] });
    const old = await earlier.model.open.open(await earlier.model.library.startScan('burgerzaken'));
    old.finish();
    await status(earlier.model, 'opgeslagen');
    earlier.model.dispose();

    const { model } = await createTestApp({ repository, files: FILES, ids: ['scan-nu'] });
    const scan = await model.open.open(await model.library.startScan('burgerzaken'));
    const [first, second] = STATEMENTS;
    if (!first || !second) throw new Error('no statements');
    scan.answer('groeimindset', first.id, 5);
    scan.answer('groeimindset', second.id, 2);
    scan.updatePlan({ goals: 'Meer leren over het nieuwe zaaksysteem.' });
    // Every write is done: nothing waits in the queue.
    await status(model, 'opgeslagen');
    expect(model.saving.pending.value).toBe(0);
    expect(model.library.scans.value.map((s) => s.scan.id).sort()).toEqual(['scan-eerder', 'scan-nu']);

    vi.spyOn(repository, 'exportAll').mockRejectedValue(new Error('Je gegevens konden niet worden gelezen.'));
    const file = await model.transfer.exportFile();
    expect(file.leftOut).toBe(1);
    const exported = JSON.parse(file.text) as ExportFile;
    expect(exported.scans.map((s) => s.id)).toEqual(['scan-nu']);
    expect(exported.snapshots.map((s) => s.id).sort()).toEqual(['burgerzaken', 'groeimindset', 'talent-motivatie']);
    // Another device imports it, with every answer and the plan.
    const elsewhere = createMemoryRepository();
    expect(await elsewhere.importAll(exported)).toMatchObject({ scansNew: 1, answers: 2, plans: 1 });
    expect(await elsewhere.getAnswers('scan-nu')).toEqual({ groeimindset: { [first.id]: 5, [second.id]: 2 } });
    expect((await elsewhere.getPlan('scan-nu'))?.goals).toBe('Meer leren over het nieuwe zaaksysteem.');

    // The data screen says what is not in the file.
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:morgenscan'), revokeObjectURL: vi.fn() });
    go('#/gegevens');
    renderApp(model);
    fireEvent.click(await screen.findByRole('button', { name: 'Download je gegevens' }));
    const done = await screen.findByText(/staat klaar in je downloads/);
    expect(done.closest('[role="status"]')).toHaveTextContent(
      '1 scan staat niet in het bestand. Morgenscan kon die scan nu niet lezen. Hij blijft wel op dit apparaat. Probeer het later opnieuw.',
    );
    model.dispose();
  });
});

describe('stored data that this version cannot upgrade', () => {
  it('shows a Dutch message with a reload button on every screen, offers no export, and keeps the data', async () => {
    const factory = new IDBFactory();
    const [fixture] = databaseFixtures();
    if (!fixture) throw new Error('no database fixture');
    await writeFixtureDatabase(factory, fixture);
    const failing: Migration = () => {
      throw new TypeError('a bug in the new step');
    };
    const services = testServices(createMemoryRepository(), FILES);
    const { model } = await createTestApp({
      files: FILES,
      services: async () => ({
        ...services,
        openRepository: () => openRepository({ indexedDB: factory, migrations: [...MIGRATIONS, failing] }),
      }),
    });
    // Not an app over an empty memory store, which would show none of the saved scans.
    expect(model.startup.phase.value).toBe('fout');
    expect(model.startup.repositoryKind.value).toBeNull();
    const message =
      'Morgenscan kon je opgeslagen scans niet klaarzetten voor deze versie. Je scans zijn niet veranderd. ' +
      'Laad deze pagina opnieuw. Lukt het dan nog niet? Probeer het later nog een keer.';
    renderApp(model);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('button', { name: 'Laad de pagina opnieuw' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Ga verder waar je was' })).toBeNull();

    go('#/gegevens');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.queryByRole('button', { name: 'Download je gegevens' })).toBeNull();
    // The data is still there for the next version that can upgrade it.
    const raw = await openRaw(factory);
    expect(raw.version).toBe(fixture.version);
    expect(await rawGetAll(raw, 'answers')).toHaveLength(fixture.stores.answers?.records.length ?? -1);
    raw.close();
    model.dispose();
  });
});
