/** Scales, bands, conditions and profiles: the parts of scoring every questionnaire shares. */
import * as say from '../../text/validation';
import { type Answers, type AnswerValue, answerProblem } from '../answers';
import type { Band, Condition, Item, Profile, Questionnaire, Scale } from '../format';
import { isStatement } from '../kinds';
import type { ProfileResult, ScaleResult } from './index';

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

export function validAnswer(q: Questionnaire, item: Item, answers: Answers): AnswerValue | undefined {
  const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  if (value === undefined || answerProblem(q, item, value) !== undefined) return undefined;
  return value;
}

export function scaleResult(
  q: Questionnaire,
  scale: Scale,
  items: ReadonlyMap<string, Item>,
  answers: Answers,
): ScaleResult {
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
    asQuestion: isConversationScale(scale),
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

export function profileResult(
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

/** R18: a scale with conversation texts (format F3) is a question for the conversation, never a number. */
export function isConversationScale(scale: object): boolean {
  return (scale as { conversation?: unknown }).conversation !== undefined;
}
