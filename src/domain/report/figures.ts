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
 * Rounds percentages to whole numbers that still add up to 100 (largest remainder): the three
 * parts of your time should never print as 99 % or 101 %. Ties go to the earlier key.
 */
export function roundShares<K extends string>(
  shares: Readonly<Record<K, number>>,
  keys: readonly K[],
  unit = 1,
): Record<K, number> {
  const total = keys.reduce((sum, key) => sum + shares[key], 0);
  const out = {} as Record<K, number>;
  if (total <= 0) {
    for (const key of keys) out[key] = 0;
    return out;
  }
  // Counted in units (of 5 for the time shares): 100 / unit of them, handed out by largest remainder.
  const units = Math.round(100 / unit);
  const scaled = keys.map((key, order) => ({ key, order, value: (shares[key] / total) * units }));
  let left = units;
  for (const part of scaled) {
    out[part.key] = Math.floor(part.value + 1e-9);
    left -= out[part.key];
  }
  const byRemainder = [...scaled].sort(
    (a, b) => b.value - Math.floor(b.value + 1e-9) - (a.value - Math.floor(a.value + 1e-9)) || a.order - b.order,
  );
  for (let i = 0; i < left && i < byRemainder.length; i++) {
    const part = byRemainder[i];
    if (part) out[part.key] += 1;
  }
  for (const key of keys) out[key] *= unit;
  return out;
}

/** Time shares are a guess from rough answers: printed in multiples of 5 (R7). */
export const TIME_SHARE_UNIT = 5;

/** R7: the share of time per trend in multiples of 5 that add up to 100; null when no time is given yet. */
export function roundTimeShare(share: TrendShares | null | undefined): TrendShares | null {
  return share ? roundShares(share, TREND_ORDER, TIME_SHARE_UNIT) : null;
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
