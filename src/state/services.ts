/**
 * The heavy part of the app (idb, zod, scoring), imported with import() after first paint.
 * Never import this module statically from the first-load code.
 */
import { scoreScan } from '../domain/scoring';
import { parseQuestionnaire } from '../domain/validate';
import {
  exportFileName,
  loadQuestionnaires,
  openRepository,
  parseExportText,
  requestPersistence,
  serializeExport,
  storageEstimate,
  storagePersisted,
  trustedScanHolds,
  withOpenScans,
} from '../storage';
import type { Services } from './types';

/** `baseUrl`: the address of index.html, so questionnaires load from the same (sub)folder. */
export function createServices(baseUrl: string): Services {
  return {
    openRepository: (onVersionChange) => openRepository({ onVersionChange }),
    loadQuestionnaires: (validated) => loadQuestionnaires(baseUrl, undefined, validated),
    parseQuestionnaire,
    parseExportText,
    serializeExport,
    withOpenScans,
    exportFileName,
    scoreScan,
    trustedScanHolds,
    requestPersistence: () => requestPersistence(),
    storageEstimate: () => storageEstimate(),
    storagePersisted: () => storagePersisted(),
  };
}
