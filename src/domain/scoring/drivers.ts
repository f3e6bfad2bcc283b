/**
 * What gives you energy (the scales of group "drijfveer"): the top, with ties kept as ties (R16), and
 * the work that wordt meer that you like and that fits that top (R13).
 */
import type { TaskShiftScoring } from '../format';
import type { ScaleResult } from './index';
import type { TaskResult } from './task-shift';

/** The middle of the answer scale: above it, the answers lean to "eens". */
export const TOP_ABOVE = 50;
/** R13: how many fitting tasks the report shows when the pack does not say. */
export const FITS_AT_MOST = 5;

export type NoTopReason = 'noneAbove' | 'allEqual';

export interface DriverTop {
  /** One array per tie group, highest first; empty when there is no top. */
  groups: ScaleResult[][];
  /** Why there is no top; null when there is one, or when no driver has a score yet. */
  noTopReason: NoTopReason | null;
}

/** The score the report prints; ties are decided on it, so two drivers printing the same number tie. */
export function driverScore(scale: ScaleResult): number | null {
  return scale.score === null ? null : Math.round(scale.score);
}

/**
 * R16: whole tie groups above the middle, highest first, until at least `wanted` drivers are in.
 * Taking every driver says nothing, so then the last group is dropped.
 */
export function topDriverGroups(all: readonly ScaleResult[], wanted: number): DriverTop {
  const scored = all.filter((d) => driverScore(d) !== null);
  if (scored.length === 0) return { groups: [], noTopReason: null };
  const eligible = scored.filter((d) => (driverScore(d) as number) > TOP_ABOVE);
  if (eligible.length === 0) return { groups: [], noTopReason: 'noneAbove' };
  const scores = [...new Set(eligible.map((d) => driverScore(d) as number))].sort((a, b) => b - a);
  const groups: ScaleResult[][] = [];
  let taken = 0;
  for (const score of scores) {
    if (taken >= wanted) break;
    const group = eligible.filter((d) => driverScore(d) === score);
    groups.push(group);
    taken += group.length;
  }
  if (taken === all.length) groups.pop();
  return { groups, noTopReason: groups.length === 0 ? 'allEqual' : null };
}

export interface FittingTask extends TaskResult {
  /** Ids of the top drivers among the task's tags, in top order. */
  matchingDrivers: string[];
}

/**
 * R13: counted tasks that wordt meer, that you like (or expect to like) and that carry a top driver.
 * More matching drivers first, then higher liking, then file order. At most `fitsAtMost`; `more` says
 * how many fitting tasks were not shown.
 */
export function fittingTasks(
  counted: readonly TaskResult[],
  top: DriverTop,
  config: Pick<TaskShiftScoring, 'likedFrom'> & { fitsAtMost?: number },
): { tasks: FittingTask[]; more: number } {
  const order = top.groups.flat().map((d) => d.id);
  const candidates = counted
    .filter((t) => t.trend === 'groeit' && t.liking !== undefined && t.liking >= config.likedFrom)
    .map((t, index) => ({
      ...t,
      index,
      matchingDrivers: order.filter((id) => t.tags.includes(id)),
    }))
    .filter((t) => t.matchingDrivers.length > 0)
    .sort(
      (a, b) =>
        b.matchingDrivers.length - a.matchingDrivers.length || (b.liking ?? 0) - (a.liking ?? 0) || a.index - b.index,
    )
    .map(({ index: _index, ...t }) => t);
  const atMost = config.fitsAtMost ?? FITS_AT_MOST;
  return { tasks: candidates.slice(0, atMost), more: Math.max(0, candidates.length - atMost) };
}
