/** "Groeimindset": the overall score, the areas, the strongest area and the tips that help you grow. */
import type { Questionnaire } from '../format';
import type { QuestionnaireResult } from '../scoring';
import { type RecommendationView, recommendationViews, type ScoreView, scoreViews } from './figures';

export interface MindsetView {
  questionnaireId: string;
  title: string;
  answered: number;
  total: number;
  /** The score made of all statements of the others, when the questionnaire has one. */
  overall: ScoreView | null;
  areas: ScoreView[];
  /**
   * R34: the areas with the highest rounded score, all of them on a tie; empty when that score is not
   * above the middle of the scale (50).
   */
  strongest: ScoreView[];
  /** The tips of the overall band and of the areas that are not strong yet, each once. */
  tips: string[];
  recommendations: RecommendationView[];
}

/** The middle of the answer scale: a strongest area is named only above it (R34). */
export const STRONGEST_ABOVE = 50;

/** From this score on an area counts as a strong point (the top band of the questionnaires). */
export const STRONG_FROM = 75;

/** An "overall" score is one whose statements include every statement of the other scores. */
function isOverall(
  scale: { id: string; items: readonly string[] },
  all: readonly { id: string; items: readonly string[] }[],
) {
  const others = all.filter((s) => s.id !== scale.id);
  if (others.length === 0) return false;
  const own = new Set(scale.items);
  return others.every((s) => s.items.every((item) => own.has(item)));
}

export function mindsetView(q: Questionnaire, result: QuestionnaireResult): MindsetView {
  const views = scoreViews(q, result);
  const overallDef = q.scoring.scales.find((s) => isOverall(s, q.scoring.scales));
  const overall = views.find((v) => v.id === overallDef?.id) ?? null;
  const areas = views.filter((v) => v !== overall);
  const scored = areas.filter((a) => a.score !== null);
  const highest = Math.max(...scored.map((a) => a.score as number));
  const strongest = highest > STRONGEST_ABOVE ? scored.filter((a) => a.score === highest) : [];
  // Tips of the areas that are already strong add little; keep the ones that help you grow.
  const growing = areas.filter((a) => a.score !== null && a.score < STRONG_FROM);
  const tips = [...new Set([...(overall?.band?.tips ?? []), ...growing.flatMap((a) => a.band?.tips ?? [])])];
  return {
    questionnaireId: q.id,
    title: q.title,
    answered: result.answered,
    total: result.total,
    overall,
    areas,
    strongest,
    tips,
    recommendations: recommendationViews(result),
  };
}
