/** "Talent en motivatie": the drivers, the strongest ones, the profiles and the other scores. */
import type { Condition, Questionnaire } from '../format';
import { DRIVER_GROUP, type ProfileResult, type QuestionnaireResult, type ScanResult } from '../scoring';
import { type RecommendationView, recommendationViews, type ScoreView, scoreViews } from './figures';

export interface ProfileView {
  id: string;
  optionId: string;
  title: string;
  explanation: string;
  label: string;
  text: string;
  helps: string[];
  helpsLess: string[];
  /** False when no condition held and the profile's fallback was used. */
  matched: boolean;
  /** The scores the profile looks at, in the order they first appear in its conditions. */
  basedOn: ScoreView[];
  /** True when a score it looks at has no answers yet: the profile is then a first guess. */
  incomplete: boolean;
}

export interface TalentView {
  questionnaireId: string;
  title: string;
  answered: number;
  total: number;
  /** All drivers in questionnaire order (for the chart: the same axes every time). */
  drivers: ScoreView[];
  top: ScoreView[];
  profiles: ProfileView[];
  /** Scores that are neither a driver nor looked at by a profile. */
  otherScales: ScoreView[];
  recommendations: RecommendationView[];
}

function conditionScales(condition: Condition, out: string[] = []): string[] {
  if ('all' in condition) for (const c of condition.all) conditionScales(c, out);
  else if ('any' in condition) for (const c of condition.any) conditionScales(c, out);
  else if ('not' in condition) conditionScales(condition.not, out);
  else if ('scale' in condition && !out.includes(condition.scale)) out.push(condition.scale);
  return out;
}

export function profileViews(
  q: Questionnaire,
  result: QuestionnaireResult,
  views: readonly ScoreView[] = scoreViews(q, result),
): ProfileView[] {
  return result.profiles.map((p: ProfileResult) => {
    const definition = q.scoring.profiles.find((d) => d.id === p.id);
    const ids: string[] = [];
    for (const option of definition?.options ?? []) conditionScales(option.when, ids);
    const basedOn = ids.flatMap((id) => views.filter((v) => v.id === id));
    return {
      id: p.id,
      optionId: p.optionId,
      title: p.title,
      explanation: p.explanation,
      label: p.label,
      text: p.text,
      helps: [...p.helps],
      helpsLess: [...p.helpsLess],
      matched: p.matched,
      basedOn,
      incomplete: basedOn.some((v) => v.score === null),
    };
  });
}

export function talentView(q: Questionnaire, result: QuestionnaireResult, scan: ScanResult): TalentView {
  const views = scoreViews(q, result);
  const drivers = views.filter((v) => v.group === DRIVER_GROUP);
  const byId = new Map(views.map((v) => [v.id, v]));
  const profiles = profileViews(q, result, views);
  const inProfile = new Set(profiles.flatMap((p) => p.basedOn.map((v) => v.id)));
  return {
    questionnaireId: q.id,
    title: q.title,
    answered: result.answered,
    total: result.total,
    drivers,
    top: scan.topDrivers.flatMap((d) => (byId.has(d.id) ? [byId.get(d.id) as ScoreView] : [])),
    profiles,
    otherScales: views.filter((v) => v.group !== DRIVER_GROUP && !inProfile.has(v.id)),
    recommendations: recommendationViews(result),
  };
}
