/**
 * zod schemas for every stored record. Used on every read (a bad record is skipped with a warning,
 * never deleted), on every write (garbage never reaches the database) and by import.
 */
import * as z from 'zod';
import { contentHash } from '../domain/hash';
import { type AnswerValue, ITEM_KINDS, KINDS } from '../domain/kinds';
import { dutchErrors, formatPath } from '../domain/validate';
import { storage as text } from '../text/storage';
import { InvalidRecordError } from './errors';
import type { StoreName } from './stores';
import type {
  AnswerRecord,
  PlanRecord,
  QuestionnaireRef,
  QuestionnaireSnapshot,
  ScanRecord,
  SettingRecord,
} from './types';

const key = z.string().min(1).max(200);
const isoDate = z.iso.datetime({ offset: true, error: text.notADate });
const longText = z.string().max(20_000);

const answerValueSchemas = ITEM_KINDS.map((kind) => KINDS[kind].valueSchema(z));

/** The shape of an answer value, any kind's; whether it fits its item is checked by `answerProblem`. */
export const AnswerValueSchema = z.union(answerValueSchemas, { error: text.notAnAnswer }) as z.ZodType<AnswerValue>;

export const QuestionnaireRefSchema = z.strictObject({
  id: key,
  version: z.int().min(1),
  hash: z.string().min(1).max(64),
}) satisfies z.ZodType<QuestionnaireRef>;

export const ScanRecordSchema = z.strictObject({
  id: key,
  createdAt: isoDate,
  updatedAt: isoDate,
  finishedAt: isoDate.nullable(),
  status: z.enum(['bezig', 'klaar']),
  packId: key,
  questionnaires: z.array(QuestionnaireRefSchema).max(50),
  step: z.int().min(0),
}) satisfies z.ZodType<ScanRecord>;

export const AnswerRecordSchema = z.strictObject({
  scanId: key,
  questionnaireId: key,
  itemId: key,
  value: AnswerValueSchema,
  answeredAt: isoDate,
}) satisfies z.ZodType<AnswerRecord>;

export const SnapshotSchema = z.strictObject({
  hash: z.string().min(1).max(64),
  id: key,
  version: z.int().min(1),
  content: z.record(z.string(), z.unknown(), { error: text.notAnObject }),
  savedAt: isoDate,
}) satisfies z.ZodType<QuestionnaireSnapshot>;

export const PlanRecordSchema = z.strictObject({
  scanId: key,
  name: z.string().max(200),
  goals: longText,
  firstSteps: longText,
  support: longText,
  nextTalk: longText,
  hiddenSections: z.array(key).max(100),
  updatedAt: isoDate,
}) satisfies z.ZodType<PlanRecord>;

export const SettingRecordSchema = z.strictObject({
  key,
  value: z.unknown(),
}) satisfies z.ZodType<SettingRecord>;

export const RECORD_SCHEMAS = {
  scans: ScanRecordSchema,
  answers: AnswerRecordSchema,
  snapshots: SnapshotSchema,
  plans: PlanRecordSchema,
  settings: SettingRecordSchema,
} as const satisfies Record<StoreName, z.ZodType>;

export interface RecordTypes {
  scans: ScanRecord;
  answers: AnswerRecord;
  snapshots: QuestionnaireSnapshot;
  plans: PlanRecord;
  settings: SettingRecord;
}

/** `path: message` of the first problem, or undefined when the record is fine. */
export function recordProblem<S extends StoreName>(store: S, value: unknown): string | undefined {
  const result = RECORD_SCHEMAS[store].safeParse(value, { error: dutchErrors });
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return 'onbekend';
  const path = formatPath(issue.path);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Refuses a record before it is written, so garbage never reaches the database. */
export function assertRecord<S extends StoreName>(store: S, value: RecordTypes[S]): void {
  const problem = recordProblem(store, value);
  if (problem !== undefined) throw new InvalidRecordError(text.reasonBadShape(problem));
  if (store === 'snapshots') {
    const snapshot = value as QuestionnaireSnapshot;
    if (contentHash(snapshot.content) !== snapshot.hash) throw new InvalidRecordError(text.reasonSnapshotHash);
  }
}

const warned = new Set<string>();

/**
 * The records that pass their schema. A bad one stays where it is (so nothing is lost and a later
 * version may repair it) and is reported once per session on the console.
 */
export function validRecords<S extends StoreName>(store: S, values: readonly unknown[]): RecordTypes[S][] {
  const out: RecordTypes[S][] = [];
  for (const value of values) {
    const problem = recordProblem(store, value);
    if (problem === undefined) out.push(value as RecordTypes[S]);
    else warnBadRecord(store, value, problem);
  }
  return out;
}

export function validRecord<S extends StoreName>(store: S, value: unknown): RecordTypes[S] | undefined {
  if (value === undefined) return undefined;
  return validRecords(store, [value])[0];
}

function warnBadRecord(store: StoreName, value: unknown, problem: string): void {
  const label = `${store}:${describeKey(store, value)}`;
  if (warned.has(label)) return;
  warned.add(label);
  console.warn(`Morgenscan: record ${label} overgeslagen (blijft bewaard). ${problem}`);
}

function describeKey(store: StoreName, value: unknown): string {
  if (typeof value !== 'object' || value === null) return '?';
  const record = value as Record<string, unknown>;
  const parts =
    store === 'answers'
      ? [record.scanId, record.questionnaireId, record.itemId]
      : [record.id ?? record.hash ?? record.scanId ?? record.key];
  return parts.map((part) => String(part)).join('/');
}
