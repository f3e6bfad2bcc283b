/**
 * What the app keeps on the device. These record shapes are the contract between `src/storage`
 * (which implements it with idb, or in memory when IndexedDB is not available) and `src/state`.
 * Every record is plain JSON-compatible data (structured-clone safe), never a signal.
 */
import type { AnswerValue } from '../domain/answers';
import type { Plan, Scan, ScanAnswers } from '../domain/scan';

export type { QuestionnaireRef, ScanAnswers, ScanStatus } from '../domain/scan';

/** A scan as stored: the domain's Scan, as it is. */
export type ScanRecord = Scan;

/** One answer; key [scanId, questionnaireId, itemId], so each answer is its own small write. */
export interface AnswerRecord {
  scanId: string;
  questionnaireId: string;
  itemId: string;
  value: AnswerValue;
  answeredAt: string;
}

/** The exact questionnaire JSON a scan was taken with, so its report never changes afterwards. */
export interface QuestionnaireSnapshot {
  hash: string;
  id: string;
  version: number;
  /** The raw JSON as loaded (validated again with the current schema when read). */
  content: unknown;
  savedAt: string;
}

/** A plan as stored: the domain's Plan, as it is. */
export type PlanRecord = Plan;

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Everything of one person: what export writes and import reads. */
export interface ExportFile {
  format: 'morgenscan-export';
  formatVersion: 1;
  exportedAt: string;
  scans: ScanRecord[];
  answers: AnswerRecord[];
  snapshots: QuestionnaireSnapshot[];
  plans: PlanRecord[];
}

/** What an import would do, shown before the user confirms. */
export interface ImportPreview {
  scansNew: number;
  scansSame: number;
  /** Present on both sides with different content; the file changed last, so it replaces what is stored. */
  scansUpdated: number;
  /** Present on both sides with different content; what is stored changed last, so it stays. */
  scansKept: number;
  answers: number;
  plans: number;
}

/**
 * Where the data lives. `kind` is "indexeddb" normally and "memory" when IndexedDB is not
 * available (some private modes): then nothing is kept after the tab closes.
 */
export interface Repository {
  readonly kind: 'indexeddb' | 'memory';
  listScans(): Promise<ScanRecord[]>;
  getScan(id: string): Promise<ScanRecord | undefined>;
  putScan(scan: ScanRecord): Promise<void>;
  /** Removes the scan with its answers and plan. */
  deleteScan(id: string): Promise<void>;
  getAnswers(scanId: string): Promise<ScanAnswers>;
  putAnswer(answer: AnswerRecord): Promise<void>;
  deleteAnswer(scanId: string, questionnaireId: string, itemId: string): Promise<void>;
  putSnapshot(snapshot: QuestionnaireSnapshot): Promise<void>;
  getSnapshot(hash: string): Promise<QuestionnaireSnapshot | undefined>;
  getPlan(scanId: string): Promise<PlanRecord | undefined>;
  putPlan(plan: PlanRecord): Promise<void>;
  getSetting(key: string): Promise<unknown>;
  putSetting(key: string, value: unknown): Promise<void>;
  exportAll(): Promise<ExportFile>;
  /** Validates and compares; changes nothing. Throws an Error with a Dutch message for a bad file. */
  previewImport(data: unknown): Promise<ImportPreview>;
  /** Merges without duplicates, in one transaction: all or nothing. */
  importAll(data: unknown): Promise<ImportPreview>;
  deleteAll(): Promise<void>;
  close(): void;
}
