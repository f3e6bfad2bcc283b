/**
 * P1–P6 of issue 13 (spec §K): random answer sets for every real task pack with the two general
 * questionnaires, through buildReport. Each task: time from the pack's time answers (R1: five) or
 * missing; liking and ability random or missing; statements and choices random or missing.
 * Seeded, so a failure can be replayed. The facts read from ReportData: ./report-facts.ts.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../../src/domain/answers';
import { allItems, type Item, type Questionnaire } from '../../../src/domain/format';
import { questionsAsked } from '../../../src/domain/kinds';
import { buildReport, type ReportData } from '../../../src/domain/report';
import { realQuestionnaires, scanQuestionnaires } from '../../fixtures/report/real-files';
import { notFinite } from '../domain/numbers';
import { type ListedTask, reportFacts } from './report-facts';

const RUNS = { seed: 20_261_206, numRuns: 200 } as const;
// 200 reports per property and pack take a few seconds; on a busy machine more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
const real = realQuestionnaires();
const scan = {
  id: 'scan-property',
  createdAt: '2026-03-02T08:30:00.000Z',
  updatedAt: '2026-03-02T08:52:00.000Z',
  finishedAt: '2026-03-02T08:52:00.000Z',
};

type Answers = Record<string, Record<string, AnswerValue>>;
interface TaskAnswer {
  time?: number;
  liking?: number;
  ability?: number;
}
interface TaskInfo {
  id: string;
  task: string;
  trend: 'groeit' | 'blijft' | 'krimpt';
  /** Liking is asked for this task's trend (R2); a value stored for a question not asked is ignored. */
  likingAsked: boolean;
}

function packFacts(pack: Questionnaire) {
  const questions = pack.taskQuestions;
  if (!questions) throw new Error(`${pack.id} has no task questions`);
  const tasks: TaskInfo[] = allItems(pack).flatMap((item) =>
    item.kind === 'task'
      ? [
          {
            id: item.id,
            task: item.task,
            trend: item.trend,
            likingAsked: questionsAsked(pack, item).includes('liking'),
          },
        ]
      : [],
  );
  const time = questions.time.options;
  const leavesOut = time.find((o) => (o as { leavesOut?: true }).leavesOut)?.value;
  const notDone = time.find((o) => (o as { notDone?: true }).notDone)?.value;
  const weight = new Map(time.map((o) => [o.value, o.weight]));
  const label = new Map(time.map((o) => [o.value, o.label]));
  const lowestLiking = Math.min(...questions.liking.options.map((o) => o.value));
  return { questions, tasks, leavesOut, notDone, weight, label, lowestLiking };
}

/** A random answer for a non-task item, or undefined (not answered). */
function randomAnswer(g: fc.GeneratorValue, q: Questionnaire, item: Item): AnswerValue | undefined {
  if (g(fc.integer, { min: 0, max: 5 }) === 0) return undefined;
  switch (item.kind) {
    case 'statement': {
      const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 6;
      return g(fc.integer, { min: 1, max: points });
    }
    case 'single':
      return g(fc.constantFrom, ...item.options.map((o) => o.id));
    case 'multi':
      return g(
        fc.shuffledSubarray,
        item.options.map((o) => o.id),
        { minLength: 1, maxLength: item.max },
      );
    case 'text':
      return g(fc.constantFrom, 'Ik wil meer leren.', 'Iets buiten de gemeente misschien.', '');
    default:
      return undefined;
  }
}

function randomScan(g: fc.GeneratorValue, questionnaires: Questionnaire[]): Answers {
  const answers: Answers = {};
  for (const q of questionnaires) {
    const own: Record<string, AnswerValue> = {};
    const timeValues = q.taskQuestions?.time.options.map((o) => o.value) ?? [];
    const likingValues = q.taskQuestions?.liking.options.map((o) => o.value) ?? [];
    const abilityValues = q.taskQuestions?.ability.options.map((o) => o.value) ?? [];
    const maybe = (values: number[]) => g(fc.option, fc.constantFrom(...values), { nil: undefined });
    for (const item of allItems(q)) {
      if (item.kind === 'task') {
        const answer: TaskAnswer = {};
        const time = maybe(timeValues);
        const liking = maybe(likingValues);
        const ability = maybe(abilityValues);
        if (time !== undefined) answer.time = time;
        if (liking !== undefined) answer.liking = liking;
        if (ability !== undefined) answer.ability = ability;
        if (Object.keys(answer).length > 0) own[item.id] = answer as AnswerValue;
      } else {
        const value = randomAnswer(g, q, item);
        if (value !== undefined) own[item.id] = value;
      }
    }
    answers[q.id] = own;
  }
  return answers;
}

const report = (questionnaires: Questionnaire[], answers: Answers): ReportData =>
  buildReport({ scan, questionnaires, answers, plan: null, earlier: null });

/**
 * Shares rounded to 5 by largest remainder over 20 units; ties in the order groeit, blijft, krimpt
 * (R7). Whole numbers only: a remainder is (points × 20) mod total, so equal remainders are equal.
 */
function roundedShares(weights: Record<'groeit' | 'blijft' | 'krimpt', number>) {
  const order = ['groeit', 'blijft', 'krimpt'] as const;
  const total = order.reduce((sum, t) => sum + weights[t], 0);
  if (total === 0) return null;
  const units = order.map((t) => Math.floor((weights[t] * 20) / total));
  const remainders = order.map((t) => (weights[t] * 20) % total);
  let rest = 20 - units.reduce((a, b) => a + b, 0);
  const byRemainder = [0, 1, 2].sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b);
  for (const i of byRemainder) if (rest-- > 0) units[i] = (units[i] as number) + 1;
  return { groeit: (units[0] as number) * 5, blijft: (units[1] as number) * 5, krimpt: (units[2] as number) * 5 };
}

describe.each(real.packs.map((p) => [p.id, p] as const))('the report for random answers, pack %s', (packId, pack) => {
  const questionnaires = scanQuestionnaires(real, packId);
  const facts = packFacts(pack);
  const byName = new Map(facts.tasks.map((t) => [t.task, t]));
  const answerOf = (answers: Answers, id: string) => (answers[packId]?.[id] ?? {}) as TaskAnswer;
  const taskOf = (listed: ListedTask) => {
    const info = byName.get(listed.task);
    expect(info, `"${listed.task}" is a task of ${packId}`).toBeDefined();
    return info as TaskInfo;
  };

  /** Hoe leuk / hoe goed, exact: whole numbers until the one division (9 points of 24 is exactly 37.5). */
  const exactPart = (answers: Answers, key: 'liking' | 'ability') => {
    const points = facts.tasks
      .filter((t) => t.trend === 'groeit')
      .map((t) => answerOf(answers, t.id))
      .filter((a) => a.time !== facts.leavesOut && a[key] !== undefined)
      .map((a) => (a[key] as number) - 1);
    return points.length === 0 ? null : (100 * points.reduce((x, y) => x + y, 0)) / (3 * points.length);
  };

  it('offers the five time answers of R1, with "Doe ik nu niet" and "Komt bij ons niet voor of weet ik niet"', () => {
    const options = facts.questions.time.options.map((o) => [o.value, o.label, o.weight]);
    expect(options).toEqual([
      [0, 'Doe ik nu niet', 0],
      [1, 'Weinig', 1],
      [2, 'Een deel', 3],
      [3, 'Veel', 6],
      [9, 'Komt bij ons niet voor of weet ik niet', 0],
    ]);
    expect(facts.notDone).toBe(0);
    expect(facts.leavesOut).toBe(9);
  });

  it('P1: no task answered "Niet leuk" in sterk, passend, kansen, "Dit gaat al goed" or a talking point but nietLeuk (R15)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomScan(g, questionnaires);
        const f = reportFacts(report(questionnaires, answers));
        const positive = [
          ...f.sterk.map((t) => ['sterk', t] as const),
          ...f.passend.map((t) => ['passend', t] as const),
          ...f.kansen.map((t) => ['kansen', t] as const),
          ...f.goodTasks.map((t) => ['Dit gaat al goed', t] as const),
          ...f.talk.filter((p) => p.kind !== 'nietLeuk').flatMap((p) => p.tasks.map((t) => [p.kind, t] as const)),
        ];
        for (const [where, listed] of positive) {
          const info = taskOf(listed);
          // Work that wordt minder (the "minder" point) has no liking question: nothing to check.
          if (!info.likingAsked) continue;
          const answer = answerOf(answers, info.id);
          expect(answer.liking, `${listed.task} in ${where}`).not.toBe(facts.lowestLiking);
          expect(answer.liking, `${listed.task} in ${where} has a liking answer`).toBeDefined();
        }
        // The positive lists hold only work that wordt meer, where liking is asked.
        for (const listed of [...f.sterk, ...f.passend, ...f.kansen, ...f.goodTasks])
          expect(taskOf(listed).likingAsked, `${listed.task} is work that wordt meer`).toBe(true);
        // The neutral group holds exactly the other side: "Niet leuk", done, able (R11).
        for (const listed of f.nietLeuk)
          expect(answerOf(answers, taskOf(listed).id).liking, listed.task).toBe(facts.lowestLiking);
      }),
      RUNS,
    );
  });

  it('P2: no time word stronger than the answer: "veel tijd" only for Veel, "een deel" only for Een deel (R14, R35)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomScan(g, questionnaires);
        const f = reportFacts(report(questionnaires, answers));
        const wordOf = (listed: ListedTask) => facts.label.get(answerOf(answers, taskOf(listed).id).time ?? -1);
        for (const t of f.minder.veel) expect(wordOf(t), `${t.task} under "Dit kost je nu veel tijd"`).toBe('Veel');
        for (const t of f.minder.deel) expect(wordOf(t), `${t.task} under "een deel van je tijd"`).toBe('Een deel');
        for (const point of f.talk.filter((p) => p.timeWord))
          for (const t of point.tasks)
            expect(wordOf(t), `${t.task} in the "${point.timeWord}" talking point`).toBe(
              point.timeWord === 'veel' ? 'Veel' : 'Een deel',
            );
        // Sterk says "Je doet het al": never a task not done now or without a time answer (R10).
        for (const t of f.sterk) {
          const time = answerOf(answers, taskOf(t).id).time;
          expect(time === undefined || time === facts.notDone || time === facts.leavesOut, t.task).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('P3: a left-out task is in no list, share, count, onderdeel or talking point, and its liking/ability change nothing (R5)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomScan(g, questionnaires);
        const data = report(questionnaires, answers);
        const f = reportFacts(data);
        const leftOut = facts.tasks.filter((t) => answerOf(answers, t.id).time === facts.leavesOut);
        const leftOutNames = new Set(leftOut.map((t) => t.task));
        const everywhere = [
          ...f.sterk,
          ...f.nietLeuk,
          ...f.kansen,
          ...f.passend,
          ...f.minder.veel,
          ...f.minder.deel,
          ...f.goodTasks,
          ...f.talk.flatMap((p) => p.tasks),
        ];
        for (const t of everywhere) expect(leftOutNames.has(t.task), `left-out task ${t.task} is listed`).toBe(false);
        expect(f.leftOutCount).toBe(leftOut.length);
        expect(f.leftOut.map((t) => t.task)).toEqual(leftOut.map((t) => t.task));

        // Shares and counts over counted tasks only, never counted as zero.
        const weights = { groeit: 0, blijft: 0, krimpt: 0 };
        const counts = { groeit: 0, blijft: 0, krimpt: 0 };
        for (const t of facts.tasks) {
          const time = answerOf(answers, t.id).time;
          if (time === facts.leavesOut) continue;
          counts[t.trend] += 1;
          if (time !== undefined) weights[t.trend] += facts.weight.get(time) ?? 0;
        }
        // Over counted tasks only; how ties are rounded is checked on its own (R7 below).
        const total = weights.groeit + weights.blijft + weights.krimpt;
        if (total === 0) expect(f.shares).toBeNull();
        else
          for (const trend of ['groeit', 'blijft', 'krimpt'] as const)
            expect(
              Math.abs((f.shares?.[trend] ?? Number.NaN) - (100 * weights[trend]) / total),
              `${trend}: time points per trend ${JSON.stringify(weights)}, shares ${JSON.stringify(f.shares)}`,
            ).toBeLessThan(5);
        expect(f.taskCount).toEqual(counts);

        // The liking and ability onderdelen: the exact mean over counted growing tasks with an answer,
        // rounded to a whole number (R22; 37.5 is 38).
        for (const key of ['liking', 'ability'] as const) {
          const exact = exactPart(answers, key);
          const shown = key === 'liking' ? f.match.liking : f.match.ability;
          expect(shown, `${key}: exact ${exact}`).toBe(exact === null ? null : Math.round(exact));
        }

        // Other liking and ability on the left-out tasks: the same report data.
        if (leftOut.length > 0) {
          const changed: Answers = { ...answers, [packId]: { ...answers[packId] } };
          for (const t of leftOut) {
            const liking = g(fc.option, fc.integer({ min: 1, max: 4 }), { nil: undefined });
            const ability = g(fc.option, fc.integer({ min: 1, max: 4 }), { nil: undefined });
            (changed[packId] as Record<string, AnswerValue>)[t.id] = {
              time: facts.leavesOut as number,
              ...(liking === undefined ? {} : { liking }),
              ...(ability === undefined ? {} : { ability }),
            } as AnswerValue;
          }
          expect(report(questionnaires, changed)).toEqual(data);
        }
      }),
      RUNS,
    );
  });

  it('P4: no NaN or Infinity anywhere in ReportData', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        expect(notFinite(report(questionnaires, randomScan(g, questionnaires)))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('P5: every printed share is a multiple of 5, the three add up to 100, exact ties in trend order (R7)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomScan(g, questionnaires);
        const f = reportFacts(report(questionnaires, answers));
        // Largest remainders over 20 units of 5; equal remainders go to wordt meer, blijft gelijk, wordt minder.
        const weights = { groeit: 0, blijft: 0, krimpt: 0 };
        for (const t of facts.tasks) {
          const time = answerOf(answers, t.id).time;
          if (time !== undefined && time !== facts.leavesOut) weights[t.trend] += facts.weight.get(time) ?? 0;
        }
        expect(f.shares, `time points per trend ${JSON.stringify(weights)}`).toEqual(roundedShares(weights));
        if (f.shares === null) return;
        const shares = [f.shares.groeit, f.shares.blijft, f.shares.krimpt];
        for (const share of shares) expect(share % 5, `${share}`).toBe(0);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
      }),
      RUNS,
    );
  });

  it('P6: top drivers come in whole tie groups above 50, never split by file order (R16)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const f = reportFacts(report(questionnaires, randomScan(g, questionnaires)));
        const score = new Map(f.drivers.map((d) => [d.id, d.score]));
        const inTop = new Set(f.topGroups.flat());
        for (const group of f.topGroups) {
          expect(group.length).toBeGreaterThan(0);
          expect(new Set(group.map((id) => score.get(id))).size, `one score per group: ${group}`).toBe(1);
          expect(score.get(group[0] as string) as number).toBeGreaterThan(50);
        }
        const groupScores = f.topGroups.map((group) => score.get(group[0] as string) as number);
        for (let i = 1; i < groupScores.length; i++)
          expect(groupScores[i], 'groups from high to low').toBeLessThan(groupScores[i - 1] as number);
        for (const a of f.drivers)
          for (const b of f.drivers)
            if (a.score !== null && a.score === b.score)
              expect(inTop.has(a.id), `${a.id} and ${b.id} both score ${a.score}`).toBe(inTop.has(b.id));
        // Never every driver (step 4), never more groups than needed to reach 3 (step 3).
        if (f.drivers.length > 0) expect(inTop.size).toBeLessThan(f.drivers.length);
        const beforeLast = f.topGroups.slice(0, -1).flat().length;
        expect(beforeLast).toBeLessThan(3);
        // Why there is no top (R16-5): nothing above 50, or everything tied.
        const scored = f.drivers.filter((d) => d.score !== null);
        if (f.topGroups.length > 0) expect(f.noTopReason).toBeNull();
        else if (scored.some((d) => (d.score as number) > 50)) expect(f.noTopReason).toBe('allEqual');
        else if (scored.length > 0) expect(f.noTopReason).toBe('noneAbove');
      }),
      RUNS,
    );
  });
});
