/** Small, hand-made records for the storage tests. */
import { contentHash } from '../../../src/domain/hash';
import type { AnswerRecord, PlanRecord, QuestionnaireSnapshot, ScanRecord } from '../../../src/storage/types';

export function snapshot(id: string, version = 1): QuestionnaireSnapshot {
  const content = { schemaVersion: 1, id, version, title: `Vragenlijst ${id}` };
  return { hash: contentHash(content), id, version, content, savedAt: '2025-03-01T09:00:00.000Z' };
}

export const PACK = snapshot('burgerzaken');
export const MINDSET = snapshot('groeimindset');

export function scan(id: string, updatedAt = '2025-03-01T10:00:00.000Z', extra: Partial<ScanRecord> = {}): ScanRecord {
  return {
    id,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt,
    finishedAt: null,
    status: 'bezig',
    packId: PACK.id,
    questionnaires: [
      { id: PACK.id, version: PACK.version, hash: PACK.hash },
      { id: MINDSET.id, version: MINDSET.version, hash: MINDSET.hash },
    ],
    step: 2,
    ...extra,
  };
}

export function answer(
  scanId: string,
  itemId: string,
  value: AnswerRecord['value'],
  questionnaireId = MINDSET.id,
  answeredAt = '2025-03-01T09:30:00.000Z',
): AnswerRecord {
  return { scanId, questionnaireId, itemId, value, answeredAt };
}

export function plan(scanId: string, goals = 'Meer klanten helpen aan de balie.'): PlanRecord {
  return {
    scanId,
    name: 'Sam',
    goals,
    firstSteps: 'Een dag meelopen met een collega.',
    support: 'Tijd voor een cursus.',
    nextTalk: 'In juni',
    hiddenSections: [],
    updatedAt: '2025-03-01T10:00:00.000Z',
  };
}
