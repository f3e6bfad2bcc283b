/**
 * The scoring engine: (questionnaire, answers) → result. Pure and deterministic.
 * Everything it knows about a questionnaire comes from its `scoring` block; nothing is hard-coded
 * per questionnaire. Partial answers give partial scores; no score is ever NaN.
 */

import * as say from '../text/validation';
import { type Answers, type AnswerValue, answerProblem, isAnswered, type TaskAnswer } from './answers';
import {
  allItems,
  type Band,
  type Condition,
  type Item,
  isRequired,
  type Profile,
  type Questionnaire,
  type Recommendation,
  type Scale,
  type Trend,
} from './format';
import { isMultiChoice, isStatement, isTask } from './kinds';

export interface ScaleResult {
  id: string;
  title: string;
  explanation: string;
  group: string | undefined;
  /** 0–100, or null when none of its items is answered. */
  score: number | null;
  /** Sum scales only: the keyed sum of the answered items. */
  rawSum: number | null;
  answered: number;
  total: number;
  band: Band | null;
}

export interface TallyResult {
  id: string;
  title: string;
  explanation: string;
  chosen: number;
  groups: { id: string; label: string; count: number; percent: number | null; options: string[] }[];
}

export interface ProfileResult {
  id: string;
  title: string;
  explanation: string;
  optionId: string;
  label: string;
  text: string;
  helps: string[];
  helpsLess: string[];
  /** False when the fallback was used because no condition held. */
  matched: boolean;
}

export interface TaskResult {
  id: string;
  task: string;
  trend: Trend;
  isNew: boolean;
  tags: string[];
  time: number | undefined;
  liking: number | undefined;
  ability: number | undefined;
  /** The time answer as a weight (parts of time), undefined when not answered. */
  timeWeight: number | undefined;
  /** 0–100 */
  likingScore: number | undefined;
  abilityScore: number | undefined;
}

export type TrendShares = Record<Trend, number>;

export interface TaskShiftResult {
  tasks: TaskResult[];
  answeredTasks: number;
  totalTasks: number;
  /** Percent of current time per trend (adds up to 100), null when no time is given yet. */
  timeShare: TrendShares | null;
  /** Mean liking and ability (0–100) over growing tasks, null when none answered. */
  likingGrowing: number | null;
  abilityGrowing: number | null;
  match: {
    score: number | null;
    band: Band | null;
    weights: { liking: number; ability: number; timeShare: number };
    /** The parts that went into the score (null parts are left out and the others scale up). */
    parts: { liking: number | null; ability: number | null; timeShare: number | null };
  };
  kansen: TaskResult[];
  sterk: TaskResult[];
  loslaten: TaskResult[];
}

export interface QuestionnaireResult {
  questionnaireId: string;
  version: number;
  /** Required items answered, of all required items. */
  answered: number;
  total: number;
  scales: ScaleResult[];
  tallies: TallyResult[];
  profiles: ProfileResult[];
  recommendations: Recommendation[];
  taskShift: TaskShiftResult | null;
}

/** Maps a keyed answer on a scale of `points` points to 0–100. */
export function normalise(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  const clamped = Math.min(max, Math.max(min, value));
  return ((clamped - min) / (max - min)) * 100;
}

export function bandFor(bands: readonly Band[], score: number | null): Band | null {
  if (score === null) return null;
  return bands.find((b) => score >= b.min && (score < b.max || (b.max === 100 && score <= 100))) ?? null;
}

function validAnswer(q: Questionnaire, item: Item, answers: Answers): AnswerValue | undefined {
  const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  if (value === undefined || answerProblem(q, item, value) !== undefined) return undefined;
  return value;
}

function scaleResult(q: Questionnaire, scale: Scale, items: ReadonlyMap<string, Item>, answers: Answers): ScaleResult {
  let sumKeyed = 0;
  let sumMin = 0;
  let sumMax = 0;
  let normalisedTotal = 0;
  let answered = 0;
  for (const itemId of scale.items) {
    const item = items.get(itemId);
    if (!item || !isStatement(item)) continue;
    const value = validAnswer(q, item, answers);
    if (typeof value !== 'number') continue;
    const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 2;
    const keyed = item.reverse ? points + 1 - value : value;
    sumKeyed += keyed;
    sumMin += 1;
    sumMax += points;
    normalisedTotal += normalise(keyed, 1, points);
    answered++;
  }
  let score: number | null = null;
  if (answered > 0) score = scale.method === 'sum' ? normalise(sumKeyed, sumMin, sumMax) : normalisedTotal / answered;
  return {
    id: scale.id,
    title: scale.title,
    explanation: scale.explanation,
    group: scale.group,
    score,
    rawSum: scale.method === 'sum' && answered > 0 ? sumKeyed : null,
    answered,
    total: scale.items.length,
    band: bandFor(scale.bands, score),
  };
}

/**
 * Evaluates a condition; a condition on a score that is not there yet, or on a question that is
 * not answered yet, is false. That also holds under `not`: advice is never based on missing answers.
 */
export function holds(
  condition: Condition,
  scores: ReadonlyMap<string, number | null>,
  q: Questionnaire,
  answers: Answers,
  items: ReadonlyMap<string, Item>,
): boolean {
  return truth(condition, scores, q, answers, items) === true;
}

/** Three-valued: null means "not known yet" (score or answer missing). */
function truth(
  condition: Condition,
  scores: ReadonlyMap<string, number | null>,
  q: Questionnaire,
  answers: Answers,
  items: ReadonlyMap<string, Item>,
): boolean | null {
  if ('all' in condition) {
    const parts = condition.all.map((c) => truth(c, scores, q, answers, items));
    if (parts.includes(false)) return false;
    return parts.includes(null) ? null : true;
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => truth(c, scores, q, answers, items));
    if (parts.includes(true)) return true;
    return parts.includes(null) ? null : false;
  }
  if ('not' in condition) {
    const inner = truth(condition.not, scores, q, answers, items);
    return inner === null ? null : !inner;
  }
  if ('scale' in condition) {
    const score = scores.get(condition.scale);
    if (score === null || score === undefined) return null;
    if (condition.atLeast !== undefined && score < condition.atLeast) return false;
    if (condition.below !== undefined && score >= condition.below) return false;
    return true;
  }
  const item = items.get(condition.item);
  if (!item) return null;
  const value = validAnswer(q, item, answers);
  if (value === undefined) return null;
  if ('equals' in condition) return value === condition.equals;
  return Array.isArray(value) && value.includes(condition.includes);
}

function profileResult(
  profile: Profile,
  scores: ReadonlyMap<string, number | null>,
  q: Questionnaire,
  answers: Answers,
  items: ReadonlyMap<string, Item>,
): ProfileResult {
  const hit = profile.options.find((o) => holds(o.when, scores, q, answers, items));
  const option = hit ?? profile.options.find((o) => o.id === profile.fallback) ?? profile.options[0];
  if (!option) throw new Error(say.profileWithoutOptions(profile.id));
  return {
    id: profile.id,
    title: profile.title,
    explanation: profile.explanation,
    optionId: option.id,
    label: option.label,
    text: option.text,
    helps: option.helps,
    helpsLess: option.helpsLess,
    matched: hit !== undefined,
  };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function taskShiftResult(q: Questionnaire, answers: Answers): TaskShiftResult | null {
  const config = q.scoring.taskShift;
  const questions = q.taskQuestions;
  if (!config || !questions) return null;
  const range = (key: 'liking' | 'ability') => {
    const values = questions[key].options.map((o) => o.value);
    return [Math.min(...values), Math.max(...values)] as const;
  };
  const [likeMin, likeMax] = range('liking');
  const [ableMin, ableMax] = range('ability');

  const tasks: TaskResult[] = allItems(q)
    .filter(isTask)
    .map((item) => {
      const raw = validAnswer(q, item, answers) as TaskAnswer | undefined;
      const time = raw?.time;
      const liking = raw?.liking;
      const ability = raw?.ability;
      return {
        id: item.id,
        task: item.task,
        trend: item.trend,
        isNew: item.isNew,
        tags: item.tags,
        time,
        liking,
        ability,
        timeWeight: time === undefined ? undefined : questions.time.options.find((o) => o.value === time)?.weight,
        likingScore: liking === undefined ? undefined : normalise(liking, likeMin, likeMax),
        abilityScore: ability === undefined ? undefined : normalise(ability, ableMin, ableMax),
      };
    });

  const weightPerTrend: TrendShares = { groeit: 0, blijft: 0, krimpt: 0 };
  for (const task of tasks) if (task.timeWeight !== undefined) weightPerTrend[task.trend] += task.timeWeight;
  const totalWeight = weightPerTrend.groeit + weightPerTrend.blijft + weightPerTrend.krimpt;
  const timeShare: TrendShares | null =
    totalWeight > 0
      ? {
          groeit: (weightPerTrend.groeit / totalWeight) * 100,
          blijft: (weightPerTrend.blijft / totalWeight) * 100,
          krimpt: (weightPerTrend.krimpt / totalWeight) * 100,
        }
      : null;

  const growing = tasks.filter((t) => t.trend === 'groeit');
  const likingGrowing = mean(growing.flatMap((t) => (t.likingScore === undefined ? [] : [t.likingScore])));
  const abilityGrowing = mean(growing.flatMap((t) => (t.abilityScore === undefined ? [] : [t.abilityScore])));

  const weights = config.matchWeights;
  const parts = { liking: likingGrowing, ability: abilityGrowing, timeShare: timeShare?.groeit ?? null };
  let weighted = 0;
  let weightUsed = 0;
  for (const key of ['liking', 'ability', 'timeShare'] as const) {
    const part = parts[key];
    if (part === null || weights[key] === 0) continue;
    weighted += weights[key] * part;
    weightUsed += weights[key];
  }
  const matchScore = weightUsed > 0 ? weighted / weightUsed : null;

  const liked = (t: TaskResult) => t.liking !== undefined && t.liking >= config.likedFrom;
  const able = (t: TaskResult) => t.ability !== undefined && t.ability >= config.ableFrom;
  return {
    tasks,
    answeredTasks: tasks.filter((t) => t.time !== undefined && t.liking !== undefined && t.ability !== undefined)
      .length,
    totalTasks: tasks.length,
    timeShare,
    likingGrowing,
    abilityGrowing,
    match: { score: matchScore, band: bandFor(config.matchBands, matchScore), weights, parts },
    kansen: growing.filter((t) => liked(t) && t.ability !== undefined && !able(t)),
    sterk: growing.filter(able),
    loslaten: tasks
      .filter((t) => t.trend === 'krimpt' && t.time !== undefined && t.time >= config.muchTimeFrom)
      .sort((a, b) => (b.timeWeight ?? 0) - (a.timeWeight ?? 0)),
  };
}

/** Scores one questionnaire. Answers that do not fit their item are treated as not given. */
export function scoreQuestionnaire(q: Questionnaire, answers: Answers): QuestionnaireResult {
  const itemList = allItems(q);
  const items = new Map(itemList.map((item) => [item.id, item]));
  const required = itemList.filter(isRequired);
  const scales = q.scoring.scales.map((scale) => scaleResult(q, scale, items, answers));
  const scores = new Map(scales.map((s) => [s.id, s.score]));

  const tallies: TallyResult[] = q.scoring.tallies.map((tally) => {
    const item = items.get(tally.item);
    const value = item ? validAnswer(q, item, answers) : undefined;
    const chosen = Array.isArray(value) ? value : [];
    const options = item && isMultiChoice(item) ? item.options : [];
    const groups = tally.groups.map((group) => {
      const inGroup = chosen.filter((c) => options.find((o) => o.id === c)?.group === group.id);
      return {
        id: group.id,
        label: group.label,
        count: inGroup.length,
        percent: chosen.length > 0 ? (inGroup.length / chosen.length) * 100 : null,
        options: inGroup,
      };
    });
    return { id: tally.id, title: tally.title, explanation: tally.explanation, chosen: chosen.length, groups };
  });

  return {
    questionnaireId: q.id,
    version: q.version,
    answered: required.filter((item) =>
      isAnswered(q, item, Object.hasOwn(answers, item.id) ? answers[item.id] : undefined),
    ).length,
    total: required.length,
    scales,
    tallies,
    profiles: q.scoring.profiles.map((p) => profileResult(p, scores, q, answers, items)),
    recommendations: q.scoring.recommendations.filter((r) => holds(r.when, scores, q, answers, items)),
    taskShift: taskShiftResult(q, answers),
  };
}

export interface ScanResult {
  results: QuestionnaireResult[];
  /** The task pack's result, when the scan has one. */
  pack: QuestionnaireResult | null;
  /** Driver scales (group "drijfveer"), highest first; only those with a score. */
  drivers: ScaleResult[];
  topDrivers: ScaleResult[];
  /** Growing tasks whose tags match a top driver, most matching tags first. */
  pastBijDrijfveren: (TaskResult & { matchingDrivers: string[] })[];
}

export const DRIVER_GROUP = 'drijfveer';

/**
 * Scores a whole scan: each questionnaire, plus what links them (the growing tasks that fit
 * your strongest drivers).
 */
export function scoreScan(
  questionnaires: readonly Questionnaire[],
  answers: Readonly<Record<string, Answers>>,
): ScanResult {
  const results = questionnaires.map((q) =>
    scoreQuestionnaire(q, (Object.hasOwn(answers, q.id) ? answers[q.id] : undefined) ?? {}),
  );
  const packIndex = questionnaires.findIndex((q) => q.kind === 'takenpakket');
  const pack = packIndex >= 0 ? (results[packIndex] ?? null) : null;
  const config = packIndex >= 0 ? questionnaires[packIndex]?.scoring.taskShift : undefined;
  const driverResult = config ? results.find((r) => r.questionnaireId === config.driverQuestionnaire) : undefined;
  const drivers = (driverResult?.scales ?? [])
    .filter((s) => s.group === DRIVER_GROUP && s.score !== null)
    .map((s, order) => ({ s, order }))
    .sort((a, b) => (b.s.score ?? 0) - (a.s.score ?? 0) || a.order - b.order)
    .map(({ s }) => s);
  const topDrivers = drivers.slice(0, config?.topDrivers ?? 0);
  const topIds = new Set(topDrivers.map((d) => d.id));
  const pastBijDrijfveren = (pack?.taskShift?.tasks ?? [])
    .filter((t) => t.trend === 'groeit')
    .map((t, order) => ({ ...t, matchingDrivers: t.tags.filter((tag) => topIds.has(tag)), order }))
    .filter((t) => t.matchingDrivers.length > 0)
    .sort((a, b) => b.matchingDrivers.length - a.matchingDrivers.length || a.order - b.order)
    .map(({ order: _order, ...t }) => t);
  return { results, pack, drivers, topDrivers, pastBijDrijfveren };
}
