/**
 * The export while writes are still queued (or failing): the scans opened in this tab are newer
 * in memory than in storage, so the file takes them from memory. The result goes through the
 * same assembly as every export, so it holds only what import accepts again.
 */
import { assembleExport } from './merge';
import type { AnswerRecord, ExportFile, PlanRecord, QuestionnaireSnapshot, ScanRecord } from './types';

/** A scan as the tab has it in memory. */
export interface OpenScanRecords {
  scan: ScanRecord;
  answers: readonly AnswerRecord[];
  snapshots: readonly QuestionnaireSnapshot[];
  plan: PlanRecord | undefined;
}

const answerId = (a: Pick<AnswerRecord, 'questionnaireId' | 'itemId'>) => `${a.questionnaireId}\u0000${a.itemId}`;

/**
 * `file` with each open scan as memory has it. An answer that did not change keeps its stored
 * record (and time); an answer that no longer fits its question is left out by the assembly,
 * as import would refuse it and the scan counts it as not given anyway.
 */
export function withOpenScans(file: ExportFile, open: readonly OpenScanRecords[]): ExportFile {
  let scans = file.scans;
  let answers = file.answers;
  let snapshots = file.snapshots;
  let plans = file.plans;
  for (const memory of open) {
    const id = memory.scan.id;
    const stored = new Map(answers.filter((a) => a.scanId === id).map((a) => [answerId(a), a] as const));
    const current = memory.answers.map((record) => {
      const before = stored.get(answerId(record));
      return before && JSON.stringify(before.value) === JSON.stringify(record.value) ? before : record;
    });
    const hashes = new Set(snapshots.map((s) => s.hash));
    scans = [...scans.filter((s) => s.id !== id), memory.scan];
    answers = [...answers.filter((a) => a.scanId !== id), ...current];
    snapshots = [...snapshots, ...memory.snapshots.filter((s) => !hashes.has(s.hash))];
    plans = [...plans.filter((p) => p.scanId !== id), ...(memory.plan ? [memory.plan] : [])];
  }
  return assembleExport(file.exportedAt, scans, answers, snapshots, plans);
}
