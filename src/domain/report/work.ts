/** "Je werk van morgen": the task pack's tasks, the match with tomorrow's work and the four task lists. */
import type { Questionnaire, Trend } from '../format';
import type { QuestionnaireResult, ScanResult, TaskResult, TrendShares } from '../scoring';
import { type BandView, bandView, optionLabel, roundScore, roundTimeShare, TREND_ORDER } from './figures';

export interface TaskRow {
  id: string;
  task: string;
  trend: Trend;
  isNew: boolean;
  /** The answer labels as the person saw them; undefined when not answered. */
  time: string | undefined;
  liking: string | undefined;
  ability: string | undefined;
  answered: boolean;
}

export interface FittingTask {
  task: string;
  /** Titles of the top drivers this growing task draws on. */
  drivers: string[];
}

export interface MatchView {
  /** Whole number 0–100, null when nothing about growing tasks is answered yet. */
  score: number | null;
  exact: number | null;
  band: BandView | null;
  weights: { liking: number; ability: number; timeShare: number };
  /** Rounded parts; null parts are left out and the other weights count for more. */
  parts: { liking: number | null; ability: number | null; timeShare: number | null };
}

export interface WorkView {
  questionnaireId: string;
  title: string;
  role: string;
  answeredTasks: number;
  totalTasks: number;
  match: MatchView;
  /** Whole percentages that add up to exactly 100; null when no time is given yet. */
  timeShare: TrendShares | null;
  /** Number of tasks per trend. */
  taskCount: TrendShares;
  tasks: TaskRow[];
  sterk: string[];
  passend: FittingTask[];
  /** The fitting tasks per set of drivers, in the order they first come up: each set is named once. */
  passendByDrivers: { drivers: string[]; tasks: string[] }[];
  kansen: string[];
  loslaten: string[];
}

function byDrivers(passend: readonly FittingTask[]): WorkView['passendByDrivers'] {
  const groups = new Map<string, { drivers: string[]; tasks: string[] }>();
  for (const p of passend) {
    const key = JSON.stringify(p.drivers);
    const group = groups.get(key) ?? { drivers: p.drivers, tasks: [] };
    group.tasks.push(p.task);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function workView(q: Questionnaire, result: QuestionnaireResult, scan: ScanResult): WorkView | null {
  const shift = result.taskShift;
  const questions = q.taskQuestions;
  if (!shift || !questions) return null;
  const order = (t: TaskResult) => TREND_ORDER.indexOf(t.trend);
  const tasks: TaskRow[] = shift.tasks
    .map((t, index) => ({ t, index }))
    .sort((a, b) => order(a.t) - order(b.t) || a.index - b.index)
    .map(({ t }) => ({
      id: t.id,
      task: t.task,
      trend: t.trend,
      isNew: t.isNew,
      time: optionLabel(questions.time.options, t.time),
      liking: optionLabel(questions.liking.options, t.liking),
      ability: optionLabel(questions.ability.options, t.ability),
      answered: t.time !== undefined && t.liking !== undefined && t.ability !== undefined,
    }));
  const taskCount: TrendShares = { groeit: 0, blijft: 0, krimpt: 0 };
  for (const t of shift.tasks) taskCount[t.trend] += 1;
  const driverTitle = new Map(scan.drivers.map((d) => [d.id, d.title]));
  const passend = scan.pastBijDrijfveren.map((t) => ({
    task: t.task,
    drivers: t.matchingDrivers.map((id) => driverTitle.get(id) ?? id),
  }));
  return {
    questionnaireId: q.id,
    title: q.title,
    role: q.role ?? q.title,
    answeredTasks: shift.answeredTasks,
    totalTasks: shift.totalTasks,
    match: {
      score: roundScore(shift.match.score),
      exact: shift.match.score,
      band: bandView(shift.match.band),
      weights: { ...shift.match.weights },
      parts: {
        liking: roundScore(shift.match.parts.liking),
        ability: roundScore(shift.match.parts.ability),
        timeShare: roundScore(shift.match.parts.timeShare),
      },
    },
    timeShare: roundTimeShare(shift.timeShare),
    taskCount,
    tasks,
    sterk: shift.sterk.map((t) => t.task),
    passend,
    passendByDrivers: byDrivers(passend),
    kansen: shift.kansen.map((t) => t.task),
    loslaten: shift.loslaten.map((t) => t.task),
  };
}
