/**
 * The export file: everything of one person, as a JSON file they keep themselves. Import checks
 * every record and every reference before anything is written, and names what is wrong and where.
 */
import * as z from 'zod';
import { contentHash } from '../domain/hash';
import { dutchErrors, type Problem, parseJsonText, zodProblems } from '../domain/validate';
import { storage as text } from '../text/storage';
import { ImportError } from './errors';
import { AnswerRecordSchema, PlanRecordSchema, ScanRecordSchema, SnapshotSchema } from './records';
import type { ExportFile } from './types';

export const EXPORT_FORMAT = 'morgenscan-export';
export const EXPORT_FORMAT_VERSION = 1;
/** The name used in problems about an import file. */
export const IMPORT_FILE = 'import';

type Issue = { path: (string | number)[]; message: string };

const ExportObjectSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: text.notAFormat }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: text.unknownFormatVersion }),
  exportedAt: z.iso.datetime({ offset: true, error: text.notADate }),
  scans: z.array(ScanRecordSchema).max(10_000),
  answers: z.array(AnswerRecordSchema).max(1_000_000),
  snapshots: z.array(SnapshotSchema).max(10_000),
  plans: z.array(PlanRecordSchema).max(10_000),
});

export const ExportFileSchema = ExportObjectSchema.superRefine((file, ctx) => {
  for (const issue of referenceIssues(file)) ctx.addIssue({ code: 'custom', ...issue, input: file });
}) satisfies z.ZodType<ExportFile>;

/** Duplicates and references the record schemas cannot see on their own. */
export function referenceIssues(file: ExportFile): Issue[] {
  return [...scanIssues(file), ...answerIssues(file), ...planIssues(file), ...snapshotIssues(file)];
}

function scanIssues(file: ExportFile): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const snapshots = new Map(file.snapshots.map((s) => [s.hash, s]));
  file.scans.forEach((scan, s) => {
    if (seen.has(scan.id)) issues.push({ path: ['scans', s, 'id'], message: text.duplicateScan(scan.id) });
    seen.add(scan.id);
    scan.questionnaires.forEach((ref, r) => {
      const snapshot = snapshots.get(ref.hash);
      const path = ['scans', s, 'questionnaires', r, 'hash'];
      if (!snapshot) issues.push({ path, message: text.missingSnapshot(ref.hash) });
      else if (snapshot.id !== ref.id || snapshot.version !== ref.version)
        issues.push({ path, message: text.snapshotMismatch(ref.hash) });
    });
  });
  return issues;
}

function answerIssues(file: ExportFile): Issue[] {
  const issues: Issue[] = [];
  const scans = new Map(file.scans.map((scan) => [scan.id, scan]));
  const seen = new Set<string>();
  file.answers.forEach((answer, a) => {
    const key = JSON.stringify([answer.scanId, answer.questionnaireId, answer.itemId]);
    if (seen.has(key)) issues.push({ path: ['answers', a], message: text.duplicateAnswer });
    seen.add(key);
    const scan = scans.get(answer.scanId);
    if (!scan) issues.push({ path: ['answers', a, 'scanId'], message: text.missingScan(answer.scanId) });
    else if (!scan.questionnaires.some((ref) => ref.id === answer.questionnaireId))
      issues.push({
        path: ['answers', a, 'questionnaireId'],
        message: text.questionnaireNotInScan(answer.questionnaireId, answer.scanId),
      });
  });
  return issues;
}

function planIssues(file: ExportFile): Issue[] {
  const issues: Issue[] = [];
  const scanIds = new Set(file.scans.map((scan) => scan.id));
  const seen = new Set<string>();
  file.plans.forEach((plan, p) => {
    if (seen.has(plan.scanId)) issues.push({ path: ['plans', p, 'scanId'], message: text.duplicatePlan(plan.scanId) });
    seen.add(plan.scanId);
    if (!scanIds.has(plan.scanId))
      issues.push({ path: ['plans', p, 'scanId'], message: text.missingScan(plan.scanId) });
  });
  return issues;
}

function snapshotIssues(file: ExportFile): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  file.snapshots.forEach((snapshot, s) => {
    if (seen.has(snapshot.hash))
      issues.push({ path: ['snapshots', s, 'hash'], message: text.duplicateSnapshot(snapshot.hash) });
    seen.add(snapshot.hash);
    if (!hashMatches(snapshot.content, snapshot.hash))
      issues.push({ path: ['snapshots', s, 'content'], message: text.snapshotHashMismatch });
  });
  return issues;
}

/** False too for content too deeply nested to hash: such a file is refused, not a crash. */
function hashMatches(content: unknown, hash: string): boolean {
  try {
    return contentHash(content) === hash;
  } catch {
    return false;
  }
}

/** Every problem of an import file, with its JSON path; empty when the file can be imported. */
export function exportFileProblems(data: unknown, file = IMPORT_FILE): Problem[] {
  const result = ExportFileSchema.safeParse(data, { error: dutchErrors });
  return result.success ? [] : zodProblems(file, result.error);
}

/** The checked file, or an ImportError with a Dutch message naming what is wrong and where. */
export function validateExportFile(data: unknown): ExportFile {
  const result = ExportFileSchema.safeParse(data, { error: dutchErrors });
  if (!result.success) throw new ImportError(zodProblems(IMPORT_FILE, result.error));
  return result.data;
}

/** The text of a chosen file as data; invalid JSON is refused with the line and column. */
export function parseExportText(fileText: string): unknown {
  const parsed = parseJsonText(IMPORT_FILE, fileText.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new ImportError(parsed.problems);
  return parsed.value;
}

/** The text written to the export file. */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `morgenscan-2025-03-01.json`, in local time. */
export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `morgenscan-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
