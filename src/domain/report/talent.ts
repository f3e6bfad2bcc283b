/**
 * "Talent en motivatie": what gives you energy (with its top as tie groups, R16), the conversation
 * blocks of the scales that are never a number (R18), the profiles of other questionnaires and the
 * other scores.
 */
import type { Condition, Questionnaire } from '../format';
import { allItems } from '../items';
import { isStatement } from '../kinds';
import {
  DRIVER_GROUP,
  type NoTopReason,
  type ProfileResult,
  type QuestionnaireResult,
  type ScanResult,
} from '../scoring';
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

/** R18: a scale that is a question for the conversation, never a number. */
export interface ConversationBlock {
  id: string;
  title: string;
  group: string | undefined;
  /** The statements with the answer given, in questionnaire order (unanswered ones left out). */
  statements: { text: string; answer: string }[];
  /** Answered statements, and how many of them on the "oneens" side. */
  answered: number;
  disagree: number;
  /** The conversation text that follows from the answers: `agree` when nothing is on the oneens side. */
  question: string;
}

export interface TalentView {
  questionnaireId: string;
  title: string;
  answered: number;
  total: number;
  /** All drivers in questionnaire order (for the chart: the same axes every time). */
  drivers: ScoreView[];
  /** R16: the top as tie groups, highest first; empty when there is no top. */
  topGroups: ScoreView[][];
  noTopReason: NoTopReason | null;
  /** The top in order, flattened (for the comparison of two scans). */
  top: ScoreView[];
  conversation: ConversationBlock[];
  profiles: ProfileView[];
  /** Scores that are neither a driver, nor looked at by a profile, nor a conversation question. */
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

/** The conversation texts of a scale (format F3); read this way so snapshots without them parse the same. */
export function conversationTexts(scale: object): { agree: string; disagree: string } | null {
  const texts = (scale as { conversation?: { agree: string; disagree: string } }).conversation;
  return texts ?? null;
}

/**
 * R18: an answer is on the "oneens" side when its position is at most half the scale's length (on six
 * labels: the first three). The labels themselves say so; there is no cut-off score.
 */
export function conversationBlocks(q: Questionnaire, answers: Readonly<Record<string, unknown>>): ConversationBlock[] {
  const items = new Map(allItems(q).map((item) => [item.id, item]));
  return q.scoring.scales.flatMap((scale) => {
    const texts = conversationTexts(scale);
    if (!texts) return [];
    const statements: { text: string; answer: string }[] = [];
    let disagree = 0;
    for (const id of scale.items) {
      const item = items.get(id);
      if (!item || !isStatement(item)) continue;
      const labels = q.answerScales.find((s) => s.id === item.scale)?.labels ?? [];
      const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > labels.length) continue;
      statements.push({ text: item.text, answer: labels[value - 1] as string });
      if (value <= labels.length / 2) disagree++;
    }
    if (statements.length === 0) return [];
    return [
      {
        id: scale.id,
        title: scale.title,
        group: scale.group,
        statements,
        answered: statements.length,
        disagree,
        question: disagree > 0 ? texts.disagree : texts.agree,
      },
    ];
  });
}

export function talentView(
  q: Questionnaire,
  result: QuestionnaireResult,
  scan: ScanResult,
  answers: Readonly<Record<string, unknown>> = {},
): TalentView {
  const views = scoreViews(q, result);
  const drivers = views.filter((v) => v.group === DRIVER_GROUP);
  const byId = new Map(views.map((v) => [v.id, v]));
  const profiles = profileViews(q, result, views);
  const inProfile = new Set(profiles.flatMap((p) => p.basedOn.map((v) => v.id)));
  const asQuestion = new Set(q.scoring.scales.filter((s) => conversationTexts(s) !== null).map((s) => s.id));
  const topGroups = scan.topDrivers.groups.map((group) =>
    group.flatMap((d) => (byId.has(d.id) ? [byId.get(d.id) as ScoreView] : [])),
  );
  return {
    questionnaireId: q.id,
    title: q.title,
    answered: result.answered,
    total: result.total,
    drivers,
    topGroups,
    noTopReason: scan.topDrivers.noTopReason,
    top: topGroups.flat(),
    conversation: conversationBlocks(q, answers),
    profiles,
    otherScales: views.filter((v) => v.group !== DRIVER_GROUP && !inProfile.has(v.id) && !asQuestion.has(v.id)),
    recommendations: recommendationViews(result),
  };
}
