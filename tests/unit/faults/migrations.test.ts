/**
 * Database versions over time. tests/unit/storage/idb-repository.test.ts opens every fixture in
 * tests/fixtures/db/ (one per version) with today's app and compares all records. These tests keep
 * that pattern honest: a fixture for every version, each one laid out exactly as its version's
 * migrations lay it out, and a dry run of a version 2 (without changing the real DB_VERSION): every
 * fixture is upgraded by one more step with all data intact, and a failing step harms nothing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, type Migration, openDatabase } from '../../../src/storage/db';
import { DatabaseOpenError } from '../../../src/storage/errors';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { openRepository } from '../../../src/storage/index';
import { answerKey, compareText } from '../../../src/storage/merge';
import type { AnswerRecord, PlanRecord, QuestionnaireSnapshot, ScanRecord } from '../../../src/storage/types';
import {
  type DatabaseFixture,
  databaseFixtures,
  openRaw,
  rawGetAll,
  writeFixtureDatabase,
} from '../storage/fixture-db';

const FIXTURES = databaseFixtures();

/** The store layout (names, key paths, indexes) of an open database, in a comparable form. */
function layoutOf(db: IDBDatabase): Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> {
  const names = [...db.objectStoreNames].sort();
  const out: Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> = {};
  if (names.length === 0) return out;
  const tx = db.transaction(names, 'readonly');
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const index of [...store.indexNames].sort()) indexes[index] = store.index(index).keyPath;
    out[name] = { keyPath: store.keyPath, indexes };
  }
  return out;
}

function fixtureLayout(fixture: DatabaseFixture) {
  const out: Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> = {};
  for (const name of Object.keys(fixture.stores).sort()) {
    const store = fixture.stores[name] as DatabaseFixture['stores'][string];
    out[name] = { keyPath: store.keyPath, indexes: store.indexes };
  }
  return out;
}

const records = <T>(fixture: DatabaseFixture, store: string) => (fixture.stores[store]?.records ?? []) as T[];
const sorted = <T>(list: T[], key: (r: T) => string) => [...list].sort((a, b) => compareText(key(a), key(b)));

/**
 * A plausible next version: a new index on the scans store, and every answer written again in the
 * same transaction (as a migration that reshapes records would). Nothing may be lost on the way.
 */
const VERSION_2: Migration = (_db, tx) => {
  // The raw stores: the typed schema of today knows neither the new index nor cursors in upgrades.
  unwrap(tx.objectStore('scans')).createIndex('by-status', 'status');
  const cursor = unwrap(tx.objectStore('answers')).openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    at.update(at.value);
    at.continue();
  };
};
const WITH_VERSION_2: readonly Migration[] = [...MIGRATIONS, VERSION_2];

describe('database versions', () => {
  it('has a fixture for every database version, from 1 to the current one', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  for (const fixture of FIXTURES) {
    it(`lays out the version ${fixture.version} fixture exactly as that version's migrations do`, async () => {
      const factory = new IDBFactory();
      const db = await openDatabase({ indexedDB: factory, migrations: MIGRATIONS.slice(0, fixture.version) });
      expect(layoutOf(db as unknown as IDBDatabase)).toEqual(fixtureLayout(fixture));
      db.close();
    });

    it(`dry run: upgrades the version ${fixture.version} fixture to a version ${DB_VERSION + 1} with all data intact`, async () => {
      const factory = new IDBFactory();
      await writeFixtureDatabase(factory, fixture);
      const repo = await createIdbRepository({ indexedDB: factory, migrations: WITH_VERSION_2 });
      for (const setting of records<{ key: string; value: unknown }>(fixture, 'settings'))
        expect(await repo.getSetting(setting.key)).toEqual(setting.value);
      repo.close();

      const raw = await openRaw(factory);
      expect(raw.version).toBe(DB_VERSION + 1);
      // Every record as it was (export would leave out what today's import refuses, so read raw).
      expect(sorted(await rawGetAll(raw, 'scans'), (s) => (s as ScanRecord).id)).toEqual(
        sorted(records<ScanRecord>(fixture, 'scans'), (s) => s.id),
      );
      expect(sorted(await rawGetAll(raw, 'answers'), (a) => answerKey(a as AnswerRecord))).toEqual(
        sorted(records<AnswerRecord>(fixture, 'answers'), answerKey),
      );
      expect(sorted(await rawGetAll(raw, 'snapshots'), (s) => (s as QuestionnaireSnapshot).hash)).toEqual(
        sorted(records<QuestionnaireSnapshot>(fixture, 'snapshots'), (s) => s.hash),
      );
      expect(sorted(await rawGetAll(raw, 'plans'), (p) => (p as PlanRecord).scanId)).toEqual(
        sorted(records<PlanRecord>(fixture, 'plans'), (p) => p.scanId),
      );
      const finished = records<ScanRecord>(fixture, 'scans').filter((s) => s.status === 'klaar').length;
      const byStatus = raw.transaction('scans', 'readonly').objectStore('scans').index('by-status').count('klaar');
      await new Promise((resolve) => {
        byStatus.onsuccess = resolve;
      });
      expect(byStatus.result).toBe(finished);
      raw.close();

      // Back on today's app (an older tab, a reverted deploy): a clear message, and the data stays.
      const error = await openRepository({ indexedDB: factory }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseOpenError);
      expect((error as Error).message).toBe(
        'Je hebt eerder een nieuwere versie van Morgenscan gebruikt. Laad deze pagina opnieuw.',
      );
      const again = await openRaw(factory);
      expect(await rawGetAll(again, 'answers')).toHaveLength(records(fixture, 'answers').length);
      again.close();
    });

    it(`dry run: a version ${DB_VERSION + 1} step that fails leaves the version ${fixture.version} data as it was`, async () => {
      const factory = new IDBFactory();
      await writeFixtureDatabase(factory, fixture);
      // The aborted upgrade rejects tx.done; db.ts handles that (vitest fails on an unhandled rejection).
      const failing: Migration = (db, tx) => {
        VERSION_2(db, tx);
        throw new Error('migration failed halfway');
      };
      // Not a memory fallback, which would hide every stored scan: a Dutch message to show.
      const error = await openRepository({ indexedDB: factory, migrations: [...MIGRATIONS, failing] }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseOpenError);
      expect((error as Error).message).toBe(
        'Morgenscan kon je opgeslagen scans niet klaarzetten voor deze versie. Je scans zijn niet veranderd. ' +
          'Laad deze pagina opnieuw. Lukt het dan nog niet? Probeer het later nog een keer.',
      );
      const raw = await openRaw(factory);
      expect(raw.version).toBe(fixture.version);
      for (const [name, store] of Object.entries(fixture.stores))
        expect(await rawGetAll(raw, name)).toEqual(
          expect.arrayContaining(store.records.map((record) => expect.objectContaining(record as object))),
        );
      raw.close();
      // Today's app still opens it as it was.
      const repo = await createIdbRepository({ indexedDB: factory });
      expect((await repo.listScans()).length).toBe(records(fixture, 'scans').length);
      repo.close();
    });
  }
});
