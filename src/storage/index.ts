/**
 * The storage layer's front door. Loaded lazily (it pulls in zod and idb), never in the first screen.
 */
import type { Migration } from './db';
import { DatabaseOpenError } from './errors';
import { createIdbRepository } from './idb-repository';
import { createMemoryRepository } from './memory';
import type { Repository } from './types';

export { DB_NAME, DB_VERSION } from './db';
export { requestPersistence, storageEstimate, storagePersisted } from './device';
export { DatabaseOpenError, ImportError, StorageError } from './errors';
export {
  exportFileName,
  parseExportText,
  serializeExport,
  validateExportFile,
} from './export-format';
export { type OpenScanRecords, withOpenScans } from './export-patch';
export { createMemoryRepository } from './memory';
export { type LoadedQuestionnaire, loadQuestionnaires, type QuestionnaireLoad } from './questionnaire-source';
export { trustedScanHolds } from './stored-check';
export type * from './types';

export interface OpenRepositoryOptions {
  /** Another tab upgraded the database: this tab's connection is closed; ask the user to reload. */
  onVersionChange?: () => void;
  /** Defaults to the browser's; tests pass a fresh fake one. */
  indexedDB?: IDBFactory;
  /** How long to wait for other tabs before giving up (milliseconds). */
  blockedTimeoutMs?: number;
  /** Tests add a step to act as a newer version of the app. */
  migrations?: readonly Migration[];
}

function browserIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    // Some browsers throw on merely reading indexedDB when site data is blocked.
    return undefined;
  }
}

/**
 * The repository on IndexedDB, or in memory when IndexedDB is missing or cannot be opened (such as
 * Firefox in private mode). Rejects with a Dutch DatabaseOpenError when another tab keeps the
 * database blocked, when a newer version of the app already upgraded it, or when upgrading the
 * stored data failed: falling back to memory then would hide the person's saved scans.
 */
export async function openRepository(options: OpenRepositoryOptions = {}): Promise<Repository> {
  const factory = options.indexedDB ?? browserIndexedDB();
  if (!factory) return createMemoryRepository();
  try {
    return await createIdbRepository({
      indexedDB: factory,
      onVersionChange: options.onVersionChange,
      blockedTimeoutMs: options.blockedTimeoutMs,
      migrations: options.migrations,
    });
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    console.warn('Morgenscan: IndexedDB kan niet worden geopend; gegevens blijven alleen in het geheugen.', error);
    return createMemoryRepository();
  }
}
