/**
 * A stored scan read for a deep link, without zod: the records as stored, and the questionnaires
 * of snapshots whose mark fits (snapshot-trust.ts). Its records were checked when written or
 * imported; the full check of what was read here runs after the first screen (open-scans.ts).
 * Anything unexpected gives undefined, and the scan opens the checked way instead.
 */
import type { Questionnaire } from '../domain/format';
import { openDatabase } from './db';
import { toScanAnswers } from './scan-answers';
import { checkedKey, trustedQuestionnaire } from './snapshot-trust';
import type { AnswerRecord, PlanRecord, QuestionnaireSnapshot, ScanAnswers, ScanRecord } from './types';

/** The records exactly as read, for the full check later. */
export interface StoredScanRecords {
  scan: unknown;
  answers: unknown[];
  plan: unknown;
  snapshots: unknown[];
}

export interface TrustedScan {
  scan: ScanRecord;
  answers: ScanAnswers;
  plan: PlanRecord | undefined;
  snapshots: QuestionnaireSnapshot[];
  questionnaires: Questionnaire[];
  records: StoredScanRecords;
}

function looksLikeScan(value: unknown, scanId: string): value is ScanRecord {
  if (typeof value !== 'object' || value === null) return false;
  const scan = value as Partial<ScanRecord>;
  return (
    scan.id === scanId &&
    typeof scan.step === 'number' &&
    Array.isArray(scan.questionnaires) &&
    scan.questionnaires.every((ref) => typeof ref === 'object' && ref !== null && typeof ref.hash === 'string')
  );
}

function browserIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

export async function readTrustedScan(
  scanId: string,
  factory: IDBFactory | undefined = browserIndexedDB(),
): Promise<TrustedScan | undefined> {
  if (!factory) return undefined;
  const db = await openDatabase({ indexedDB: factory }).catch(() => undefined);
  if (!db) return undefined;
  try {
    const tx = db.transaction(['scans', 'answers', 'plans', 'snapshots', 'settings'], 'readonly');
    const scan: unknown = await tx.objectStore('scans').get(scanId);
    if (!looksLikeScan(scan, scanId)) return undefined;
    const refs = scan.questionnaires;
    const [answers, plan, snapshots, marks] = await Promise.all([
      tx.objectStore('answers').index('by-scan').getAll(scanId),
      tx.objectStore('plans').get(scanId),
      Promise.all(refs.map((ref) => tx.objectStore('snapshots').get(ref.hash))),
      Promise.all(refs.map((ref) => tx.objectStore('settings').get(checkedKey(ref.hash)))),
    ]);
    const questionnaires = await Promise.all(
      snapshots.map((snapshot, index) => trustedQuestionnaire(snapshot, marks[index]?.value)),
    );
    if (!questionnaires.every((q): q is Questionnaire => q !== undefined)) return undefined;
    return {
      scan,
      answers: toScanAnswers(answers as AnswerRecord[]),
      plan,
      snapshots: snapshots as QuestionnaireSnapshot[],
      questionnaires,
      records: { scan, answers, plan, snapshots },
    };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
