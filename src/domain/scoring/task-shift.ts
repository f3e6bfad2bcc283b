/**
 * The task pack's figures: how your time is spread over work that wordt meer, blijft gelijk or wordt
 * minder, the match with tomorrow's work and its three onderdelen, and the task lists of the report.
 *
 * A task answered "Komt bij ons niet voor of weet ik niet" (the time option flagged `leavesOut`) is
 * left out of every figure and list here: never counted as zero. A task answered "Doe ik nu niet"
 * (flag `notDone`) weighs 0 in the time, but its liking and ability (asked as an expectation) count.
 */
import type { Answers } from '../answers';
import { allItems, type Band, type Questionnaire, type TaskShiftScoring, type Trend } from '../format';
import { isTask, type TaskAnswer } from '../kinds';
import { bandFor, normalise, validAnswer } from './scales';

export interface TaskResult {
  id: string;
  task: string;
  trend: Trend;
  isNew: boolean;
  tags: string[];
  time: number | undefined;
  liking: number | undefined;
  ability: number | undefined;
  /** The time answer as a weight (punten), undefined when not answered. */
  timeWeight: number | undefined;
  /** Liking and ability count only when the pack asks them for this trend; otherwise undefined. */
  likingScore: number | undefined;
  abilityScore: number | undefined;
  /** Time answered "Komt bij ons niet voor of weet ik niet": out of every figure and list. */
  leftOut: boolean;
  /** Time answered "Doe ik nu niet": liking and ability are then an expectation. */
  notDone: boolean;
  /** Whether the pack asks liking and ability for this task's trend. */
  asked: { liking: boolean; ability: boolean };
}

export type TrendShares = Record<Trend, number>;

/** One onderdeel of the match: its 0–100 value and how many of the tasks it counts reach the top two answers. */
export interface MatchPart {
  value: number | null;
  /** Counted tasks that wordt meer with this question answered. */
  answered: number;
  /** Of those, the ones answered at or above likedFrom / ableFrom. */
  high: number;
}

export interface TaskShiftResult {
  tasks: TaskResult[];
  /** Tasks that count: every task except the left-out ones. */
  counted: TaskResult[];
  leftOut: TaskResult[];
  notDone: TaskResult[];
  answeredTasks: number;
  totalTasks: number;
  /** Exact percent of current time per trend (adds up to 100), null when no time weight is given yet. */
  timeShare: TrendShares | null;
  /** The punten (time weights) per trend over the counted tasks: what the printed shares are rounded from. */
  timePoints: TrendShares;
  /** Counted tasks per trend. */
  taskCount: TrendShares;
  likingGrowing: number | null;
  abilityGrowing: number | null;
  match: {
    score: number | null;
    band: Band | null;
    weights: { liking: number; ability: number; timeShare: number };
    /** The onderdelen that went into the score (null ones are left out and the others weigh more). */
    parts: { liking: number | null; ability: number | null; timeShare: number | null };
    liking: MatchPart;
    ability: MatchPart;
  };
  /** R10: done, able, not "Niet leuk". */
  sterk: TaskResult[];
  /** R11: done, able, but "Niet leuk". */
  nietLeuk: TaskResult[];
  /** R12: liked, and not able yet or not done now. */
  kansen: TaskResult[];
  /** R35 groeien: liking above the lowest, not able yet. */
  groeien: TaskResult[];
  /** R14: work that wordt minder taking "Veel" (much) or another time from muchTimeFrom (part). */
  minder: { much: TaskResult[]; part: TaskResult[] };
}

type TimeOption = Questionnaire extends { taskQuestions?: infer Q }
  ? NonNullable<Q> extends { time: { options: (infer O)[] } }
    ? O
    : never
  : never;

/** A flag of a time option (`notDone`, `leavesOut`); read this way so older snapshots without it parse the same. */
function hasFlag(option: TimeOption | undefined, flag: 'notDone' | 'leavesOut'): boolean {
  return option !== undefined && (option as Record<string, unknown>)[flag] === true;
}

/** The trends a liking/ability question is asked for; all trends when the pack does not say. */
function askedFor(question: object, trend: Trend): boolean {
  const trends = (question as { trends?: readonly Trend[] }).trends;
  return trends === undefined || trends.includes(trend);
}

/**
 * One onderdeel: the mean answer over the tasks that have it, as 0–100. Computed as one division of
 * whole numbers, 100 × Σ(answer − lowest) / (tasks × (highest − lowest)), so a mean that is exactly
 * 37.5 stays 37.5 and rounds the way a person working it by hand rounds it.
 */
function matchPart(
  tasks: readonly TaskResult[],
  key: 'liking' | 'ability',
  range: readonly [number, number],
  from: number,
): MatchPart {
  const given = tasks.filter((t) => t[key] !== undefined);
  const [lowest, highest] = range;
  const sum = given.reduce((total, t) => total + Math.min(highest, Math.max(lowest, t[key] as number)) - lowest, 0);
  return {
    value: given.length > 0 && highest > lowest ? (100 * sum) / (given.length * (highest - lowest)) : null,
    answered: given.length,
    high: given.filter((t) => (t[key] as number) >= from).length,
  };
}

function lists(counted: readonly TaskResult[], config: TaskShiftScoring, lowestLiking: number, muchWeight: number) {
  const growing = counted.filter((t) => t.trend === 'groeit');
  // "Done": Weinig, Een deel or Veel — an answer that takes time.
  const done = (t: TaskResult) => (t.timeWeight ?? 0) > 0 && !t.notDone;
  const rated = growing.filter((t) => t.liking !== undefined && t.ability !== undefined);
  const able = (t: TaskResult) => (t.ability as number) >= config.ableFrom;
  const disliked = (t: TaskResult) => t.liking === lowestLiking;
  const taking = counted.filter(
    (t) => t.trend === 'krimpt' && t.time !== undefined && t.time >= config.muchTimeFrom && !t.notDone,
  );
  return {
    sterk: rated.filter((t) => done(t) && able(t) && !disliked(t)),
    nietLeuk: rated.filter((t) => done(t) && able(t) && disliked(t)),
    kansen: rated.filter((t) => (t.liking as number) >= config.likedFrom && (!able(t) || t.notDone)),
    groeien: rated.filter((t) => !able(t) && !disliked(t)),
    minder: {
      much: taking.filter((t) => t.timeWeight === muchWeight),
      part: taking.filter((t) => t.timeWeight !== muchWeight),
    },
  };
}

export function taskShiftResult(q: Questionnaire, answers: Answers): TaskShiftResult | null {
  const config = q.scoring.taskShift;
  const questions = q.taskQuestions;
  if (!config || !questions) return null;
  const range = (key: 'liking' | 'ability') => {
    const values = questions[key].options.map((o) => o.value);
    return [Math.min(...values), Math.max(...values)] as const;
  };
  const [likeMin, likeMax] = range('liking');
  const [ableMin, ableMax] = range('ability');
  const timeOption = (value: number | undefined) =>
    value === undefined ? undefined : questions.time.options.find((o) => o.value === value);

  const tasks: TaskResult[] = allItems(q)
    .filter(isTask)
    .map((item) => {
      const raw = validAnswer(q, item, answers) as TaskAnswer | undefined;
      const time = raw?.time;
      const option = timeOption(time);
      const leftOut = hasFlag(option, 'leavesOut');
      const asked = {
        liking: askedFor(questions.liking, item.trend),
        ability: askedFor(questions.ability, item.trend),
      };
      // A value stored for a question that is not asked (an old answer, an import) is kept, and ignored here.
      const liking = asked.liking && !leftOut ? raw?.liking : undefined;
      const ability = asked.ability && !leftOut ? raw?.ability : undefined;
      return {
        id: item.id,
        task: item.task,
        trend: item.trend,
        isNew: item.isNew,
        tags: item.tags,
        time,
        liking,
        ability,
        timeWeight: option?.weight,
        likingScore: liking === undefined ? undefined : normalise(liking, likeMin, likeMax),
        abilityScore: ability === undefined ? undefined : normalise(ability, ableMin, ableMax),
        leftOut,
        // A pack before the flags existed: its weight-0 answer ("Doe ik niet") meant the same.
        notDone: hasFlag(option, 'notDone') || (option !== undefined && !leftOut && option.weight === 0),
        asked,
      };
    });
  const counted = tasks.filter((t) => !t.leftOut);

  const weightPerTrend: TrendShares = { groeit: 0, blijft: 0, krimpt: 0 };
  const taskCount: TrendShares = { groeit: 0, blijft: 0, krimpt: 0 };
  for (const task of counted) {
    taskCount[task.trend] += 1;
    if (task.timeWeight !== undefined) weightPerTrend[task.trend] += task.timeWeight;
  }
  const totalWeight = weightPerTrend.groeit + weightPerTrend.blijft + weightPerTrend.krimpt;
  const timeShare: TrendShares | null =
    totalWeight > 0
      ? {
          groeit: (weightPerTrend.groeit / totalWeight) * 100,
          blijft: (weightPerTrend.blijft / totalWeight) * 100,
          krimpt: (weightPerTrend.krimpt / totalWeight) * 100,
        }
      : null;

  const growing = counted.filter((t) => t.trend === 'groeit');
  const liking = matchPart(growing, 'liking', [likeMin, likeMax], config.likedFrom);
  const ability = matchPart(growing, 'ability', [ableMin, ableMax], config.ableFrom);

  const weights = config.matchWeights;
  const parts = { liking: liking.value, ability: ability.value, timeShare: timeShare?.groeit ?? null };
  let weighted = 0;
  let weightUsed = 0;
  for (const key of ['liking', 'ability', 'timeShare'] as const) {
    const part = parts[key];
    if (part === null || weights[key] === 0) continue;
    weighted += weights[key] * part;
    weightUsed += weights[key];
  }
  const matchScore = weightUsed > 0 ? weighted / weightUsed : null;
  const muchWeight = Math.max(...questions.time.options.map((o) => o.weight));

  return {
    tasks,
    counted,
    leftOut: tasks.filter((t) => t.leftOut),
    notDone: counted.filter((t) => t.notDone),
    answeredTasks: tasks.filter((t) => isTaskAnswered(t)).length,
    totalTasks: tasks.length,
    timeShare,
    timePoints: weightPerTrend,
    taskCount,
    likingGrowing: liking.value,
    abilityGrowing: ability.value,
    match: {
      score: matchScore,
      band: bandFor(config.matchBands, matchScore),
      weights,
      parts,
      liking,
      ability,
    },
    ...lists(counted, config, likeMin, muchWeight),
  };
}

/** R2: time given, and either left out or every question asked for its trend given. */
export function isTaskAnswered(t: TaskResult): boolean {
  if (t.time === undefined) return false;
  if (t.leftOut) return true;
  return (!t.asked.liking || t.liking !== undefined) && (!t.asked.ability || t.ability !== undefined);
}
