/**
 * The repository in memory: used when IndexedDB is not available (some private modes) and in
 * component tests. Behaves exactly like the IndexedDB one, but nothing is kept after the tab closes.
 * Every record is copied on the way in and out, so callers can never change stored data by accident.
 */
import { storage as text } from '../text/storage';
import { withMessage } from './errors';
import { validateExportFile } from './export-format';
import { answerKey, assembleExport, planImport, type ScanBundle, sortScans, toScanAnswers } from './merge';
import { assertRecord, validRecord, validRecords } from './records';
import type {
  AnswerRecord,
  ExportFile,
  ImportPreview,
  PlanRecord,
  QuestionnaireSnapshot,
  Repository,
  ScanAnswers,
  ScanRecord,
} from './types';

export interface MemoryRepositoryOptions {
  /** The clock for `exportedAt`; tests pass a fixed one. */
  now?: () => Date;
}

export function createMemoryRepository(options: MemoryRepositoryOptions = {}): Repository {
  const now = options.now ?? (() => new Date());
  const scans = new Map<string, ScanRecord>();
  const answers = new Map<string, AnswerRecord>();
  const snapshots = new Map<string, QuestionnaireSnapshot>();
  const plans = new Map<string, PlanRecord>();
  const settings = new Map<string, unknown>();
  const copy = <T>(value: T): T => structuredClone(value);

  const answersOf = (scanId: string) => [...answers.values()].filter((a) => a.scanId === scanId);

  function storedBundles(file: ExportFile): Map<string, ScanBundle> {
    const bundles = new Map<string, ScanBundle>();
    for (const { id } of file.scans) {
      const scan = validRecord('scans', scans.get(id));
      if (!scan) continue;
      const plan = validRecord('plans', plans.get(id));
      bundles.set(id, { scan, answers: validRecords('answers', answersOf(id)), plan });
    }
    return bundles;
  }

  function preview(data: unknown) {
    const file = validateExportFile(data);
    return { file, plan: planImport(file, storedBundles(file), new Set(snapshots.keys())) };
  }

  function removeScan(id: string): void {
    scans.delete(id);
    plans.delete(id);
    for (const answer of answersOf(id)) answers.delete(answerKey(answer));
  }

  const repository: Repository = {
    kind: 'memory',
    async listScans() {
      return copy(sortScans(validRecords('scans', [...scans.values()])));
    },
    async getScan(id) {
      return copy(validRecord('scans', scans.get(id)));
    },
    putScan: (scan) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('scans', scan);
        scans.set(scan.id, copy(scan));
      }),
    deleteScan: (id) => withMessage(text.notDeleted, async () => removeScan(id)),
    async getAnswers(scanId): Promise<ScanAnswers> {
      return copy(toScanAnswers(validRecords('answers', answersOf(scanId))));
    },
    putAnswer: (answer) =>
      withMessage(text.answerNotSaved, async () => {
        assertRecord('answers', answer);
        answers.set(answerKey(answer), copy(answer));
      }),
    deleteAnswer: (scanId, questionnaireId, itemId) =>
      withMessage(text.answerNotSaved, async () => {
        answers.delete(answerKey({ scanId, questionnaireId, itemId }));
      }),
    putSnapshot: (snapshot) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('snapshots', snapshot);
        if (!snapshots.has(snapshot.hash)) snapshots.set(snapshot.hash, copy(snapshot));
      }),
    async getSnapshot(hash) {
      return copy(validRecord('snapshots', snapshots.get(hash)));
    },
    async getPlan(scanId) {
      return copy(validRecord('plans', plans.get(scanId)));
    },
    putPlan: (plan) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('plans', plan);
        plans.set(plan.scanId, copy(plan));
      }),
    async getSetting(key) {
      return copy(settings.get(key));
    },
    putSetting: (key, value) =>
      withMessage(text.dataNotSaved, async () => {
        assertRecord('settings', { key, value });
        settings.set(key, copy(value));
      }),
    async exportAll() {
      return copy(
        assembleExport(
          now().toISOString(),
          validRecords('scans', [...scans.values()]),
          validRecords('answers', [...answers.values()]),
          validRecords('snapshots', [...snapshots.values()]),
          validRecords('plans', [...plans.values()]),
        ),
      );
    },
    async previewImport(data): Promise<ImportPreview> {
      return preview(data).plan.preview;
    },
    async importAll(data): Promise<ImportPreview> {
      const { plan } = preview(data);
      // Everything is checked above; from here on nothing can fail halfway.
      for (const id of plan.replace) removeScan(id);
      for (const scan of plan.scans) scans.set(scan.id, copy(scan));
      for (const answer of plan.answers) answers.set(answerKey(answer), copy(answer));
      for (const p of plan.plans) plans.set(p.scanId, copy(p));
      for (const snapshot of plan.snapshots) snapshots.set(snapshot.hash, copy(snapshot));
      return plan.preview;
    },
    async deleteAll() {
      for (const map of [scans, answers, snapshots, plans, settings]) map.clear();
    },
    close() {},
  };
  return repository;
}
