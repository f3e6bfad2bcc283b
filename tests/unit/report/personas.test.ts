/**
 * T1 of issue 13 through the data: the six hand-worked personas (tests/fixtures/report/personas.ts,
 * from /work/notes/issue13-personas.md) with the real questionnaires, through buildReport. Every
 * list member by member and in order, the match figure and its three onderdelen, the top-driver
 * tie groups and the left-out count. The sentences are asserted on the rendered report
 * (tests/component/report/personas.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report';
import { type LeadList, PERSONAS } from '../../fixtures/report/personas';
import { realQuestionnaires, scanQuestionnaires } from '../../fixtures/report/real-files';
import { notFinite } from '../domain/numbers';
import { type ListedTask, reportFacts } from './report-facts';

const real = realQuestionnaires();
const scan = {
  id: 'scan-persona',
  createdAt: '2026-03-02T08:30:00.000Z',
  updatedAt: '2026-03-02T08:52:00.000Z',
  finishedAt: '2026-03-02T08:52:00.000Z',
};

/** As the lists print a task: its name, with the R6 marker when not done now. */
const shown = (t: ListedTask) => (t.notDone ? `${t.task} (doe je nu niet)` : t.task);
/** R32: lower-case inside a sentence, unless the first word has two capitals (BRP, DigiD). */
const inSentence = (name: string) => {
  const first = name.split(' ')[0] ?? '';
  return (first.match(/[A-Z]/g) ?? []).length >= 2 ? name : name.charAt(0).toLowerCase() + name.slice(1);
};
const countIn = (sentence: string | null, pattern: RegExp) => Number(sentence?.match(pattern)?.[1] ?? 0);

describe.each(PERSONAS.map((p) => [p.id, p] as const))('the report data of persona %s', (_id, persona) => {
  const e = persona.expected;
  const questionnaires = scanQuestionnaires(real, persona.pack);
  const build = () => buildReport({ scan, questionnaires, answers: persona.answers, plan: null, earlier: null });

  it('lists sterk, the neutral group and kansen member by member, in file order (R10, R11, R12)', () => {
    const f = reportFacts(build());
    expect(f.sterk.map(shown)).toEqual(e.sterk);
    expect(f.nietLeuk.map(shown)).toEqual(e.nietLeuk);
    expect(f.kansen.map(shown)).toEqual(e.kansen);
  });

  it('selects at most five fitting tasks, grouped by their top drivers, and counts the rest (R13)', () => {
    const f = reportFacts(build());
    const groups: { label: string; tasks: string[] }[] = [];
    for (const t of f.passend) {
      const label = `Past bij ${t.drivers.map(inSentence).join(' en bij ')}:`;
      const last = groups[groups.length - 1];
      if (last?.label === label) last.tasks.push(shown(t));
      else groups.push({ label, tasks: [shown(t)] });
    }
    expect(groups).toEqual(e.passend);
    expect(f.passend.length).toBeLessThanOrEqual(5);
    expect(f.passendMore).toBe(countIn(e.passendNote, /nog (\d+)/));
  });

  it("splits the work that wordt minder by the answer's own time word (R14)", () => {
    const f = reportFacts(build());
    expect(f.minder.veel.map(shown)).toEqual(e.minder.veel);
    expect(f.minder.deel.map(shown)).toEqual(e.minder.deel);
  });

  it('never lists a task answered "Niet leuk" as positive (R15)', () => {
    const f = reportFacts(build());
    const positive = [...f.sterk, ...f.passend, ...f.kansen, ...f.goodTasks].map((t) => t.task);
    for (const task of e.likingNietLeuk) expect(positive, task).not.toContain(task);
    for (const point of f.talk.filter((p) => p.kind !== 'nietLeuk'))
      for (const task of e.likingNietLeuk)
        expect(
          point.tasks.map((t) => t.task),
          `${point.kind}: ${task}`,
        ).not.toContain(task);
  });

  it('leaves out the tasks answered "Komt bij ons niet voor of weet ik niet" and counts the ones not done now (R5, R6)', () => {
    const f = reportFacts(build());
    expect(f.leftOutCount).toBe(e.leftOut.length);
    expect(f.leftOut.map(shown)).toEqual(e.leftOut);
    expect(f.notDoneCount).toBe(countIn(e.notDoneSentences[0] ?? null, /Bij (\d+) taa?k/));
  });

  it('gives the time shares rounded to 5 and the tasks per trend (R7)', () => {
    const f = reportFacts(build());
    expect(f.shares).toEqual(e.shares);
    expect(f.taskCount).toEqual(e.taskCount);
  });

  it('gives the hand-worked match figure and its three onderdelen (R22)', () => {
    const data = build();
    const f = reportFacts(data);
    expect(f.match.score).toBe(e.match.score);
    expect(f.match.liking).toBe(e.match.liking);
    expect(f.match.ability).toBe(e.match.ability);
    expect(f.match.time).toBe(Math.round(e.match.timeExact));
    expect(data.work?.match.exact ?? Number.NaN).toBeCloseTo(e.match.exact, 1);
  });

  it('takes the top drivers as whole tie groups (R16)', () => {
    const f = reportFacts(build());
    expect(f.topGroups).toEqual(e.topGroups);
    expect(f.noTopReason).toBe(e.noTopReason);
  });

  it('names the strong tasks on page 1 and the tasks of the three talking points (R34, R35)', () => {
    const f = reportFacts(build());
    const firstGood = e.good[0];
    expect(f.goodTasks.map(shown)).toEqual(typeof firstGood === 'object' ? (firstGood as LeadList).tasks : []);
    expect(f.talk).toHaveLength(3);
    expect(f.talk.map((p) => p.tasks.map(shown))).toEqual(
      e.talk.map((line) => (typeof line === 'string' ? [] : line.tasks)),
    );
  });

  it('has no NaN or Infinity anywhere (P4)', () => {
    expect(notFinite(build())).toEqual([]);
  });
});

describe('a left-out task of persona veel-niet-bij-ons', () => {
  it('changes nothing when it carries liking "Niet leuk" and ability "Heel goed" (R5, P3)', () => {
    const persona = PERSONAS.find((p) => p.id === 'veel-niet-bij-ons');
    if (!persona) throw new Error('persona veel-niet-bij-ons is missing');
    const questionnaires = scanQuestionnaires(real, persona.pack);
    const build = (answers: typeof persona.answers) =>
      buildReport({ scan, questionnaires, answers, plan: null, earlier: null });
    const pack = persona.answers[persona.pack] ?? {};
    const withStored = {
      ...persona.answers,
      [persona.pack]: {
        ...pack,
        keukentafelgesprek: { time: 9, liking: 1, ability: 4 },
        'eigen-kracht': { time: 9, liking: 4, ability: 1 },
      },
    };
    expect(build(withStored)).toEqual(build(persona.answers));
  });
});
