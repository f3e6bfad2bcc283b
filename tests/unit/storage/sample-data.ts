/** Small, hand-made records for the storage tests. */
import { contentHash } from '../../../src/domain/hash';
import type { AnswerRecord, PlanRecord, QuestionnaireSnapshot, ScanRecord } from '../../../src/storage/types';

const source = (lines: string) => ({ file: 'opslagtest', lines });
const points = (labels: string[]) => labels.map((label, value) => ({ value, label }));

/** A small task pack with one task; every task question has the answers 0 to 4. */
function packContent(id: string, version: number) {
  const options = points(['Niets', 'Weinig', 'Wat', 'Veel', 'Heel veel']);
  return {
    schemaVersion: 1,
    id,
    version,
    kind: 'takenpakket',
    title: 'Burgerzaken',
    role: 'Burgerzaken',
    intro: 'Taken aan de balie.',
    estimatedMinutes: 2,
    taskQuestions: {
      time: { question: 'Hoeveel tijd?', options: options.map((o) => ({ ...o, weight: o.value })) },
      liking: { question: 'Vind je het leuk?', options },
      ability: { question: 'Kun je het?', options },
    },
    sections: [
      {
        id: 'balie',
        title: 'Aan de balie',
        items: [
          { id: 'taak-balie', kind: 'task', task: 'Klanten helpen aan de balie', trend: 'krimpt', source: source('1') },
        ],
      },
    ],
    scoring: {
      taskShift: {
        driverQuestionnaire: 'talent-motivatie',
        matchWeights: { liking: 40, ability: 40, timeShare: 20 },
        likedFrom: 3,
        ableFrom: 3,
        muchTimeFrom: 3,
        matchBands: [{ min: 0, max: 100, label: 'Match', text: 'Zo past je werk bij morgen.' }],
      },
    },
  };
}

/** A small list: two statements (5 points), a choice of up to two, and an open question. */
function listContent(id: string, version: number) {
  return {
    schemaVersion: 1,
    id,
    version,
    kind: 'vragenlijst',
    title: 'Groeimindset',
    intro: 'Stellingen over leren.',
    estimatedMinutes: 2,
    answerScales: [{ id: 'eens', labels: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'] }],
    sections: [
      {
        id: 'leren',
        title: 'Leren',
        items: [
          { id: 'gm-1', kind: 'statement', text: 'Ik leer graag iets nieuws.', scale: 'eens', source: source('2') },
          { id: 'gm-2', kind: 'statement', text: 'Fouten helpen me verder.', scale: 'eens', source: source('3') },
          {
            id: 'gm-keuze',
            kind: 'multi',
            text: 'Hoe leer je graag?',
            options: [
              { id: 'meelopen', label: 'Meelopen' },
              { id: 'cursus', label: 'Een cursus' },
              { id: 'lezen', label: 'Lezen' },
            ],
            max: 2,
            source: source('4'),
          },
          { id: 'gm-open', kind: 'text', text: 'Wat wil je nog kwijt?', source: source('5') },
        ],
      },
    ],
  };
}

/** A snapshot of a valid questionnaire: the task pack for `burgerzaken`, else the list. */
export function snapshot(id: string, version = 1): QuestionnaireSnapshot {
  const content = id === 'burgerzaken' ? packContent(id, version) : listContent(id, version);
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
