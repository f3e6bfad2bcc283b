/** "Zo rekenen we": how every figure of the report is made, each score explained once. */
import type { Questionnaire } from '../format';
import { FITS_AT_MOST } from '../scoring';
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

/** The labels of a liking or ability question that the explanation names. */
export interface QuestionLabels {
  question: string;
  lowest: string;
  highest: string;
  /** The label from which an answer counts as "leuk" / "goed" (likedFrom / ableFrom). */
  from: string;
}

export interface MethodView {
  match: MatchView | null;
  /** R38: the time answers and their punten, in order; the leave-out answer is no amount of time. */
  timeOptions: { label: string; weight: number }[];
  liking: QuestionLabels | null;
  ability: QuestionLabels | null;
  /** The time labels that put work that wordt minder in its list (R14). */
  muchTime: string[];
  /** R13: how many fitting tasks the list shows at most. */
  fitsAtMost: number;
  /** Whether the scan has conversation questions (R18) and drivers (R16), so the blocks only show when they apply. */
  hasConversation: boolean;
  hasDrivers: boolean;
  hasMindset: boolean;
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
  hasConversation: boolean;
  match: MatchView | null;
  scales: ScoreView[];
  profiles: ProfileView[];
  tallies: TallyView[];
  mindset: MindsetView | null;
  talent: TalentView | null;
}

function labels(
  question: { question: string; options: readonly { value: number; label: string }[] },
  from: number,
): QuestionLabels | null {
  const sorted = [...question.options].sort((a, b) => a.value - b.value);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  const fromLabel = optionLabel(question.options, from);
  if (!lowest || !highest || fromLabel === undefined) return null;
  return { question: question.question, lowest: lowest.label, highest: highest.label, from: fromLabel };
}

const flagged = (option: object, flag: 'notDone' | 'leavesOut') => (option as Record<string, unknown>)[flag] === true;

export function methodView({
  pack,
  hasConversation,
  match,
  scales,
  profiles,
  tallies,
  mindset,
  talent,
}: MethodInput): MethodView {
  const config = pack?.scoring.taskShift;
  const questions = pack?.taskQuestions;
  return {
    match,
    timeOptions: (questions?.time.options ?? [])
      // "Komt bij ons niet voor of weet ik niet" is no amount of time: it leaves the task out (R5).
      .filter((o) => !flagged(o, 'leavesOut'))
      .map((o) => ({ label: o.label, weight: o.weight })),
    liking: config && questions ? labels(questions.liking, config.likedFrom) : null,
    ability: config && questions ? labels(questions.ability, config.ableFrom) : null,
    muchTime: config
      ? (questions?.time.options ?? [])
          .filter((o) => !flagged(o, 'leavesOut') && !flagged(o, 'notDone') && o.value >= config.muchTimeFrom)
          .map((o) => o.label)
      : [],
    fitsAtMost: (config as { fitsAtMost?: number } | undefined)?.fitsAtMost ?? FITS_AT_MOST,
    hasConversation,
    hasDrivers: (talent?.drivers.length ?? 0) > 0,
    hasMindset: mindset !== null,
    scales,
    tallies,
    profiles,
    groups: methodGroups(scales, mindset, talent, profiles, tallies),
  };
}
