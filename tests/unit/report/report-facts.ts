/**
 * What the issue-13 tests read from ReportData, in one place: the personas test and the property
 * test assert on these facts, so a renamed field of ReportData is fixed here, not in every test.
 * Task names are returned as the report shows them; notDone is the R6 marker.
 */
import type { ReportData } from '../../../src/domain/report';

export interface ListedTask {
  task: string;
  notDone: boolean;
}

export interface ReportFacts {
  sterk: ListedTask[];
  nietLeuk: ListedTask[];
  kansen: ListedTask[];
  /** R13, in shown order, with the driver titles of its group. */
  passend: (ListedTask & { drivers: string[] })[];
  passendMore: number;
  minder: { veel: ListedTask[]; deel: ListedTask[] };
  leftOut: ListedTask[];
  leftOutCount: number;
  notDoneCount: number;
  /** Printed shares (rounded to 5), null when no time is given. */
  shares: { groeit: number; blijft: number; krimpt: number } | null;
  taskCount: { groeit: number; blijft: number; krimpt: number };
  match: { score: number | null; liking: number | null; ability: number | null; time: number | null };
  /** Driver ids per tie group, highest first. */
  topGroups: string[][];
  noTopReason: string | null;
  /** Every driver with its printed (rounded) score. */
  drivers: { id: string; score: number | null }[];
  /** Tasks named on page 1 under "Dit gaat al goed". */
  goodTasks: ListedTask[];
  /** Talking points with the tasks they name; timeWord for the "minder" point. */
  talk: { kind: string; tasks: ListedTask[]; timeWord?: 'veel' | 'deel' }[];
}

export function reportFacts(data: ReportData): ReportFacts {
  const work = data.work;
  const talent = data.talent;
  const named = (tasks: readonly string[]): ListedTask[] => tasks.map((task) => ({ task, notDone: false }));
  const copy = (tasks: readonly ListedTask[] | undefined): ListedTask[] =>
    (tasks ?? []).map(({ task, notDone }) => ({ task, notDone }));
  return {
    sterk: copy(work?.sterk),
    nietLeuk: copy(work?.nietLeuk),
    kansen: copy(work?.kansen),
    passend: (work?.passend.groups ?? []).flatMap((g) => copy(g.tasks).map((t) => ({ ...t, drivers: [...g.drivers] }))),
    passendMore: work?.passend.more ?? 0,
    minder: { veel: named(work?.minder.much ?? []), deel: named(work?.minder.part ?? []) },
    leftOut: named(work?.leftOut ?? []),
    leftOutCount: work?.leftOut.length ?? 0,
    notDoneCount: work?.notDone.count ?? 0,
    shares: work?.timeShare ? { ...work.timeShare } : null,
    taskCount: work ? { ...work.taskCount } : { groeit: 0, blijft: 0, krimpt: 0 },
    match: {
      score: work?.match.score ?? null,
      liking: work?.match.liking.value ?? null,
      ability: work?.match.ability.value ?? null,
      time: work?.match.parts.timeShare ?? null,
    },
    topGroups: (talent?.topGroups ?? []).map((g) => g.map((d) => d.id)),
    noTopReason: talent?.noTopReason ?? null,
    drivers: (talent?.drivers ?? []).map((d) => ({ id: d.id, score: d.score })),
    goodTasks: data.strengths.flatMap((s) => (s.kind === 'taken' ? copy(s.tasks) : [])),
    talk: data.talkingPoints.map((p) => {
      if (p.kind === 'minder') return { kind: p.kind, tasks: named(p.tasks), timeWord: p.much ? 'veel' : 'deel' };
      return { kind: p.kind, tasks: 'tasks' in p ? copy(p.tasks) : [] };
    }),
  };
}
