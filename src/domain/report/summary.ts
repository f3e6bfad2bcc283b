/**
 * "In het kort": how much is answered, what already goes well (R34), and three points to talk about
 * (R35). Only positive lists feed "Dit gaat al goed"; a task answered "Niet leuk" never does (R15).
 */
import type { DirectionView } from './conversation';
import type { MindsetView } from './mindset';
import type { TalentView } from './talent';
import type { ListTask, WorkView } from './work';

export interface Progress {
  questionnaireId: string;
  title: string;
  answered: number;
  total: number;
}

export type TalkingPoint =
  | { kind: 'sterk'; tasks: ListTask[] }
  | { kind: 'drijfveren'; groups: string[][]; tasks: ListTask[] }
  | { kind: 'mindset'; areas: string[] }
  | { kind: 'kansen'; tasks: ListTask[] }
  | { kind: 'groeien'; tasks: ListTask[] }
  | { kind: 'nietLeuk'; tasks: ListTask[] }
  /** much: the tasks were answered "Veel"; otherwise "Een deel" (the answer's own word, R14). */
  | { kind: 'minder'; much: boolean; tasks: string[] }
  | { kind: 'krimp'; share: number }
  | { kind: 'richting'; chosen: string[] }
  | { kind: 'steun' };

/** One thing that already goes well, in the person's own answers. */
export type Strength =
  /** more: how many strong tasks are not listed. */
  | { kind: 'taken'; tasks: ListTask[]; more: number }
  /** The top of what gives energy, as tie groups. */
  | { kind: 'drijfveren'; groups: string[][] }
  | { kind: 'mindset'; areas: string[] };

/** Tasks in a talking point. */
const POINT_TASKS = 2;
/** Tasks on page 1 under "Dit gaat al goed" (our own readability choice, R34). */
const STRONG_TASKS = 3;

export function talkingPoints(
  work: WorkView | null,
  talent: TalentView | null,
  mindset: MindsetView | null,
  direction: DirectionView | null = null,
): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const first = <T>(list: readonly T[]) => list.slice(0, POINT_TASKS);
  // 1. A strength to build on.
  if (work && work.sterk.length > 0) points.push({ kind: 'sterk', tasks: first(work.sterk) });
  else if (talent && talent.topGroups.length > 0)
    points.push({
      kind: 'drijfveren',
      groups: talent.topGroups.map((g) => g.map((d) => d.title)),
      tasks: first((work?.passend.groups ?? []).flatMap((g) => g.tasks)),
    });
  else if (mindset && mindset.strongest.length > 0)
    points.push({ kind: 'mindset', areas: mindset.strongest.map((a) => a.title) });
  // 2. Where you can grow.
  if (work && work.kansen.length > 0) points.push({ kind: 'kansen', tasks: first(work.kansen) });
  else if (work && work.groeien.length > 0) points.push({ kind: 'groeien', tasks: first(work.groeien) });
  else if (work && work.nietLeuk.length > 0) points.push({ kind: 'nietLeuk', tasks: first(work.nietLeuk) });
  // 3. What changes: work that wordt minder and takes your time now, in the answer's own word.
  if (work && work.minder.much.length > 0) points.push({ kind: 'minder', much: true, tasks: first(work.minder.much) });
  else if (work && work.minder.part.length > 0)
    points.push({ kind: 'minder', much: false, tasks: first(work.minder.part) });
  else if (work?.timeShare && work.timeShare.krimpt > 0) points.push({ kind: 'krimp', share: work.timeShare.krimpt });
  if (points.length < 3) points.push({ kind: 'richting', chosen: [...(direction?.chosen ?? [])] });
  if (points.length < 3) points.push({ kind: 'steun' });
  return points.slice(0, 3);
}

/** R34: strong work first, then the top of what gives energy, then the strongest mindset areas. */
export function strengths(work: WorkView | null, talent: TalentView | null, mindset: MindsetView | null): Strength[] {
  const out: Strength[] = [];
  if (work && work.sterk.length > 0)
    out.push({
      kind: 'taken',
      tasks: work.sterk.slice(0, STRONG_TASKS),
      more: Math.max(0, work.sterk.length - STRONG_TASKS),
    });
  if (talent && talent.topGroups.length > 0)
    out.push({ kind: 'drijfveren', groups: talent.topGroups.map((g) => g.map((d) => d.title)) });
  if (mindset && mindset.strongest.length > 0)
    out.push({ kind: 'mindset', areas: mindset.strongest.map((a) => a.title) });
  return out;
}
