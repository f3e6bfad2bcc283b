/**
 * The export file: everything of one person, as a JSON file they keep themselves. Import checks
 * every record and every reference before anything is written, and names what is wrong and where.
 */
import * as z from 'zod';
import { answerProblem } from '../domain/answers';
import { allItems, type Item, type Questionnaire } from '../domain/format';
import { canonicalJson, contentHash } from '../domain/hash';
import { dutchErrors, type Parsed, parseJsonText, parseQuestionnaire, zodProblems } from '../domain/validate';
import { storage as text } from '../text/storage';
import { ImportError } from './errors';
import { AnswerRecordSchema, PlanRecordSchema, ScanRecordSchema, SnapshotSchema } from './records';
import { DATA_STORES, type DataStoreName } from './stores';
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

/**
 * Duplicates and references the record schemas cannot see on their own, and content: every
 * snapshot a valid questionnaire, every answer a valid answer to its question in that snapshot.
 * (The app counts an answer that does not fit as not given, so importing one would hide it.)
 */
export function referenceIssues(file: ExportFile): Issue[] {
  const questionnaires = new Map<string, Questionnaire | undefined>();
  const issues = [...scanIssues(file), ...snapshotIssues(file, questionnaires), ...planIssues(file)];
  return [...issues, ...answerIssues(file, questionnaires)];
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

/** `questionnaires`: the parsed snapshot per hash, undefined for one that is not valid. */
function answerIssues(file: ExportFile, questionnaires: ReadonlyMap<string, Questionnaire | undefined>): Issue[] {
  const issues: Issue[] = [];
  const scans = new Map(file.scans.map((scan) => [scan.id, scan]));
  const items = new Map<Questionnaire, Map<string, Item>>();
  const itemsOf = (q: Questionnaire) => {
    let byId = items.get(q);
    if (!byId) {
      byId = new Map(allItems(q).map((item) => [item.id, item]));
      items.set(q, byId);
    }
    return byId;
  };
  const seen = new Set<string>();
  file.answers.forEach((answer, a) => {
    const key = JSON.stringify([answer.scanId, answer.questionnaireId, answer.itemId]);
    if (seen.has(key)) issues.push({ path: ['answers', a], message: text.duplicateAnswer });
    seen.add(key);
    const scan = scans.get(answer.scanId);
    const ref = scan?.questionnaires.find((r) => r.id === answer.questionnaireId);
    if (!scan) issues.push({ path: ['answers', a, 'scanId'], message: text.missingScan(answer.scanId) });
    else if (!ref)
      issues.push({
        path: ['answers', a, 'questionnaireId'],
        message: text.questionnaireNotInScan(answer.questionnaireId, answer.scanId),
      });
    // A missing or broken snapshot is named where it is; its answers cannot be checked.
    const questionnaire = ref ? questionnaires.get(ref.hash) : undefined;
    if (!questionnaire) return;
    const item = itemsOf(questionnaire).get(answer.itemId);
    if (!item)
      issues.push({
        path: ['answers', a, 'itemId'],
        message: text.unknownItem(answer.itemId, answer.questionnaireId),
      });
    else {
      const problem = answerProblem(questionnaire, item, answer.value);
      if (problem !== undefined) issues.push({ path: ['answers', a, 'value'], message: problem });
    }
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

/** Fills `questionnaires` with each snapshot that fits its hash, parsed (undefined when invalid). */
function snapshotIssues(file: ExportFile, questionnaires: Map<string, Questionnaire | undefined>): Issue[] {
  const issues: Issue[] = [];
  file.snapshots.forEach((snapshot, s) => {
    if (questionnaires.has(snapshot.hash)) {
      issues.push({ path: ['snapshots', s, 'hash'], message: text.duplicateSnapshot(snapshot.hash) });
      return;
    }
    const at = ['snapshots', s, 'content'];
    if (!hashMatches(snapshot.content, snapshot.hash)) {
      // Content that is not what the hash names is not checked any further.
      issues.push({ path: at, message: text.snapshotHashMismatch });
      questionnaires.set(snapshot.hash, undefined);
      return;
    }
    const parsed = parseSnapshotContent(snapshot.content);
    questionnaires.set(snapshot.hash, parsed.ok ? parsed.value : undefined);
    if (parsed.ok) {
      // The app finds a scan's answers by the id in the content, so it must be the snapshot's.
      if (parsed.value.id !== snapshot.id)
        issues.push({ path: [...at, 'id'], message: text.snapshotIdMismatch(snapshot.id) });
      if (parsed.value.version !== snapshot.version)
        issues.push({ path: [...at, 'version'], message: text.snapshotVersionMismatch(snapshot.version) });
      return;
    }
    // The problem's path inside the questionnaire is already written out (`sections[0].id`).
    for (const problem of parsed.problems)
      issues.push({ path: problem.path ? [...at, problem.path] : at, message: problem.message });
  });
  return issues;
}

const PARSED_KEPT = 16;
const parsedByContent = new Map<string, Parsed<Questionnaire>>();

/**
 * Parsing a questionnaire is the slow part of checking a file, and every export and import checks
 * the same few snapshots again: the same content (as canonical text, not just its hash) parses
 * the same. Only called for content whose hash fits, so canonicalJson cannot overflow here.
 */
function parseSnapshotContent(content: unknown): Parsed<Questionnaire> {
  const key = canonicalJson(content);
  const known = parsedByContent.get(key);
  if (known) return known;
  const parsed = parseQuestionnaire(IMPORT_FILE, content);
  if (parsedByContent.size >= PARSED_KEPT) parsedByContent.delete(parsedByContent.keys().next().value as string);
  parsedByContent.set(key, parsed);
  return parsed;
}

/** False too for content too deeply nested to hash: such a file is refused, not a crash. */
function hashMatches(content: unknown, hash: string): boolean {
  try {
    return contentHash(content) === hash;
  } catch {
    return false;
  }
}

/**
 * The file without every record import would refuse, by import's own rules: a scan whose
 * questionnaire is missing or not valid (with its answers and plan), an answer that does not fit
 * its question. Every problem names one record (`answers[3].value`), so each round leaves out at
 * least one; a scan left out makes its answers dangling, which the next round leaves out too.
 */
export function withoutRefused(file: ExportFile): ExportFile {
  let current = file;
  for (;;) {
    const refused = new Map<DataStoreName, Set<number>>(DATA_STORES.map((name) => [name, new Set()]));
    for (const { path } of referenceIssues(current)) {
      const [list, index] = path;
      if (typeof index === 'number') refused.get(list as DataStoreName)?.add(index);
    }
    if (DATA_STORES.every((name) => refused.get(name)?.size === 0)) return current;
    const keep = <T>(name: DataStoreName, records: T[]) => records.filter((_, i) => !refused.get(name)?.has(i));
    current = {
      ...current,
      scans: keep('scans', current.scans),
      answers: keep('answers', current.answers),
      snapshots: keep('snapshots', current.snapshots),
      plans: keep('plans', current.plans),
    };
  }
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
