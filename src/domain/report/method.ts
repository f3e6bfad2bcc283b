/** "Zo rekenen we": how every figure of the report is made, each score explained once. */
import type { Questionnaire } from '../format';
import { optionLabel, type ScoreView } from './figures';
import type { TallyView } from './learning';
import type { MindsetView } from './mindset';
import type { ProfileView, TalentView } from './talent';
import type { MatchView } from './work';

/**
 * One explanation in "Zo rekenen we" for a kind of figure, with the scores it covers: every
 * score is explained once, and scores made the same way share one explanation.
 */
export interface MethodGroup {
  /**
   * overall: the score made of all statements of a questionnaire; areas: the mindset areas;
   * drivers: the drivers; profile: a profile with the scores it looks at; scale: a score of its
   * own; tally: counted choices.
   */
  kind: 'overall' | 'areas' | 'drivers' | 'profile' | 'scale' | 'tally';
  id: string;
  /** The questionnaire's title of the profile, score or tally; empty for areas and drivers. */
  title: string;
  /** The questionnaire's own explanation where it covers the whole group; null for areas and drivers. */
  explanation: string | null;
  scales: ScoreView[];
  /** How every score of the group is made, when they are all made the same way; else null. */
  rule: { method: 'mean' | 'sum'; statements: number; reversed: number } | null;
}

export interface MethodView {
  match: MatchView | null;
  /** The time answers and how many parts of time each counts for. */
  timeOptions: { label: string; weight: number }[];
  likedFrom: string | null;
  ableFrom: string | null;
  muchTimeFrom: string | null;
  /** How many of the person's strongest drivers a task must serve to count as "past bij je drijfveren". */
  topDrivers: number;
  scales: ScoreView[];
  tallies: TallyView[];
  profiles: ProfileView[];
  /** The scores, profiles and tallies grouped by kind of figure, each score in exactly one group. */
  groups: MethodGroup[];
}

/** How the scores are made, when they are all made the same way. */
function sharedRule(scales: readonly ScoreView[]): MethodGroup['rule'] {
  const first = scales[0];
  if (!first) return null;
  const same = scales.every(
    (s) => s.method === first.method && s.total === first.total && s.reversed === first.reversed,
  );
  return same ? { method: first.method, statements: first.total, reversed: first.reversed } : null;
}

/**
 * The explanations of "Zo rekenen we", one per kind of figure: the overall mindset score, the
 * mindset areas, the drivers, each profile with the scores it looks at, the other scores one by
 * one, and the tallies. Every score of the scan lands in exactly one group.
 */
export function methodGroups(
  scales: readonly ScoreView[],
  mindset: MindsetView | null,
  talent: TalentView | null,
  profiles: readonly ProfileView[],
  tallies: readonly TallyView[],
): MethodGroup[] {
  const groups: MethodGroup[] = [];
  const explained = new Set<string>();
  const present = (list: readonly ScoreView[]) => {
    const fresh = list.filter((s) => !explained.has(s.id) && scales.some((all) => all.id === s.id));
    for (const s of fresh) explained.add(s.id);
    return fresh;
  };
  const add = (group: Omit<MethodGroup, 'rule'>) => {
    if (group.scales.length > 0 || group.kind === 'profile' || group.kind === 'tally')
      groups.push({ ...group, rule: sharedRule(group.scales) });
  };
  if (mindset?.overall) {
    const own = mindset.overall;
    add({ kind: 'overall', id: own.id, title: own.title, explanation: own.explanation, scales: present([own]) });
  }
  if (mindset) add({ kind: 'areas', id: 'areas', title: '', explanation: null, scales: present(mindset.areas) });
  if (talent) add({ kind: 'drivers', id: 'drivers', title: '', explanation: null, scales: present(talent.drivers) });
  for (const p of profiles)
    add({ kind: 'profile', id: p.id, title: p.title, explanation: p.explanation, scales: present(p.basedOn) });
  for (const s of scales)
    if (!explained.has(s.id))
      add({ kind: 'scale', id: s.id, title: s.title, explanation: s.explanation, scales: present([s]) });
  for (const tally of tallies)
    add({ kind: 'tally', id: tally.id, title: tally.title, explanation: tally.explanation, scales: [] });
  return groups;
}

export interface MethodInput {
  pack: Questionnaire | null;
  match: MatchView | null;
  scales: ScoreView[];
  profiles: ProfileView[];
  tallies: TallyView[];
  mindset: MindsetView | null;
  talent: TalentView | null;
}

export function methodView({ pack, match, scales, profiles, tallies, mindset, talent }: MethodInput): MethodView {
  const config = pack?.scoring.taskShift;
  const questions = pack?.taskQuestions;
  return {
    match,
    timeOptions: questions?.time.options.map((o) => ({ label: o.label, weight: o.weight })) ?? [],
    likedFrom: config && questions ? (optionLabel(questions.liking.options, config.likedFrom) ?? null) : null,
    ableFrom: config && questions ? (optionLabel(questions.ability.options, config.ableFrom) ?? null) : null,
    muchTimeFrom: config && questions ? (optionLabel(questions.time.options, config.muchTimeFrom) ?? null) : null,
    topDrivers: config?.topDrivers ?? 0,
    scales,
    tallies,
    profiles,
    groups: methodGroups(scales, mindset, talent, profiles, tallies),
  };
}
