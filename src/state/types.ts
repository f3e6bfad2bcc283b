/**
 * Shapes shared by the models. Type-only imports from the domain: this file adds nothing to the
 * first-load bundle.
 */
import type { Questionnaire } from '../domain/format';
import type { AnsweredScan } from '../domain/scan';
import type { ScanResult, scoreScan } from '../domain/scoring';
import type { Parsed } from '../domain/validate';
import type { OpenScanRecords } from '../storage/export-patch';
import type { QuestionnaireLoad } from '../storage/questionnaire-source';
import type { TrustedScan } from '../storage/quick-read';
import type { ExportFile, Repository, ScanRecord } from '../storage/types';
import type { ScanModel } from './scan-model';

export type { LoadedQuestionnaire, QuestionnaireLoad } from '../storage/questionnaire-source';

export interface StorageEstimate {
  usage: number;
  quota: number;
}

/**
 * Everything heavy the models need (storage, validation with zod, scoring), behind one dynamic
 * import so the start screen paints before any of it is downloaded.
 */
export interface Services {
  /** `onVersionChange`: another tab upgraded the database; this tab must reload. */
  openRepository(onVersionChange: () => void): Promise<Repository>;
  /** `validated`: questionnaires already checked in this tab, by content hash; they are not checked again. */
  loadQuestionnaires(validated?: ReadonlyMap<string, Questionnaire>): Promise<QuestionnaireLoad>;
  parseQuestionnaire(file: string, data: unknown): Parsed<Questionnaire>;
  /** The text of an import file as data; throws an Error with a Dutch message naming the problem. */
  parseExportText(text: string): unknown;
  serializeExport(file: ExportFile): string;
  /** The export with the scans open in this tab as memory has them (see storage/export-patch). */
  withOpenScans(file: ExportFile, open: readonly OpenScanRecords[]): ExportFile;
  exportFileName(date: Date): string;
  scoreScan: typeof scoreScan;
  /** The full check (zod) of a scan opened from trusted records: true when it agrees. */
  trustedScanHolds(trusted: TrustedScan): boolean;
  requestPersistence(): Promise<boolean | null>;
  storageEstimate(): Promise<StorageEstimate | null>;
  storagePersisted(): Promise<boolean | null>;
}

/** One line in "Mijn scans". */
export interface ScanSummary {
  scan: ScanRecord;
  /** The work chosen (the pack's role), or null when its questionnaire is gone. */
  role: string | null;
  /** Screens of the scan (sections plus the overview), null when a questionnaire is missing. */
  totalSteps: number | null;
}

export interface MinutesRange {
  min: number;
  max: number;
}

/** The scan to report on, and the finished scan before it (for the changes). */
export interface ReportScans {
  model: ScanModel;
  earlier: AnsweredScan | null;
}

export interface Comparison {
  first: { data: AnsweredScan; result: ScanResult; role: string | null };
  second: { data: AnsweredScan; result: ScanResult; role: string | null };
}
