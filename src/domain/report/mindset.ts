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
  /** The area with the highest score (the first on a tie); null when no area has a score. */
  strongest: ScoreView | null;
  /** The tips of the overall band and of the areas that are not strong yet, each once. */
  tips: string[];
  recommendations: RecommendationView[];
}

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
  let strongest: ScoreView | null = null;
  for (const area of areas)
    if (area.exact !== null && (strongest === null || area.exact > (strongest.exact ?? 0))) strongest = area;
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
