/**
 * How an import merges with what is already stored. Pure, so both repositories share it and
 * preview and import can never disagree.
 */
import { canonicalJson } from '../domain/hash';
import { withoutRefused } from './export-format';
import type { AnswerRecord, ExportFile, ImportPreview, PlanRecord, QuestionnaireSnapshot, ScanRecord } from './types';

export { toScanAnswers } from './scan-answers';

/** A scan with everything that belongs to it. */
export interface ScanBundle {
  scan: ScanRecord;
  answers: AnswerRecord[];
  plan: PlanRecord | undefined;
}

/** What import writes. Scans in `replace` first lose their stored answers and plan. */
export interface ImportPlan {
  preview: ImportPreview;
  replace: string[];
  scans: ScanRecord[];
  answers: AnswerRecord[];
  plans: PlanRecord[];
  snapshots: QuestionnaireSnapshot[];
}

export function answerKey(a: Pick<AnswerRecord, 'scanId' | 'questionnaireId' | 'itemId'>): string {
  return JSON.stringify([a.scanId, a.questionnaireId, a.itemId]);
}

export function compareAnswers(a: AnswerRecord, b: AnswerRecord): number {
  return compareText(answerKey(a), answerKey(b));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The moment anything of the scan last changed: the scan, its plan or one of its answers. */
export function lastChange(bundle: ScanBundle): number {
  const times = [bundle.scan.updatedAt, ...bundle.answers.map((a) => a.answeredAt)];
  if (bundle.plan) times.push(bundle.plan.updatedAt);
  return Math.max(...times.map((t) => Date.parse(t)));
}

function sameBundle(a: ScanBundle, b: ScanBundle): boolean {
  const content = (bundle: ScanBundle) =>
    canonicalJson({ scan: bundle.scan, answers: [...bundle.answers].sort(compareAnswers), plan: bundle.plan ?? null });
  return content(a) === content(b);
}

/** Groups the records of a (validated) export file per scan. */
export function bundlesOf(file: ExportFile): ScanBundle[] {
  return file.scans.map((scan) => ({
    scan,
    answers: file.answers.filter((a) => a.scanId === scan.id),
    plan: file.plans.find((p) => p.scanId === scan.id),
  }));
}

/**
 * Same id and same content: skipped. Same id, other content: the side that changed last wins
 * (a tie keeps what is stored, so nothing is harmed). Snapshots are added when their hash is new.
 */
export function planImport(
  file: ExportFile,
  stored: ReadonlyMap<string, ScanBundle>,
  storedSnapshots: ReadonlySet<string>,
): ImportPlan {
  const plan: ImportPlan = {
    preview: { scansNew: 0, scansSame: 0, scansUpdated: 0, scansKept: 0, answers: 0, plans: 0 },
    replace: [],
    scans: [],
    answers: [],
    plans: [],
    snapshots: file.snapshots.filter((s) => !storedSnapshots.has(s.hash)),
  };
  for (const incoming of bundlesOf(file)) {
    const existing = stored.get(incoming.scan.id);
    if (existing && sameBundle(existing, incoming)) {
      plan.preview.scansSame++;
      continue;
    }
    if (existing && lastChange(incoming) <= lastChange(existing)) {
      plan.preview.scansKept++;
      continue;
    }
    if (existing) {
      plan.preview.scansUpdated++;
      plan.replace.push(incoming.scan.id);
    } else plan.preview.scansNew++;
    plan.scans.push(incoming.scan);
    plan.answers.push(...incoming.answers);
    if (incoming.plan) plan.plans.push(incoming.plan);
  }
  plan.preview.answers = plan.answers.length;
  plan.preview.plans = plan.plans.length;
  return plan;
}

/** Stored answers of one scan, per questionnaire id, per item id. */
/** Newest first, so "my scans" opens on the one worked on last. */
export function sortScans(scans: ScanRecord[]): ScanRecord[] {
  return scans.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || compareText(a.id, b.id));
}

/**
 * A file that import accepts again: records in a fixed order (so two exports of the same data are
 * byte-identical), answers and plans that belong to no stored scan left out, and so is whatever
 * import would refuse (see withoutRefused). What is left out stays stored; the app names it.
 */
export function assembleExport(
  exportedAt: string,
  scans: ScanRecord[],
  answers: AnswerRecord[],
  snapshots: QuestionnaireSnapshot[],
  plans: PlanRecord[],
): ExportFile {
  const scanIds = new Set(scans.map((s) => s.id));
  const parts = new Set(scans.flatMap((s) => s.questionnaires.map((ref) => JSON.stringify([s.id, ref.id]))));
  return withoutRefused({
    format: 'morgenscan-export',
    formatVersion: 1,
    exportedAt,
    scans: [...scans].sort((a, b) => compareText(a.id, b.id)),
    answers: answers.filter((a) => parts.has(JSON.stringify([a.scanId, a.questionnaireId]))).sort(compareAnswers),
    snapshots: [...snapshots].sort((a, b) => compareText(a.hash, b.hash)),
    plans: plans.filter((p) => scanIds.has(p.scanId)).sort((a, b) => compareText(a.scanId, b.scanId)),
  });
}
