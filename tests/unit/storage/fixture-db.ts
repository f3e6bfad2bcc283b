/**
 * Writes a database fixture (tests/fixtures/db/v*.json) with the raw IndexedDB API, exactly as
 * that version of the app laid it out, without using any of today's storage code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DatabaseFixture {
  description: string;
  name: string;
  version: number;
  stores: Record<string, { keyPath: string | string[]; indexes: Record<string, string>; records: unknown[] }>;
}

const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/db');

/** Every fixture, oldest version first. */
export function databaseFixtures(): DatabaseFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as DatabaseFixture)
    .sort((a, b) => a.version - b.version);
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onabort = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

export async function writeFixtureDatabase(factory: IDBFactory, fixture: DatabaseFixture): Promise<void> {
  const request = factory.open(fixture.name, fixture.version);
  request.onupgradeneeded = () => {
    for (const [name, store] of Object.entries(fixture.stores)) {
      const created = request.result.createObjectStore(name, { keyPath: store.keyPath });
      for (const [index, keyPath] of Object.entries(store.indexes)) created.createIndex(index, keyPath);
    }
  };
  await done(request);
  const db = request.result;
  const tx = db.transaction(Object.keys(fixture.stores), 'readwrite');
  for (const [name, store] of Object.entries(fixture.stores))
    for (const record of store.records) tx.objectStore(name).put(record);
  await done(tx);
  db.close();
}

/** Opens the database as it is (no upgrade) with the raw API. */
export async function openRaw(factory: IDBFactory, name = 'morgenscan'): Promise<IDBDatabase> {
  const request = factory.open(name);
  await done(request);
  return request.result;
}

export async function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  const request = db.transaction(store, 'readonly').objectStore(store).getAll();
  await done(request);
  return request.result as unknown[];
}

export async function rawPut(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(value);
  await done(tx);
}
