/**
 * Scans for the benchmark, written straight into IndexedDB in the shape of the storage contract
 * (src/storage/types.ts), the way the app's own startScan() builds them: the chosen pack first,
 * then every general questionnaire in index order, each with a snapshot of its raw JSON.
 * Writing records instead of clicking through the app keeps the set-up independent of screen
 * details, and gives a fully answered scan for the report without 100 clicks.
 */
import type { AnswerValue } from '../src/domain/answers';
import type { Item, Questionnaire } from '../src/domain/format';
import { contentHash } from '../src/domain/hash';
import { forKind, type KindMap } from '../src/domain/kinds';
import { checkedKey, checkedMark } from '../src/storage/snapshot-trust';
import type { AnswerRecord, QuestionnaireSnapshot, ScanRecord, SettingRecord } from '../src/storage/types';

export interface LoadedQuestionnaire {
  file: string;
  raw: unknown;
  questionnaire: Questionnaire;
}

export interface SeededScan {
  scan: ScanRecord;
  snapshots: QuestionnaireSnapshot[];
  answers: AnswerRecord[];
}

/** The questionnaires of a scan with this pack, in the order the app shows them. */
export function scanOrder(all: readonly LoadedQuestionnaire[], packId: string): LoadedQuestionnaire[] {
  const pack = all.find((l) => l.questionnaire.kind === 'takenpakket' && l.questionnaire.id === packId);
  if (!pack) throw new Error(`Takenpakket ${packId} niet gevonden.`);
  return [pack, ...all.filter((l) => l.questionnaire.kind === 'vragenlijst')];
}

/** The 1-based screen number (as in #/scan/<id>/<step>) of a section: one screen per section. */
export function stepOf(order: readonly LoadedQuestionnaire[], questionnaireId: string, sectionIndex = 0): number {
  let step = 1;
  for (const l of order) {
    if (l.questionnaire.id === questionnaireId) return step + sectionIndex;
    step += l.questionnaire.sections.length;
  }
  throw new Error(`Vragenlijst ${questionnaireId} zit niet in deze scan.`);
}

/** Deterministic pseudo-random numbers in [0, 1), so every run seeds the same answers. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** A valid answer per kind (open questions get a short text); a kind left out does not compile. */
const SAMPLE_ANSWERS: KindMap<AnswerValue, [Questionnaire, () => number]> = {
  statement(item, q, next) {
    const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 2;
    return 1 + Math.floor(next() * points);
  },
  single: (item, _q, next) => pick(item.options, next).id,
  multi(item, _q, next) {
    const count = Math.max(item.min, Math.min(item.max, 3));
    const shuffled = [...item.options].sort(() => next() - 0.5);
    return shuffled.slice(0, count).map((o) => o.id);
  },
  text: () => 'Meer tijd om te oefenen met de nieuwe systemen.',
  task(_item, q, next) {
    const questions = q.taskQuestions;
    if (!questions) return {};
    return {
      time: pick(questions.time.options, next).value,
      liking: pick(questions.liking.options, next).value,
      ability: pick(questions.ability.options, next).value,
    };
  },
};

/** A valid answer for an item (open questions get a short text); undefined never happens for required kinds. */
export function sampleAnswer(q: Questionnaire, item: Item, next: () => number): AnswerValue {
  return forKind(SAMPLE_ANSWERS, item, q, next);
}

export function seedScan(
  id: string,
  order: readonly LoadedQuestionnaire[],
  options: { answered: boolean; at: Date; seed?: number },
): SeededScan {
  const at = options.at.toISOString();
  const [pack] = order;
  if (!pack) throw new Error('Een scan heeft minstens een takenpakket.');
  const refs = order.map((l) => ({
    id: l.questionnaire.id,
    version: l.questionnaire.version,
    hash: contentHash(l.raw),
  }));
  const snapshots = order.map((l, i) => ({
    hash: refs[i]?.hash as string,
    id: l.questionnaire.id,
    version: l.questionnaire.version,
    content: l.raw,
    savedAt: at,
  }));
  const next = random(options.seed ?? 20_260_101);
  const answers: AnswerRecord[] = [];
  if (options.answered)
    for (const l of order)
      for (const section of l.questionnaire.sections)
        for (const item of section.items)
          answers.push({
            scanId: id,
            questionnaireId: l.questionnaire.id,
            itemId: item.id,
            value: sampleAnswer(l.questionnaire, item, next),
            answeredAt: at,
          });
  const screens = order.reduce((sum, l) => sum + l.questionnaire.sections.length, 0);
  const scan: ScanRecord = {
    id,
    createdAt: at,
    updatedAt: at,
    finishedAt: options.answered ? at : null,
    status: options.answered ? 'klaar' : 'bezig',
    packId: pack.questionnaire.id,
    questionnaires: refs,
    step: options.answered ? screens - 1 : 0,
  };
  return { scan, snapshots, answers };
}

/**
 * The marks the app's startScan() writes beside the snapshots it checked (src/storage/snapshot-trust.ts):
 * with them a deep link opens a stored scan without zod, as it does for anyone who started a scan.
 */
export async function checkedMarks(order: readonly LoadedQuestionnaire[]): Promise<SettingRecord[]> {
  return Promise.all(
    order.map(async (l) => {
      const mark = await checkedMark(l.raw, l.questionnaire);
      if (!mark) throw new Error('SHA-256 (crypto.subtle) is not available in this Node.');
      return { key: checkedKey(contentHash(l.raw)), value: mark };
    }),
  );
}
