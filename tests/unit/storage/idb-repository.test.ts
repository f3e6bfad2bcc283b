import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../../src/domain/hash';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../../src/storage/db';
import { DatabaseOpenError, failureReason, ImportError, StorageError } from '../../../src/storage/errors';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { openRepository } from '../../../src/storage/index';
import { toScanAnswers } from '../../../src/storage/merge';
import type {
  AnswerRecord,
  PlanRecord,
  QuestionnaireSnapshot,
  Repository,
  ScanRecord,
  SettingRecord,
} from '../../../src/storage/types';
import { databaseFixtures, openRaw, rawGetAll, rawPut, writeFixtureDatabase } from './fixture-db';
import { describeRepository, exportText, fillRepository } from './repository-behaviour';
import { answer, MINDSET, scan } from './sample-data';

describeRepository('indexeddb', async () => {
  const repo = await openRepository({ indexedDB: new IDBFactory() });
  expect(repo.kind).toBe('indexeddb');
  return repo;
});

const opened: Repository[] = [];
async function open(factory: IDBFactory, extra: Parameters<typeof createIdbRepository>[0] | object = {}) {
  const repo = await createIdbRepository({ indexedDB: factory, ...extra });
  opened.push(repo);
  return repo;
}
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
  vi.restoreAllMocks();
});

/** A newer app version: one more (empty) migration step. */
const NEXT_VERSION: readonly Migration[] = [...MIGRATIONS, () => {}];

describe('indexeddb: keeping data safe', () => {
  it('survives closing and opening again', async () => {
    const factory = new IDBFactory();
    const first = await open(factory);
    await fillRepository(first);
    const before = await exportText(first);
    first.close();
    const second = await open(factory);
    expect(await exportText(second)).toBe(before);
    expect(await second.getSetting('persistentieGevraagd')).toBe(true);
  });

  for (const fixture of databaseFixtures()) {
    it(`opens a version ${fixture.version} database in version ${DB_VERSION} with all data intact`, async () => {
      const factory = new IDBFactory();
      await writeFixtureDatabase(factory, fixture);
      const repo = await open(factory);
      // Today every version keeps its records as they are; a migration that reshapes records
      // adds an `expected` block to the older fixtures and compares with that.
      const records = <T>(store: string) => (fixture.stores[store]?.records ?? []) as T[];
      const asSortedText = (list: unknown[]) => list.map((record) => canonicalJson(record)).sort();
      const raw = await openRaw(factory);
      for (const [name, store] of Object.entries(fixture.stores))
        expect(asSortedText(await rawGetAll(raw, name))).toEqual(asSortedText(store.records));
      raw.close();
      // And today's code reads every one of them.
      const scans = records<ScanRecord>('scans');
      expect((await repo.listScans()).map((s) => s.id).sort()).toEqual(scans.map((s) => s.id).sort());
      for (const stored of scans) {
        expect(await repo.getScan(stored.id)).toEqual(stored);
        const answers = records<AnswerRecord>('answers').filter((a) => a.scanId === stored.id);
        expect(await repo.getAnswers(stored.id)).toEqual(toScanAnswers(answers));
        expect(await repo.getPlan(stored.id)).toEqual(records<PlanRecord>('plans').find((p) => p.scanId === stored.id));
      }
      const snapshots = records<QuestionnaireSnapshot>('snapshots');
      for (const snapshot of snapshots) expect(await repo.getSnapshot(snapshot.hash)).toEqual(snapshot);
      for (const setting of records<SettingRecord>('settings'))
        expect(await repo.getSetting(setting.key)).toEqual(setting.value);

      // What the old version holds can be exported, every scan of it, and imported on another device.
      const file = await repo.exportAll();
      expect(file.scans.map((s) => s.id)).toEqual(scans.map((s) => s.id).sort());
      const elsewhere = await open(new IDBFactory());
      await elsewhere.importAll(file);
      expect(await exportText(elsewhere)).toBe(await exportText(repo));
      expect((await repo.listScans()).length).toBe(scans.length);
    });
  }

  it('skips a corrupt record on read, keeps the rest, and never deletes it', async () => {
    const factory = new IDBFactory();
    const repo = await open(factory);
    await fillRepository(repo);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const raw = await openRaw(factory);
    await rawPut(raw, 'scans', { ...scan('scan-kapot'), createdAt: 12 });
    await rawPut(raw, 'answers', { ...answer('scan-a', 'gm-2', 1), value: null });
    expect((await repo.listScans()).map((s) => s.id)).toEqual(['scan-b', 'scan-a']);
    expect(await repo.getScan('scan-kapot')).toBeUndefined();
    expect(Object.keys((await repo.getAnswers('scan-a')).groeimindset ?? {}).sort()).toEqual(['gm-1', 'gm-keuze']);
    expect((await repo.exportAll()).scans).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('scans:scan-kapot overgeslagen (blijft bewaard)'));
    expect(await rawGetAll(raw, 'scans')).toHaveLength(3);
    expect(await rawGetAll(raw, 'answers')).toHaveLength(6);
    raw.close();
  });

  it('rolls back the whole import when one write fails halfway', async () => {
    const repo = await open(new IDBFactory());
    await fillRepository(repo);
    const file = await repo.exportAll();
    await repo.deleteScan('scan-a');
    const before = await exportText(repo);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls++;
      if (calls === 3) throw new DOMException('Vol', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await repo.importAll(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toBe(
      'Het inlezen is niet gelukt: de opslag op dit apparaat is vol. Maak ruimte vrij of bewaar je scans als bestand. Er is niets veranderd.',
    );
    vi.restoreAllMocks();
    expect(await exportText(repo)).toBe(before);
  });

  it('names the line and column of a file that is not JSON', async () => {
    const { parseExportText } = await import('../../../src/storage/export-format');
    const error = (() => {
      try {
        parseExportText('{\n  "format": "morgenscan-export",\n  "scans": [,]\n}');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      'Dit bestand kan Morgenscan niet inlezen. Er is niets veranderd.\nDit bestand is geen geldige JSON. Kijk bij regel 3, teken 13.',
    );
  });

  it('says in Dutch why a write failed', () => {
    expect(failureReason(new DOMException('x', 'QuotaExceededError'))).toBe(
      'de opslag op dit apparaat is vol. Maak ruimte vrij of bewaar je scans als bestand.',
    );
    expect(failureReason(new DOMException('x', 'UnknownError'))).toBe(
      'de browser meldt een fout (UnknownError). Probeer het nog een keer.',
    );
  });
});

describe('indexeddb: other tabs and the browser', () => {
  it('lets go when another tab upgrades, and asks to reload instead of hanging', async () => {
    const factory = new IDBFactory();
    const onVersionChange = vi.fn();
    const oldTab = await open(factory, { onVersionChange });
    await fillRepository(oldTab);
    const newTab = await open(factory, { migrations: NEXT_VERSION, blockedTimeoutMs: 2000 });
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(await newTab.getAnswers('scan-a')).toMatchObject({ groeimindset: { 'gm-1': 4 } });
    const error = await oldTab.putAnswer(answer('scan-a', 'gm-1', 1)).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Je antwoord is nog niet opgeslagen: Morgenscan is in een ander tabblad bijgewerkt. Laad deze pagina opnieuw.',
    );
    expect((await newTab.getAnswers('scan-a')).groeimindset?.['gm-1']).toBe(4);
  });

  it('finishes a write that was under way when another tab upgrades', async () => {
    const factory = new IDBFactory();
    const oldTab = await open(factory, { onVersionChange: () => {} });
    await oldTab.putScan(scan('scan-a'));
    const writing = oldTab.putAnswer(answer('scan-a', 'gm-1', 3));
    const newTab = await open(factory, { migrations: NEXT_VERSION });
    await writing;
    expect(await newTab.getAnswers('scan-a')).toEqual({ groeimindset: { 'gm-1': 3 } });
  });

  it('gives up with a Dutch message when an old tab never lets go', async () => {
    const factory = new IDBFactory();
    await open(factory);
    // A connection that ignores versionchange, as a hung tab would.
    const stubborn = await openRaw(factory);
    const error = await open(factory, { migrations: NEXT_VERSION, blockedTimeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toBe(
      'Morgenscan is nog open in een ander tabblad. Sluit dat tabblad. Laad deze pagina daarna opnieuw.',
    );
    stubborn.close();
  });

  it('refuses to open over a newer version instead of falling back to memory', async () => {
    const factory = new IDBFactory();
    (await open(factory, { migrations: NEXT_VERSION })).close();
    const error = await openRepository({ indexedDB: factory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toBe(
      'Je hebt eerder een nieuwere versie van Morgenscan gebruikt. Laad deze pagina opnieuw.',
    );
  });

  it('refuses to open when upgrading stored data fails, instead of hiding the scans behind memory', async () => {
    const factory = new IDBFactory();
    const first = await open(factory);
    await fillRepository(first);
    first.close();
    const upgradeFailed =
      'Morgenscan kon je opgeslagen scans niet klaarzetten voor deze versie. Je scans zijn niet veranderd. ' +
      'Laad deze pagina opnieuw. Lukt het dan nog niet? Probeer het later nog een keer.';
    const throwing: Migration = () => {
      throw new TypeError('a bug in the new step');
    };
    // A request of the step fails after the step returned: two stored scans share one pack.
    const failingLater: Migration = (_db, tx) => {
      unwrap(tx.objectStore('scans')).createIndex('one-per-pack', 'packId', { unique: true });
    };
    for (const step of [throwing, failingLater]) {
      const error = await openRepository({ indexedDB: factory, migrations: [...MIGRATIONS, step] }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseOpenError);
      expect((error as Error).message).toBe(upgradeFailed);
    }
    // Nothing changed: today's version opens it with every record.
    const again = await open(factory);
    expect((await again.listScans()).map((s) => s.id)).toEqual(['scan-b', 'scan-a']);
    expect(await again.getPlan('scan-a')).toBeDefined();
  });

  it('falls back to memory when the very first step fails on a new database: nothing is hidden', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: Migration = () => {
      throw new TypeError('kan niet');
    };
    const repo = await openRepository({ indexedDB: new IDBFactory(), migrations: [broken] });
    expect(repo.kind).toBe('memory');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('opens the database again after the browser closed it', async () => {
    const factory = new IDBFactory();
    const connections: IDBDatabase[] = [];
    const watching = {
      open(name: string, version?: number) {
        const request = factory.open(name, version);
        request.addEventListener('success', () => connections.push(request.result));
        return request;
      },
    } as IDBFactory;
    const repo = await open(watching);
    await repo.putScan(scan('scan-a'));
    forceCloseDatabase(connections[0] as never);
    await repo.putAnswer(answer('scan-a', 'gm-1', 2));
    expect(connections).toHaveLength(2);
    expect(await repo.getAnswers('scan-a')).toEqual({ [MINDSET.id]: { 'gm-1': 2 } });
  });

  it('falls back to memory when IndexedDB is missing or cannot be opened', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    expect((await openRepository({ indexedDB: broken })).kind).toBe('memory');
    vi.stubGlobal('indexedDB', undefined);
    try {
      const repo = await openRepository();
      expect(repo.kind).toBe('memory');
      await repo.putScan(scan('scan-a'));
      expect(await repo.listScans()).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
