/**
 * The repository on IndexedDB. Every write is one small transaction (an answer is one put), every
 * read is checked with the record schemas, and every failure becomes a Dutch StorageError.
 */

import type { IDBPTransaction } from 'idb';
import { storage as text } from '../text/storage';
import { abortQuietly, type MorgenscanDatabase, type MorgenscanDB, type OpenDatabaseOptions, openDatabase } from './db';
import { ConnectionClosedError, StorageError, withMessage } from './errors';
import { validateExportFile } from './export-format';
import { assembleExport, type ImportPlan, planImport, type ScanBundle, sortScans, toScanAnswers } from './merge';
import { assertRecord, validRecord, validRecords } from './records';
import { DATA_STORES, type DataStoreName, STORES } from './stores';
import type { ExportFile, ImportPreview, Repository } from './types';

export interface IdbRepositoryOptions extends Omit<OpenDatabaseOptions, 'onBlocking' | 'onTerminated'> {
  /** Called after the connection was closed because another tab upgrades: tell the user to reload. */
  onVersionChange?: () => void;
  /** The clock for `exportedAt`; tests pass a fixed one. */
  now?: () => Date;
}

const WRITE = { durability: 'strict' } as const;
type ImportStores = DataStoreName[];
type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<MorgenscanDB, ImportStores, Mode>;

/** Keeps one connection; opens it again after the browser closed it, never after an upgrade elsewhere. */
function connectionKeeper(options: IdbRepositoryOptions) {
  let db: MorgenscanDatabase | undefined;
  let opening: Promise<MorgenscanDatabase> | undefined;
  let state: 'open' | 'upgraded-elsewhere' | 'closed' = 'open';

  const open = () =>
    openDatabase({
      ...options,
      onBlocking: () => {
        state = 'upgraded-elsewhere';
        // Running transactions still finish; only new ones are refused.
        db?.close();
        db = undefined;
        options.onVersionChange?.();
      },
      onTerminated: () => {
        db = undefined;
      },
    });

  async function get(): Promise<MorgenscanDatabase> {
    if (state === 'upgraded-elsewhere') throw new ConnectionClosedError();
    if (state === 'closed') throw new StorageError(text.reasonConnectionLost, { retry: false });
    if (db) return db;
    opening ??= open().finally(() => {
      opening = undefined;
    });
    db = await opening;
    return db;
  }

  async function first(): Promise<void> {
    await get();
  }

  function close(): void {
    state = 'closed';
    db?.close();
    db = undefined;
  }

  return { get, first, close };
}

async function storedBundles<M extends IDBTransactionMode>(
  tx: Tx<M>,
  file: ExportFile,
): Promise<Map<string, ScanBundle>> {
  const bundles = new Map<string, ScanBundle>();
  for (const { id } of file.scans) {
    const scan = validRecord('scans', await tx.objectStore('scans').get(id));
    if (!scan) continue;
    const answers = validRecords('answers', await tx.objectStore('answers').index('by-scan').getAll(id));
    const plan = validRecord('plans', await tx.objectStore('plans').get(id));
    bundles.set(id, { scan, answers, plan });
  }
  return bundles;
}

async function storedSnapshotHashes<M extends IDBTransactionMode>(tx: Tx<M>): Promise<Set<string>> {
  const valid = validRecords('snapshots', await tx.objectStore('snapshots').getAll());
  return new Set(valid.map((s) => s.hash));
}

async function planWithin<M extends IDBTransactionMode>(tx: Tx<M>, file: ExportFile): Promise<ImportPlan> {
  return planImport(file, await storedBundles(tx, file), await storedSnapshotHashes(tx));
}

async function removeScanWithin(tx: Tx<'readwrite'>, id: string): Promise<void> {
  const answers = tx.objectStore('answers');
  const keys = await answers.index('by-scan').getAllKeys(id);
  await issueAll([
    ...keys.map((key) => () => answers.delete(key)),
    () => tx.objectStore('scans').delete(id),
    () => tx.objectStore('plans').delete(id),
  ]);
}

/**
 * Starts every request before waiting, like Promise.all; when one throws while being started, the
 * ones already started are still handled (the transaction aborts them all).
 */
function issueAll(requests: (() => Promise<unknown>)[]): Promise<unknown> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const request of requests) pending.push(request());
  } catch (error) {
    for (const promise of pending) promise.catch(() => undefined);
    return Promise.reject(error);
  }
  return Promise.all(pending);
}

/** Opens the database (upgrading it when needed) and returns the repository on it. */
export async function createIdbRepository(options: IdbRepositoryOptions): Promise<Repository> {
  const now = options.now ?? (() => new Date());
  const connection = connectionKeeper(options);
  await connection.first();
  const db = connection.get;

  const read = <T>(operation: (db: MorgenscanDatabase) => Promise<T>) =>
    withMessage(text.notRead, async () => operation(await db()));

  return {
    kind: 'indexeddb',
    listScans: () => read(async (d) => sortScans(validRecords('scans', await d.getAll('scans')))),
    getScan: (id) => read(async (d) => validRecord('scans', await d.get('scans', id))),
    putScan: (scan) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('scans', scan);
        const tx = (await db()).transaction('scans', 'readwrite', WRITE);
        await Promise.all([tx.store.put(scan), tx.done]);
      }),
    deleteScan: (id) =>
      withMessage(text.notDeleted, async () => {
        const tx = (await db()).transaction([...DATA_STORES], 'readwrite', WRITE);
        await Promise.all([removeScanWithin(tx, id), tx.done]);
      }),
    getAnswers: (scanId) =>
      read(async (d) => toScanAnswers(validRecords('answers', await d.getAllFromIndex('answers', 'by-scan', scanId)))),
    putAnswer: (answer) =>
      withMessage(text.answerNotSaved, async () => {
        assertRecord('answers', answer);
        const tx = (await db()).transaction('answers', 'readwrite', WRITE);
        await Promise.all([tx.store.put(answer), tx.done]);
      }),
    deleteAnswer: (scanId, questionnaireId, itemId) =>
      withMessage(text.answerNotSaved, async () => {
        const tx = (await db()).transaction('answers', 'readwrite', WRITE);
        await Promise.all([tx.store.delete([scanId, questionnaireId, itemId]), tx.done]);
      }),
    putSnapshot: (snapshot) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('snapshots', snapshot);
        const tx = (await db()).transaction('snapshots', 'readwrite', WRITE);
        // A hash names one content: the first copy stays, so its savedAt stays too.
        const stored = validRecord('snapshots', await tx.store.get(snapshot.hash));
        if (!stored) await tx.store.put(snapshot);
        await tx.done;
      }),
    getSnapshot: (hash) => read(async (d) => validRecord('snapshots', await d.get('snapshots', hash))),
    getPlan: (scanId) => read(async (d) => validRecord('plans', await d.get('plans', scanId))),
    putPlan: (plan) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('plans', plan);
        const tx = (await db()).transaction('plans', 'readwrite', WRITE);
        await Promise.all([tx.store.put(plan), tx.done]);
      }),
    getSetting: (key) => read(async (d) => validRecord('settings', await d.get('settings', key))?.value),
    putSetting: (key, value) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('settings', { key, value });
        const tx = (await db()).transaction('settings', 'readwrite', WRITE);
        await Promise.all([tx.store.put({ key, value }), tx.done]);
      }),
    exportAll: () =>
      read(async (d) => {
        const tx = d.transaction([...DATA_STORES], 'readonly');
        const [scans, answers, snapshots, plans] = await Promise.all([
          tx.objectStore('scans').getAll(),
          tx.objectStore('answers').getAll(),
          tx.objectStore('snapshots').getAll(),
          tx.objectStore('plans').getAll(),
        ]);
        return assembleExport(
          now().toISOString(),
          validRecords('scans', scans),
          validRecords('answers', answers),
          validRecords('snapshots', snapshots),
          validRecords('plans', plans),
        );
      }),
    previewImport: (data): Promise<ImportPreview> =>
      withMessage(text.importFailed, async () => {
        const file = validateExportFile(data);
        const tx = (await db()).transaction([...DATA_STORES], 'readonly');
        return (await planWithin(tx, file)).preview;
      }),
    importAll: (data): Promise<ImportPreview> =>
      withMessage(text.importFailed, async () => {
        const file = validateExportFile(data);
        // One transaction from reading to the last write: all or nothing.
        const tx = (await db()).transaction([...DATA_STORES], 'readwrite', WRITE);
        const done = tx.done;
        try {
          const plan = await planWithin(tx, file);
          await applyImport(tx, plan);
          await done;
          return plan.preview;
        } catch (error) {
          abortQuietly(tx);
          await done.catch(() => undefined);
          throw error;
        }
      }),
    deleteAll: () =>
      withMessage(text.notDeleted, async () => {
        const tx = (await db()).transaction([...STORES], 'readwrite', WRITE);
        await Promise.all([...STORES.map((store) => tx.objectStore(store).clear()), tx.done]);
      }),
    close: connection.close,
  };
}

async function applyImport(tx: Tx<'readwrite'>, plan: ImportPlan): Promise<void> {
  for (const id of plan.replace) await removeScanWithin(tx, id);
  await issueAll([
    ...plan.scans.map((scan) => () => tx.objectStore('scans').put(scan)),
    ...plan.answers.map((answer) => () => tx.objectStore('answers').put(answer)),
    ...plan.plans.map((p) => () => tx.objectStore('plans').put(p)),
    ...plan.snapshots.map((snapshot) => () => tx.objectStore('snapshots').put(snapshot)),
  ]);
}
