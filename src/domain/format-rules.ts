/**
 * Rules of the questionnaire format that zod cannot express per field: unique ids, references
 * that exist, bands without gaps. format.ts runs them on every parse (QuestionnaireSchema).
 */
import * as say from '../text/validation';
import type { Band, Condition, Item, Questionnaire, TaskQuestionKey } from './format';
import { isMultiChoice, isSingleChoice, isStatement, isTask, kindOf } from './kinds';

export interface CrossIssue {
  path: (string | number)[];
  message: string;
}

/** Rules zod cannot express per field: unique ids, references that exist, bands without gaps. */
export function crossFieldIssues(q: Questionnaire): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const items = new Map<string, Item>();
  const sectionIds = new Set<string>();
  q.sections.forEach((section, s) => {
    if (sectionIds.has(section.id))
      issues.push({ path: ['sections', s, 'id'], message: say.sectionIdTwice(section.id) });
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      const at = ['sections', s, 'items', i];
      if (items.has(item.id)) issues.push({ path: [...at, 'id'], message: say.itemIdTwice(item.id) });
      items.set(item.id, item);
      for (const issue of kindOf(item).itemIssues(q, item, say))
        issues.push({ ...issue, path: [...at, ...issue.path] });
    });
  });

  const scaleIds = new Set<string>();
  q.answerScales.forEach((scale, i) => {
    if (scaleIds.has(scale.id))
      issues.push({ path: ['answerScales', i, 'id'], message: say.answerScaleTwice(scale.id) });
    scaleIds.add(scale.id);
  });

  if (q.taskQuestions) {
    for (const key of ['time', 'liking', 'ability'] as const) {
      const values = q.taskQuestions[key].options.map((o) => o.value);
      if (new Set(values).size !== values.length)
        issues.push({
          path: ['taskQuestions', key, 'options'],
          message: say.taskValueTwice,
        });
    }
    for (const key of ['liking', 'ability'] as const) {
      const trends = q.taskQuestions[key].trends;
      trends.forEach((trend, t) => {
        if (trends.indexOf(trend) !== t)
          issues.push({ path: ['taskQuestions', key, 'trends', t], message: say.trendTwice(trend) });
      });
    }
    issues.push(...timeFlagIssues(q.taskQuestions.time.options));
  }

  const scoreIds = new Set<string>();
  const claim = (idValue: string, path: (string | number)[]) => {
    if (scoreIds.has(idValue) || items.has(idValue)) issues.push({ path, message: say.idInUse(idValue) });
    scoreIds.add(idValue);
  };

  q.scoring.scales.forEach((scale, s) => {
    const at = ['scoring', 'scales', s];
    claim(scale.id, [...at, 'id']);
    const seen = new Set<string>();
    let scaleLength: number | undefined;
    scale.items.forEach((itemId, i) => {
      const item = items.get(itemId);
      if (!item) {
        issues.push({ path: [...at, 'items', i], message: say.itemMissing(itemId) });
        return;
      }
      if (!isStatement(item)) {
        issues.push({
          path: [...at, 'items', i],
          message: say.scoreCountsStatements(itemId),
        });
        return;
      }
      if (seen.has(itemId)) issues.push({ path: [...at, 'items', i], message: say.itemTwiceInScore(itemId) });
      seen.add(itemId);
      const length = q.answerScales.find((a) => a.id === item.scale)?.labels.length;
      if (scale.method === 'sum' && scaleLength !== undefined && length !== undefined && length !== scaleLength)
        issues.push({
          path: [...at, 'items', i],
          message: say.sumNeedsOneScale,
        });
      scaleLength ??= length;
    });
    issues.push(...bandIssues(scale.bands, [...at, 'bands']));
    if (scale.conversation)
      scale.items.forEach((itemId, i) => {
        const item = items.get(itemId);
        if (item && isStatement(item) && item.reverse)
          issues.push({ path: [...at, 'items', i], message: say.conversationNeedsStatements(itemId) });
      });
  });

  const scoreScaleIds = new Set(q.scoring.scales.map((scale) => scale.id));
  const conditionRefs = (condition: Condition, path: (string | number)[]) => {
    for (const issue of conditionIssues(condition, path, scoreScaleIds, items)) issues.push(issue);
  };

  q.scoring.tallies.forEach((tally, t) => {
    const at = ['scoring', 'tallies', t];
    claim(tally.id, [...at, 'id']);
    const item = items.get(tally.item);
    if (!item || !isMultiChoice(item)) {
      issues.push({ path: [...at, 'item'], message: say.multiChoiceMissing(tally.item) });
      return;
    }
    const groupIds = new Set(tally.groups.map((g) => g.id));
    item.options.forEach((option) => {
      if (option.group !== undefined && !groupIds.has(option.group))
        issues.push({
          path: [...at, 'groups'],
          message: say.groupNotInTally(option.group, option.id),
        });
    });
  });

  q.scoring.profiles.forEach((profile, p) => {
    const at = ['scoring', 'profiles', p];
    claim(profile.id, [...at, 'id']);
    const optionIds = profile.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length)
      issues.push({ path: [...at, 'options'], message: say.profileIdTwice });
    if (!optionIds.includes(profile.fallback))
      issues.push({ path: [...at, 'fallback'], message: say.profileMissing(profile.fallback) });
    profile.options.forEach((option, o) => {
      conditionRefs(option.when, [...at, 'options', o, 'when']);
    });
  });

  q.scoring.recommendations.forEach((rec, r) => {
    const at = ['scoring', 'recommendations', r];
    claim(rec.id, [...at, 'id']);
    conditionRefs(rec.when, [...at, 'when']);
  });

  const direction = q.directionItem === undefined ? undefined : items.get(q.directionItem);
  // Any question with options will do: this checks what the report needs, not the kind.
  if (q.directionItem !== undefined && !(direction && 'options' in direction))
    issues.push({ path: ['directionItem'], message: say.directionItemMissing(q.directionItem) });

  const hasTasks = [...items.values()].some(isTask);
  const taskShift = q.scoring.taskShift;
  if (q.kind === 'takenpakket') {
    if (!hasTasks) issues.push({ path: ['sections'], message: say.packNeedsTask });
    if (!taskShift) issues.push({ path: ['scoring', 'taskShift'], message: say.packNeedsTaskShift });
    if (!q.role) issues.push({ path: ['role'], message: say.packNeedsRole });
    if (q.reportPart) issues.push({ path: ['reportPart'], message: say.packHasNoReportPart });
  } else if (hasTasks) {
    issues.push({ path: ['kind'], message: say.tasksOnlyInPack });
  }
  if (taskShift) {
    const at = ['scoring', 'taskShift'];
    const { liking, ability, timeShare } = taskShift.matchWeights;
    if (Math.abs(liking + ability + timeShare - 100) > 1e-9)
      issues.push({
        path: [...at, 'matchWeights'],
        message: say.weightsNot100(liking + ability + timeShare),
      });
    issues.push(...bandIssues(taskShift.matchBands, [...at, 'matchBands']));
    if (q.taskQuestions) {
      const valueCheck = (key: TaskQuestionKey, value: number, field: string) => {
        if (!q.taskQuestions?.[key].options.some((o) => o.value === value))
          issues.push({
            path: [...at, field],
            message: say.notATaskAnswer(value, key),
          });
      };
      valueCheck('liking', taskShift.likedFrom, 'likedFrom');
      valueCheck('ability', taskShift.ableFrom, 'ableFrom');
      valueCheck('time', taskShift.muchTimeFrom, 'muchTimeFrom');
      const much = q.taskQuestions.time.options.find((o) => o.value === taskShift.muchTimeFrom);
      if (much?.leavesOut) issues.push({ path: [...at, 'muchTimeFrom'], message: say.leavesOutIsMuchTime(much.value) });
      else if (much?.notDone) issues.push({ path: [...at, 'muchTimeFrom'], message: say.muchTimeFlagged(much.value) });
    }
  }
  return issues;
}

/** At most one time answer means "not done now", at most one "leaves the task out", never both in one. */
function timeFlagIssues(options: readonly { notDone?: true; leavesOut?: true }[]): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const path = ['taskQuestions', 'time', 'options'];
  for (const flag of ['notDone', 'leavesOut'] as const) {
    const at = options.flatMap((o, i) => (o[flag] ? [i] : []));
    for (const i of at.slice(1)) issues.push({ path: [...path, i, flag], message: say.timeFlagTwice(flag) });
  }
  options.forEach((o, i) => {
    if (o.notDone && o.leavesOut) issues.push({ path: [...path, i], message: say.timeFlagsTogether });
  });
  return issues;
}

function conditionIssues(
  condition: Condition,
  path: (string | number)[],
  scoreIds: ReadonlySet<string>,
  items: ReadonlyMap<string, Item>,
): CrossIssue[] {
  if ('all' in condition)
    return condition.all.flatMap((c, i) => conditionIssues(c, [...path, 'all', i], scoreIds, items));
  if ('any' in condition)
    return condition.any.flatMap((c, i) => conditionIssues(c, [...path, 'any', i], scoreIds, items));
  if ('not' in condition) return conditionIssues(condition.not, [...path, 'not'], scoreIds, items);
  if ('scale' in condition) {
    const out: CrossIssue[] = [];
    if (!scoreIds.has(condition.scale))
      out.push({ path: [...path, 'scale'], message: say.scoreMissing(condition.scale) });
    if (condition.atLeast === undefined && condition.below === undefined)
      out.push({ path, message: say.atLeastOrBelow });
    if (condition.atLeast !== undefined && condition.below !== undefined && condition.atLeast >= condition.below)
      out.push({ path, message: say.atLeastBelowOrder(condition.atLeast, condition.below) });
    return out;
  }
  const item = items.get(condition.item);
  const option = 'equals' in condition ? condition.equals : condition.includes;
  const single = 'equals' in condition;
  const choice = item && (single ? (isSingleChoice(item) ? item : undefined) : isMultiChoice(item) ? item : undefined);
  if (!choice)
    return [
      {
        path: [...path, 'item'],
        message: single ? say.singleChoiceMissing(condition.item) : say.multiChoiceMissing(condition.item),
      },
    ];
  if (!choice.options.some((o) => o.id === option))
    return [{ path, message: say.optionMissing(option, condition.item) }];
  return [];
}

/** Bands must start at 0, end at 100, and touch without gaps or overlaps. */
export function bandIssues(bands: readonly Band[], path: (string | number)[]): CrossIssue[] {
  if (bands.length === 0) return [];
  const issues: CrossIssue[] = [];
  bands.forEach((band, b) => {
    if (band.min >= band.max) issues.push({ path: [...path, b], message: say.bandMinMax(band.min, band.max) });
  });
  const sorted = bands.map((band, b) => ({ band, b })).sort((x, y) => x.band.min - y.band.min);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && first.band.min !== 0)
    issues.push({
      path: [...path, first.b, 'min'],
      message: say.lowestBand(first.band.min),
    });
  if (last && last.band.max !== 100)
    issues.push({
      path: [...path, last.b, 'max'],
      message: say.highestBand(last.band.max),
    });
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (!prev || !next) continue;
    if (next.band.min > prev.band.max)
      issues.push({
        path: [...path, next.b, 'min'],
        message: say.bandGap(prev.band.max, next.band.min),
      });
    else if (next.band.min < prev.band.max)
      issues.push({
        path: [...path, next.b, 'min'],
        message: say.bandOverlap(next.band.min, prev.band.max),
      });
  }
  return issues;
}
