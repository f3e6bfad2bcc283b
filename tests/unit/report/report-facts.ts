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

const MARKER = ' (doe je nu niet)';
const listed = (name: string, notDone?: boolean): ListedTask =>
  name.endsWith(MARKER)
    ? { task: name.slice(0, -MARKER.length), notDone: true }
    : { task: name, notDone: notDone ?? false };

// biome-ignore lint/suspicious/noExplicitAny: the shape of ReportData is read defensively while it changes.
type Loose = any;

/** A task entry as the report keeps it: a name, or an object with a name and a notDone flag. */
function toListed(entry: Loose): ListedTask {
  if (typeof entry === 'string') return listed(entry);
  return listed(String(entry?.task ?? entry?.name ?? entry?.title ?? ''), entry?.notDone === true);
}
const toListedAll = (entries: Loose): ListedTask[] => (Array.isArray(entries) ? entries.map(toListed) : []);

export function reportFacts(data: ReportData): ReportFacts {
  const work: Loose = data.work;
  const talent: Loose = data.talent;
  const passendGroups: Loose[] = work?.passendByDrivers ?? [];
  const passend = passendGroups.flatMap((g: Loose) =>
    toListedAll(g.tasks).map((t) => ({ ...t, drivers: [...(g.drivers ?? [])] as string[] })),
  );
  const minder: Loose = work?.minder ?? { veel: [], deel: [] };
  const topGroups: string[][] = Array.isArray(talent?.topGroups)
    ? talent.topGroups.map((g: Loose[]) => g.map((d: Loose) => String(d.id)))
    : Array.isArray(talent?.top)
      ? talent.top.map((d: Loose) => [String(d.id)])
      : [];
  return {
    sterk: toListedAll(work?.sterk),
    nietLeuk: toListedAll(work?.nietLeuk),
    kansen: toListedAll(work?.kansen),
    passend,
    passendMore: Number(work?.passendMore ?? 0),
    minder: { veel: toListedAll(minder.veel), deel: toListedAll(minder.deel) },
    leftOut: toListedAll(work?.leftOut),
    leftOutCount: Array.isArray(work?.leftOut) ? work.leftOut.length : Number(work?.leftOut ?? 0),
    notDoneCount: Number(work?.notDone ?? 0),
    shares: work?.timeShare ?? null,
    taskCount: work?.taskCount ?? { groeit: 0, blijft: 0, krimpt: 0 },
    match: {
      score: work?.match?.score ?? null,
      liking: work?.match?.parts?.liking ?? null,
      ability: work?.match?.parts?.ability ?? null,
      time: work?.match?.parts?.timeShare ?? null,
    },
    topGroups,
    noTopReason: talent?.noTopReason ?? null,
    drivers: (talent?.drivers ?? []).map((d: Loose) => ({ id: String(d.id), score: d.score ?? null })),
    goodTasks: data.strengths.flatMap((s: Loose) => toListedAll(s.tasks)),
    talk: data.talkingPoints.map((p: Loose) => ({
      kind: String(p.kind),
      tasks: toListedAll(p.tasks),
      ...(p.timeWord ? { timeWord: p.timeWord } : {}),
    })),
  };
}
