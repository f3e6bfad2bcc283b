/**
 * One scan being taken: its answers, the screen you are on, what is still open, and the plan.
 * Every change goes to the save queue at once; the signals hold the truth in the meantime, so a
 * failed write never loses an answer.
 *
 * Runtime imports stay free of zod (answers.ts, estimate.ts, items.ts and kinds/ only import types from format.ts):
 * this model is part of the first-load bundle.
 */
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { type AnswerValue, answerProblem, isAnswered } from '../domain/answers';
import { minutesLeft as estimateMinutesLeft } from '../domain/estimate';
import type { Item, Questionnaire, Section } from '../domain/format';
import { allItems, isRequired } from '../domain/items';
import { isEmptyAnswer } from '../domain/kinds';
import type { Plan, Scan, ScanAnswers } from '../domain/scan';
import type { AnswerRecord, QuestionnaireSnapshot, Repository } from '../storage/types';
import { app as text } from '../text/app';
import type { SaveQueue } from './save-queue';
import { SCREEN_TEXTS } from './scan-time';

/** One screen of the scan: a section of one questionnaire. */
export interface ScanStep {
  index: number;
  questionnaire: Questionnaire;
  section: Section;
}

/** A required question that has no (complete) answer yet. */
export interface OpenItem {
  step: ScanStep;
  item: Item;
}

export type PlanPatch = Partial<Omit<Plan, 'scanId'>>;

export interface ScanModel {
  readonly id: string;
  readonly scan: ReadonlySignal<Scan>;
  readonly questionnaires: readonly Questionnaire[];
  readonly snapshots: readonly QuestionnaireSnapshot[];
  readonly answers: ReadonlySignal<ScanAnswers>;
  readonly plan: ReadonlySignal<Plan>;
  readonly steps: readonly ScanStep[];
  /** Screens in total: every section plus the overview before finishing. */
  readonly totalSteps: number;
  /** 0-based; steps.length is the overview. */
  readonly step: ReadonlySignal<number>;
  /** "Stap current van total", 1-based. */
  readonly progress: ReadonlySignal<{ current: number; total: number }>;
  readonly minutesLeft: ReadonlySignal<number>;
  readonly openItems: ReadonlySignal<OpenItem[]>;
  answerOf(questionnaireId: string, itemId: string): AnswerValue | undefined;
  /**
   * One question's answer as a signal: a field that reads it re-renders when its own answer
   * changes, not when any other answer of the scan does (a screen can hold hundreds of questions).
   */
  answerSignal(questionnaireId: string, itemId: string): ReadonlySignal<AnswerValue | undefined>;
  /** Stores an answer (undefined clears it). Returns a Dutch problem when the value does not fit. */
  answer(questionnaireId: string, itemId: string, value: AnswerValue | undefined): string | undefined;
  /** Remembers the screen you are on, so a reload comes back to it. */
  visit(step: number): void;
  /** One screen on or back; returns the new 1-based step for the address. */
  next(): number;
  back(): number;
  finish(): void;
  updatePlan(patch: PlanPatch): void;
  /** The plan as storage should have it; undefined while nobody has written one. */
  planRecord(): Plan | undefined;
  /** Answer records as they are (or should be) in storage, for export. */
  answerRecords(): AnswerRecord[];
}

export interface ScanModelInput {
  scan: Scan;
  questionnaires: readonly Questionnaire[];
  snapshots: readonly QuestionnaireSnapshot[];
  answers: ScanAnswers;
  plan: Plan | undefined;
  repository: Repository;
  queue: SaveQueue;
  now: () => Date;
}

export function emptyPlan(scanId: string, at: string): Plan {
  return { scanId, name: '', goals: '', firstSteps: '', support: '', nextTalk: '', hiddenSections: [], updatedAt: at };
}

export function scanSteps(questionnaires: readonly Questionnaire[]): ScanStep[] {
  const steps: ScanStep[] = [];
  for (const questionnaire of questionnaires)
    for (const section of questionnaire.sections) steps.push({ index: steps.length, questionnaire, section });
  return steps;
}

const answerKey = (scanId: string, questionnaireId: string, itemId: string) =>
  `scan:${scanId}:answer:${questionnaireId}:${itemId}`;

export function createScanModel(input: ScanModelInput): ScanModel {
  const { repository, queue, now } = input;
  const id = input.scan.id;
  const steps = scanSteps(input.questionnaires);
  const totalSteps = steps.length + 1;
  const clampStep = (n: number) => Math.min(Math.max(0, Math.trunc(n) || 0), steps.length);

  const scan = signal<Scan>({ ...input.scan, step: clampStep(input.scan.step) });
  const answers = signal<ScanAnswers>(input.answers);
  const plan = signal<Plan>(input.plan ?? emptyPlan(id, input.scan.createdAt));
  let planWritten = input.plan !== undefined;
  const step = computed(() => scan.value.step);
  /** When each answer of this session was given; older ones keep the time in storage. */
  const answeredAt = new Map<string, string>();
  const byId = new Map(input.questionnaires.map((q) => [q.id, q]));

  const itemsById = new Map(
    // Reversed, so the first item of an id wins, as a search from the start would find it.
    input.questionnaires.map((q) => [
      q.id,
      new Map(
        allItems(q)
          .map((i): [string, Item] => [i.id, i])
          .reverse(),
      ),
    ]),
  );

  const answerOf = (questionnaireId: string, itemId: string) => answers.value[questionnaireId]?.[itemId];
  const answerSignals = new Map<string, ReadonlySignal<AnswerValue | undefined>>();
  const answerSignal = (questionnaireId: string, itemId: string) => {
    const key = `${questionnaireId}\u0000${itemId}`;
    let one = answerSignals.get(key);
    if (!one) {
      one = computed(() => answers.value[questionnaireId]?.[itemId]);
      answerSignals.set(key, one);
    }
    return one;
  };
  const answeredIn = (q: Questionnaire, item: Item, all: ScanAnswers) => isAnswered(q, item, all[q.id]?.[item.id]);

  const openItems = computed(() => {
    const all = answers.value;
    const open: OpenItem[] = [];
    for (const s of steps)
      for (const item of s.section.items)
        if (isRequired(item) && !answeredIn(s.questionnaire, item, all)) open.push({ step: s, item });
    return open;
  });

  const progress = computed(() => ({ current: step.value + 1, total: totalSteps }));

  const minutesLeft = computed(() => {
    const all = answers.value;
    const remaining = steps.slice(Math.min(step.value, steps.length)).map((s) => ({
      questionnaire: s.questionnaire,
      section: s.section,
      last: s.index === steps.length - 1,
    }));
    return estimateMinutesLeft(remaining, SCREEN_TEXTS, (q, item) => answeredIn(q, item, all));
  });

  const saveScan = (next: Scan) => {
    scan.value = next;
    void queue.save(`scan:${id}:record`, () => repository.putScan(next));
  };

  const visit = (target: number) => {
    const next = clampStep(target);
    if (next === scan.peek().step) return;
    saveScan({ ...scan.peek(), step: next, updatedAt: now().toISOString() });
  };

  return {
    id,
    scan,
    questionnaires: input.questionnaires,
    snapshots: input.snapshots,
    answers,
    plan,
    steps,
    totalSteps,
    step,
    progress,
    minutesLeft,
    openItems,
    answerOf,
    answerSignal,
    answer(questionnaireId, itemId, value) {
      const q = byId.get(questionnaireId);
      const item = itemsById.get(questionnaireId)?.get(itemId);
      if (!q || !item) return text.itemNotInScan;
      const cleared = value === undefined || isEmptyAnswer(item, value);
      if (!cleared) {
        const problem = answerProblem(q, item, value);
        if (problem) return problem;
      }
      const at = now().toISOString();
      const forQuestionnaire = { ...(answers.value[questionnaireId] ?? {}) };
      if (cleared) delete forQuestionnaire[itemId];
      else forQuestionnaire[itemId] = value;
      // One update for the screen: the answer and the scan's time change together, after both writes started.
      batch(() => {
        answers.value = { ...answers.value, [questionnaireId]: forQuestionnaire };
        const key = answerKey(id, questionnaireId, itemId);
        if (cleared) {
          answeredAt.delete(key);
          void queue.save(key, () => repository.deleteAnswer(id, questionnaireId, itemId));
        } else {
          answeredAt.set(key, at);
          const record: AnswerRecord = { scanId: id, questionnaireId, itemId, value, answeredAt: at };
          void queue.save(key, () => repository.putAnswer(record));
        }
        saveScan({ ...scan.value, updatedAt: at });
      });
      return undefined;
    },
    visit,
    next() {
      visit(scan.peek().step + 1);
      return scan.peek().step + 1;
    },
    back() {
      visit(scan.peek().step - 1);
      return scan.peek().step + 1;
    },
    finish() {
      const at = now().toISOString();
      saveScan({ ...scan.value, status: 'klaar', finishedAt: scan.value.finishedAt ?? at, updatedAt: at });
    },
    updatePlan(patch) {
      const next: Plan = { ...plan.value, ...patch, scanId: id, updatedAt: now().toISOString() };
      plan.value = next;
      planWritten = true;
      void queue.save(`scan:${id}:plan`, () => repository.putPlan(next));
    },
    planRecord() {
      return planWritten ? plan.peek() : undefined;
    },
    answerRecords() {
      const records: AnswerRecord[] = [];
      const fallback = scan.value.updatedAt;
      for (const [questionnaireId, items] of Object.entries(answers.value))
        for (const [itemId, value] of Object.entries(items))
          records.push({
            scanId: id,
            questionnaireId,
            itemId,
            value,
            answeredAt: answeredAt.get(answerKey(id, questionnaireId, itemId)) ?? fallback,
          });
      return records;
    },
  };
}
