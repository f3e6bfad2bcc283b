/**
 * The building blocks every part of the report shares: whole-number scores, shares that add up to
 * 100, and a score or band as the report shows it. Pure: no Preact, idb, chart.js or DOM.
 */
import type { Band, Questionnaire, Trend } from '../format';
import type { QuestionnaireResult, ScaleResult, TrendShares } from '../scoring';
import { reversedStatements } from './answer-text';

export type { TrendShares };

/** Trends in the order the report shows them: the work that grows first. */
export const TREND_ORDER: readonly Trend[] = ['groeit', 'blijft', 'krimpt'];

export interface BandView {
  label: string;
  text: string;
  tips: string[];
}

export interface ScoreView {
  id: string;
  title: string;
  explanation: string;
  group: string | undefined;
  /** Rounded to a whole number 0–100; null when nothing of it is answered. */
  score: number | null;
  exact: number | null;
  answered: number;
  total: number;
  band: BandView | null;
  method: 'mean' | 'sum';
  /** How many of its statements count the other way round. */
  reversed: number;
}

export interface RecommendationView {
  id: string;
  title: string;
  advice: string;
  activities: string[];
}

/** Whole-number score; keeps null. */
export function roundScore(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value);
}

/**
 * Rounds shares to whole percentages (or multiples of `unit`) that still add up to 100, by largest
 * remainder: the parts of your time never print as 99 % or 101 %. Ties go to the earlier key.
 * Pass the amounts themselves (punten), not percentages: with whole amounts every remainder is a
 * whole number, so two remainders that are equal by hand are equal here too.
 */
export function roundShares<K extends string>(
  amounts: Readonly<Record<K, number>>,
  keys: readonly K[],
  unit = 1,
): Record<K, number> {
  const total = keys.reduce((sum, key) => sum + amounts[key], 0);
  const out = {} as Record<K, number>;
  if (total <= 0) {
    for (const key of keys) out[key] = 0;
    return out;
  }
  const units = Math.round(100 / unit);
  // amount × units / total = whole + remainder / total.
  const parts = keys.map((key, order) => {
    const scaled = amounts[key] * units;
    const whole = Math.floor(scaled / total);
    return { key, order, whole, remainder: scaled - whole * total };
  });
  let left = units - parts.reduce((sum, part) => sum + part.whole, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.order - b.order);
  for (const part of byRemainder) {
    if (left <= 0) break;
    part.whole += 1;
    left -= 1;
  }
  for (const part of parts) out[part.key] = part.whole * unit;
  return out;
}

/** Time shares are a guess from rough answers: printed in multiples of 5 (R7). */
export const TIME_SHARE_UNIT = 5;

/**
 * R7: the share of time per trend in multiples of 5 that add up to 100, from the punten per trend;
 * null when no time is given yet.
 */
export function roundTimeShare(punten: TrendShares | null | undefined): TrendShares | null {
  if (!punten || TREND_ORDER.every((trend) => punten[trend] <= 0)) return null;
  return roundShares(punten, TREND_ORDER, TIME_SHARE_UNIT);
}

export function bandView(band: Band | null): BandView | null {
  return band ? { label: band.label, text: band.text, tips: [...band.tips] } : null;
}

export function scoreView(q: Questionnaire, scale: ScaleResult): ScoreView {
  const definition = q.scoring.scales.find((s) => s.id === scale.id);
  return {
    id: scale.id,
    title: scale.title,
    explanation: scale.explanation,
    group: scale.group,
    score: roundScore(scale.score),
    exact: scale.score,
    answered: scale.answered,
    total: scale.total,
    band: bandView(scale.band),
    method: definition?.method ?? 'mean',
    reversed: reversedStatements(q, definition?.items ?? []),
  };
}

export function scoreViews(q: Questionnaire, result: QuestionnaireResult): ScoreView[] {
  return result.scales.map((s) => scoreView(q, s));
}

export function optionLabel(
  options: readonly { value: number; label: string }[],
  value: number | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  return options.find((o) => o.value === value)?.label;
}

export function recommendationViews(result: QuestionnaireResult): RecommendationView[] {
  return result.recommendations.map((r) => ({
    id: r.id,
    title: r.title,
    advice: r.advice,
    activities: [...r.activities],
  }));
}
