import { describe, expect, it } from 'vitest';
import { bigQuestionnaire } from '../../../bench/generate';
import { type LoadedQuestionnaire, scanOrder, seedScan, stepOf } from '../../../bench/seed';
import { answerProblem } from '../../../src/domain/answers';
import { allItems } from '../../../src/domain/format';
import { contentHash } from '../../../src/domain/hash';
import { parseQuestionnaire } from '../../../src/domain/validate';

function loaded(file: string, raw: unknown): LoadedQuestionnaire {
  const result = parseQuestionnaire(file, raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { file, raw, questionnaire: result.value };
}

const source = { file: 'test', lines: '1' };
const pack = loaded('pak.json', {
  schemaVersion: 1,
  id: 'pak',
  version: 2,
  kind: 'takenpakket',
  title: 'Pak',
  role: 'Balie',
  intro: 'Taken.',
  estimatedMinutes: 3,
  taskQuestions: {
    time: {
      question: 'Tijd?',
      options: [
        { value: 0, label: 'Geen', weight: 0 },
        { value: 1, label: 'Veel', weight: 5 },
      ],
    },
    liking: {
      question: 'Leuk?',
      options: [
        { value: 1, label: 'Nee' },
        { value: 2, label: 'Ja' },
      ],
    },
    ability: {
      question: 'Kun je het?',
      options: [
        { value: 1, label: 'Nee' },
        { value: 2, label: 'Ja' },
      ],
    },
  },
  sections: [
    { id: 'a', title: 'A', items: [{ id: 't1', kind: 'task', task: 'Balie', trend: 'krimpt', source }] },
    { id: 'b', title: 'B', items: [{ id: 't2', kind: 'task', task: 'Chat', trend: 'groeit', source }] },
  ],
  scoring: {
    taskShift: {
      driverQuestionnaire: 'x',
      matchWeights: { liking: 40, ability: 40, timeShare: 20 },
      likedFrom: 2,
      ableFrom: 2,
      muchTimeFrom: 1,
      matchBands: [{ min: 0, max: 100, label: 'Match', text: 'Zo past het.' }],
    },
  },
});
const big = loaded('groot.json', bigQuestionnaire(3));

describe('bench scans', () => {
  it('orders the pack first, then the general lists, one screen per section', () => {
    const order = scanOrder([big, pack], 'pak');
    expect(order.map((l) => l.questionnaire.id)).toEqual(['pak', 'bench-groot']);
    // The pack has two sections (screens 1 and 2), so the list starts on screen 3.
    expect(stepOf(order, 'bench-groot')).toBe(3);
    expect(stepOf(order, 'pak', 1)).toBe(2);
  });

  it('builds a scan like the app does: snapshots by content hash, valid answers for every item', () => {
    const order = scanOrder([pack, big], 'pak');
    const at = new Date('2026-01-05T10:00:00.000Z');
    const seeded = seedScan('scan-1', order, { answered: true, at });
    expect(seeded.scan).toMatchObject({ id: 'scan-1', packId: 'pak', status: 'klaar', step: 2 });
    expect(seeded.scan.questionnaires).toEqual([
      { id: 'pak', version: 2, hash: contentHash(pack.raw) },
      { id: 'bench-groot', version: 1, hash: contentHash(big.raw) },
    ]);
    expect(seeded.snapshots.map((s) => s.hash)).toEqual(seeded.scan.questionnaires.map((r) => r.hash));
    expect(seeded.answers).toHaveLength(5);
    for (const answer of seeded.answers) {
      const q = order.find((l) => l.questionnaire.id === answer.questionnaireId)?.questionnaire;
      const item = q && allItems(q).find((i) => i.id === answer.itemId);
      if (!q || !item) throw new Error(`answer to an unknown question: ${answer.questionnaireId}/${answer.itemId}`);
      expect(answerProblem(q, item, answer.value)).toBeUndefined();
    }
    expect(seedScan('scan-2', order, { answered: false, at }).answers).toEqual([]);
  });
});
