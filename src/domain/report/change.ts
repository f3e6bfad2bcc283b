/** "Wat is er veranderd?": this scan next to the earlier one, built on the one comparison in compare.ts. */
import type { Questionnaire } from '../format';
import { compareFigures, type Figure, type FigureRow, scaleKey } from './compare';
import type { MindsetView } from './mindset';
import type { TalentView } from './talent';
import type { WorkView } from './work';

export interface ChangeRow {
  id: string;
  /** match: the match figure; groeit/krimpt: share of time; scale: a score with its title. */
  kind: 'match' | 'groeit' | 'krimpt' | 'scale';
  /** Which part of the report the figure belongs to. */
  part: 'werk' | 'groeimindset' | 'talent';
  title: string;
  before: number | null;
  now: number | null;
  /** now − before, null when one of them is missing. */
  difference: number | null;
}

export interface ChangeView {
  earlierDate: string;
  sameRole: boolean;
  earlierRole: string;
  /** A questionnaire was a different version then: scores can differ for that reason too. */
  versionChanged: boolean;
  rows: ChangeRow[];
  /** R36: the top groups of both scans, flattened in order. */
  topDrivers: { before: string[]; now: string[] };
  /** The same strongest drivers, in the same order, as then. */
  sameTopDrivers: boolean;
  /** R10 of both scans: tasks strong now and not then (left-out tasks are never strong). */
  newStrong: string[];
}

/** What the change view needs of one scan's report. */
export interface ChangeSide {
  date: string;
  questionnaires: readonly Questionnaire[];
  figures: readonly Figure[];
  work: WorkView | null;
  mindset: MindsetView | null;
  talent: TalentView | null;
}

export function changeView(now: ChangeSide, before: ChangeSide): ChangeView {
  const compared = new Map(compareFigures(before.figures, now.figures).map((row) => [row.key, row]));
  const rows: ChangeRow[] = [];
  const add = (part: ChangeRow['part'], kind: ChangeRow['kind'], title: string, row: FigureRow | undefined) => {
    if (row) rows.push({ id: row.id, kind, part, title, before: row.before, now: row.now, difference: row.difference });
  };
  if (now.work)
    for (const kind of ['match', 'groeit', 'krimpt'] as const) add('werk', kind, now.work.title, compared.get(kind));
  const scales = [
    ...(now.mindset ? [now.mindset.overall, ...now.mindset.areas] : []).map((scale) => ({
      scale,
      part: 'groeimindset' as const,
      questionnaireId: now.mindset?.questionnaireId ?? '',
    })),
    ...(now.talent?.drivers ?? []).map((scale) => ({
      scale,
      part: 'talent' as const,
      questionnaireId: now.talent?.questionnaireId ?? '',
    })),
  ];
  for (const { scale, part, questionnaireId } of scales) {
    if (!scale) continue;
    const row = compared.get(scaleKey(questionnaireId, scale.id));
    // A score only this scan has is not a change.
    if (row?.inBefore) add(part, 'scale', scale.title, row);
  }
  const versions = (qs: readonly Questionnaire[]) => new Map(qs.map((q) => [q.id, q.version]));
  const nowVersions = versions(now.questionnaires);
  const beforeVersions = versions(before.questionnaires);
  const earlierStrong = new Set((before.work?.sterk ?? []).map((t) => t.task));
  const topBefore = before.talent?.top.map((d) => d.title) ?? [];
  const topNow = now.talent?.top.map((d) => d.title) ?? [];
  return {
    earlierDate: before.date,
    sameRole: (before.work?.questionnaireId ?? null) === (now.work?.questionnaireId ?? null),
    earlierRole: before.work?.role ?? '',
    versionChanged: [...nowVersions].some(([id, v]) => beforeVersions.has(id) && beforeVersions.get(id) !== v),
    rows,
    topDrivers: { before: topBefore, now: topNow },
    sameTopDrivers: topBefore.length === topNow.length && topBefore.every((title, i) => title === topNow[i]),
    newStrong: (now.work?.sterk ?? []).map((t) => t.task).filter((t) => !earlierStrong.has(t)),
  };
}
