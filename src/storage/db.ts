/**
 * The IndexedDB database: its typed schema, its migrations and how it is opened.
 * A new database version is one function added to MIGRATIONS (never change an earlier one: a
 * device may still hold data of any earlier version).
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { storage as text } from '../text/storage';
import { DatabaseOpenError } from './errors';
import type { AnswerRecord, PlanRecord, QuestionnaireSnapshot, ScanRecord, SettingRecord } from './types';

export const DB_NAME = 'morgenscan';

/** Values are what we write; what we read is checked again with the schemas in records.ts. */
export interface MorgenscanDB extends DBSchema {
  scans: { key: string; value: ScanRecord };
  answers: {
    key: [string, string, string];
    value: AnswerRecord;
    indexes: { 'by-scan': string };
  };
  snapshots: { key: string; value: QuestionnaireSnapshot };
  plans: { key: string; value: PlanRecord };
  settings: { key: string; value: SettingRecord };
}

export type MorgenscanDatabase = IDBPDatabase<MorgenscanDB>;
export type UpgradeTransaction = IDBPTransaction<MorgenscanDB, StoreNames<MorgenscanDB>[], 'versionchange'>;
/** One step up; runs inside the upgrade transaction, so only synchronous IndexedDB calls. */
export type Migration = (db: MorgenscanDatabase, tx: UpgradeTransaction) => void;

/** Version 1: every store the app needs. */
function createStores(db: MorgenscanDatabase): void {
  db.createObjectStore('scans', { keyPath: 'id' });
  const answers = db.createObjectStore('answers', { keyPath: ['scanId', 'questionnaireId', 'itemId'] });
  answers.createIndex('by-scan', 'scanId');
  db.createObjectStore('snapshots', { keyPath: 'hash' });
  db.createObjectStore('plans', { keyPath: 'scanId' });
  db.createObjectStore('settings', { keyPath: 'key' });
}

/** MIGRATIONS[n] takes the database from version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [createStores];
export const DB_VERSION = MIGRATIONS.length;

export interface OpenDatabaseOptions {
  indexedDB: IDBFactory;
  name?: string;
  /** Tests add a step to act as a newer version of the app. */
  migrations?: readonly Migration[];
  /** How long to wait for other tabs to let go before giving up with a Dutch message. */
  blockedTimeoutMs?: number;
  /** Another tab wants a newer version (or deletes the database): close and ask to reload. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk trouble). */
  onTerminated?: () => void;
}

export const BLOCKED_TIMEOUT_MS = 5000;

/**
 * Opens (and upgrades) the database. Never hangs on `blocked`: a tab of this app lets go on its
 * own (see onBlocking); if none does within the time-out, this rejects with a Dutch message.
 */
export function openDatabase(options: OpenDatabaseOptions): Promise<MorgenscanDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  return new Promise((resolve, reject) => {
    const request = options.indexedDB.open(options.name ?? DB_NAME, migrations.length);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    /** Set when an upgrade of a database that already holds data did not happen. */
    let upgradeFailed: DatabaseOpenError | undefined;
    request.onupgradeneeded = (event) => {
      const upgrade = request.transaction as IDBTransaction;
      const db = wrap(request.result) as MorgenscanDatabase;
      const tx = wrap(upgrade) as unknown as UpgradeTransaction;
      // Wrapping made tx.done; an aborted upgrade rejects it, and the open request reports that.
      tx.done.catch(() => undefined);
      let thrown: unknown;
      // Without stored data a memory fallback loses nothing; with it, it would hide every scan.
      if (event.oldVersion > 0)
        upgrade.addEventListener('abort', () => {
          upgradeFailed = new DatabaseOpenError(text.openUpgradeFailed, { cause: thrown ?? upgrade.error });
        });
      try {
        for (let version = event.oldVersion; version < migrations.length; version++) migrations[version]?.(db, tx);
      } catch (error) {
        thrown = error;
        abortQuietly(upgrade);
      }
    };
    request.onblocked = () => {
      timer ??= setTimeout(() => {
        gaveUp = true;
        reject(new DatabaseOpenError(text.openBlocked));
      }, options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const raw = request.result;
      // Opened after we gave up: let go at once, so we never block another tab.
      if (gaveUp) return raw.close();
      raw.onversionchange = () => options.onBlocking?.();
      raw.onclose = () => options.onTerminated?.();
      resolve(wrap(raw) as MorgenscanDatabase);
    };
    request.onerror = () => {
      clearTimeout(timer);
      const error = request.error;
      if (error?.name === 'VersionError') reject(new DatabaseOpenError(text.openNewerVersion, { cause: error }));
      else reject(upgradeFailed ?? error ?? new Error('open failed'));
    };
  });
}

/** Aborts, unless the transaction has already finished or aborted (a request failed first). */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already over: an aborted upgrade is undone either way, and nothing of ours was committed after a failure.
  }
}
