/** "In het kort": how much is answered, the strengths, and three points to talk about. */
import type { MindsetView } from './mindset';
import type { TalentView } from './talent';
import type { WorkView } from './work';

export interface Progress {
  questionnaireId: string;
  title: string;
  answered: number;
  total: number;
}

export type TalkingPoint =
  | { kind: 'sterk'; tasks: string[] }
  | { kind: 'drijfveren'; drivers: string[]; tasks: string[] }
  | { kind: 'mindset'; area: string }
  | { kind: 'kansen'; tasks: string[] }
  | { kind: 'groeien'; tasks: string[] }
  | { kind: 'loslaten'; tasks: string[]; share: number | null }
  | { kind: 'krimp'; share: number }
  | { kind: 'richting' }
  | { kind: 'steun' };

/** One strength to start the conversation with, in the person's own answers. */
export type Strength =
  | { kind: 'taken'; tasks: string[] }
  | { kind: 'drijfveren'; drivers: string[] }
  | { kind: 'mindset'; area: string }
  | { kind: 'profiel'; title: string; label: string };

const FIRST = 2;
const STRONG_TASKS = 3;

export function talkingPoints(
  work: WorkView | null,
  talent: TalentView | null,
  mindset: MindsetView | null,
): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  // 1. A strength to build on.
  if (work && work.sterk.length > 0) points.push({ kind: 'sterk', tasks: work.sterk.slice(0, FIRST) });
  else if (talent && talent.top.length > 0)
    points.push({
      kind: 'drijfveren',
      drivers: talent.top.map((d) => d.title),
      tasks: (work?.passend ?? []).slice(0, FIRST).map((p) => p.task),
    });
  else if (mindset?.strongest) points.push({ kind: 'mindset', area: mindset.strongest.title });
  // 2. Where you can grow.
  if (work && work.kansen.length > 0) points.push({ kind: 'kansen', tasks: work.kansen.slice(0, FIRST) });
  else {
    // Growing tasks you answered but do not master yet (the strong ones are in work.sterk).
    const notYet = (work?.tasks ?? []).filter(
      (t) => t.trend === 'groeit' && t.ability !== undefined && !work?.sterk.includes(t.task),
    );
    if (notYet.length > 0) points.push({ kind: 'groeien', tasks: notYet.slice(0, FIRST).map((t) => t.task) });
  }
  // 3. What changes: the shrinking work that now takes much of your time.
  if (work && work.loslaten.length > 0)
    points.push({ kind: 'loslaten', tasks: work.loslaten.slice(0, FIRST), share: work.timeShare?.krimpt ?? null });
  else if (work?.timeShare && work.timeShare.krimpt > 0) points.push({ kind: 'krimp', share: work.timeShare.krimpt });
  for (const fallback of ['richting', 'steun'] as const)
    if (points.length < 3 && !points.some((p) => p.kind === fallback)) points.push({ kind: fallback });
  return points.slice(0, 3);
}

/** Strengths first: strong growing tasks, the top drivers, the strongest mindset area, fitting profiles. */
export function strengths(work: WorkView | null, talent: TalentView | null, mindset: MindsetView | null): Strength[] {
  const out: Strength[] = [];
  if (work && work.sterk.length > 0) out.push({ kind: 'taken', tasks: work.sterk.slice(0, STRONG_TASKS) });
  if (talent && talent.top.length > 0) out.push({ kind: 'drijfveren', drivers: talent.top.map((d) => d.title) });
  if (mindset?.strongest) out.push({ kind: 'mindset', area: mindset.strongest.title });
  // A profile that is only a first guess, or the fallback, is no strength to name.
  for (const profile of talent?.profiles ?? [])
    if (profile.matched && !profile.incomplete)
      out.push({ kind: 'profiel', title: profile.title, label: profile.label });
  return out;
}
