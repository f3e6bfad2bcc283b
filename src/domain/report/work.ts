/**
 * "Je werk van morgen": the tasks, the match with tomorrow's work and its onderdelen, and the task
 * lists. Only counted tasks are in a figure or list (R5); a task not done now carries a marker (R6).
 */
import type { Questionnaire, Trend } from '../format';
import type { MatchPart, QuestionnaireResult, ScanResult, TaskResult, TrendShares } from '../scoring';
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
  /** Whether the pack asks liking / ability for this task (R2); false shows "—". */
  asked: { liking: boolean; ability: boolean };
  /** Answered "Komt bij ons niet voor of weet ik niet": the other cells show "—". */
  leftOut: boolean;
  answered: boolean;
}

/** A task in a list: its name, and whether the person does it now (R6 marker). */
export interface ListTask {
  task: string;
  notDone: boolean;
}

export interface FittingGroup {
  /** Titles of the top drivers these tasks carry, in top order. */
  drivers: string[];
  tasks: ListTask[];
}

export interface MatchPartView {
  /** Whole number 0–100; null when no task that wordt meer has this answer. */
  value: number | null;
  /** Tasks that wordt meer with this answer, and how many of them got one of the two highest answers. */
  answered: number;
  high: number;
  /** The answers that count as high, as the person saw them ("Leuk", "Heel leuk"). */
  highLabels: string[];
}

export interface MatchView {
  /** Whole number 0–100, null when nothing about work that wordt meer is answered yet. */
  score: number | null;
  exact: number | null;
  /** The band's text describes only the figure (R23); the label is for the compare screen. */
  band: BandView | null;
  weights: { liking: number; ability: number; timeShare: number };
  /** Rounded onderdelen as they went into the figure. */
  parts: { liking: number | null; ability: number | null; timeShare: number | null };
  liking: MatchPartView;
  ability: MatchPartView;
  /** The time onderdeel as printed: the share of work that wordt meer in multiples of 5 (R7). */
  time: number | null;
}

export interface WorkView {
  questionnaireId: string;
  title: string;
  role: string;
  answeredTasks: number;
  totalTasks: number;
  match: MatchView;
  /** R7: multiples of 5 that add up to 100; null when no time weight is given yet. */
  timeShare: TrendShares | null;
  /** Number of counted tasks per trend. */
  taskCount: TrendShares;
  tasks: TaskRow[];
  /** R5: tasks answered "Komt bij ons niet voor of weet ik niet", in file order. */
  leftOut: string[];
  /**
   * R6: how many counted tasks were answered "Doe ik nu niet", whether one of them wordt meer, and the
   * answer's label as the person saw it.
   */
  notDone: { count: number; growing: boolean; label: string };
  sterk: ListTask[];
  nietLeuk: ListTask[];
  kansen: ListTask[];
  /** R35: work that wordt meer, not "Niet leuk", not mastered yet. */
  groeien: ListTask[];
  /** R13: grouped by the set of matching top drivers; `more` fitting tasks are not shown. */
  passend: { groups: FittingGroup[]; more: number; noTop: boolean };
  /** R37: at most 3 tasks you can still learn: the kansen, or else the groeien list. */
  learnable: ListTask[];
  /** R14: work that wordt minder, grouped by the time answer's own word. */
  minder: { much: string[]; part: string[] };
}

/** R37: tasks in the conversation hint. */
const LEARNABLE = 3;

function listTasks(tasks: readonly TaskResult[]): ListTask[] {
  return tasks.map((t) => ({ task: t.task, notDone: t.notDone }));
}

function partView(part: MatchPart, options: readonly { value: number; label: string }[], from: number): MatchPartView {
  const highLabels = options.filter((o) => o.value >= from).map((o) => o.label);
  return { value: roundScore(part.value), answered: part.answered, high: part.high, highLabels };
}

function passendView(scan: ScanResult): WorkView['passend'] {
  const title = new Map(scan.topDrivers.groups.flat().map((d) => [d.id, d.title]));
  const groups = new Map<string, FittingGroup>();
  for (const t of scan.fitting.tasks) {
    const key = t.matchingDrivers.join('\u0000');
    const group = groups.get(key) ?? { drivers: t.matchingDrivers.map((id) => title.get(id) ?? id), tasks: [] };
    group.tasks.push({ task: t.task, notDone: t.notDone });
    groups.set(key, group);
  }
  return { groups: [...groups.values()], more: scan.fitting.more, noTop: scan.topDrivers.noTopReason !== null };
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
      asked: { ...t.asked },
      leftOut: t.leftOut,
      answered:
        t.time !== undefined &&
        (t.leftOut || ((!t.asked.liking || t.liking !== undefined) && (!t.asked.ability || t.ability !== undefined))),
    }));
  const timeShare = roundTimeShare(shift.timePoints);
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
      liking: partView(shift.match.liking, questions.liking.options, q.scoring.taskShift?.likedFrom ?? 0),
      ability: partView(shift.match.ability, questions.ability.options, q.scoring.taskShift?.ableFrom ?? 0),
      time: timeShare?.groeit ?? null,
    },
    timeShare,
    taskCount: { ...shift.taskCount },
    tasks,
    leftOut: shift.leftOut.map((t) => t.task),
    notDone: {
      count: shift.notDone.length,
      growing: shift.notDone.some((t) => t.trend === 'groeit'),
      label: optionLabel(questions.time.options, shift.notDone[0]?.time) ?? '',
    },
    sterk: listTasks(shift.sterk),
    nietLeuk: listTasks(shift.nietLeuk),
    kansen: listTasks(shift.kansen),
    groeien: listTasks(shift.groeien),
    passend: passendView(scan),
    learnable: listTasks((shift.kansen.length > 0 ? shift.kansen : shift.groeien).slice(0, LEARNABLE)),
    minder: { much: shift.minder.much.map((t) => t.task), part: shift.minder.part.map((t) => t.task) },
  };
}
