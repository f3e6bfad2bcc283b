/**
 * The scoring engine: (questionnaire, answers) → result. Pure and deterministic.
 * Everything it knows about a questionnaire comes from its `scoring` block; nothing is hard-coded
 * per questionnaire. Partial answers give partial scores; no score is ever NaN.
 */

import { type Answers, isAnswered } from '../answers';
import { allItems, type Band, isRequired, type Questionnaire, type Recommendation } from '../format';
import { isMultiChoice } from '../kinds';
import { type DriverTop, type FittingTask, fittingTasks, topDriverGroups } from './drivers';
import { holds, profileResult, scaleResult, validAnswer } from './scales';
import { type TaskShiftResult, taskShiftResult } from './task-shift';

export * from './drivers';
export { bandFor, holds, isConversationScale, normalise } from './scales';
export * from './task-shift';

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
  /** R18: shown as a question for the conversation, never as a number or in a comparison. */
  asQuestion: boolean;
}

export interface TallyResult {
  id: string;
  title: string;
  explanation: string;
  chosen: number;
  /** Per group: how many were chosen, and how many options of that group the question has. */
  groups: { id: string; label: string; count: number; available: number; options: string[] }[];
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
        available: options.filter((o) => o.group === group.id).length,
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
  /** Driver scales (group "drijfveer") in questionnaire order; only those with a score. */
  drivers: ScaleResult[];
  /** R16: the top as tie groups, highest first. */
  topDrivers: DriverTop;
  /** R13: fitting tasks, at most `fitsAtMost`, and how many more there are. */
  fitting: { tasks: FittingTask[]; more: number };
}

export const DRIVER_GROUP = 'drijfveer';

/**
 * Scores a whole scan: each questionnaire, plus what links them (the work that wordt meer and fits
 * what gives you the most energy).
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
  const allDrivers = (driverResult?.scales ?? []).filter((s) => s.group === DRIVER_GROUP);
  const topDrivers = config ? topDriverGroups(allDrivers, config.topDrivers) : { groups: [], noTopReason: null };
  const fitting =
    config && pack?.taskShift ? fittingTasks(pack.taskShift.counted, topDrivers, config) : { tasks: [], more: 0 };
  return { results, pack, drivers: allDrivers.filter((s) => s.score !== null), topDrivers, fitting };
}
