/**
 * The data of the report for the development conversation: everything the report shows, worked out
 * from the scan's questionnaires and answers with the scoring engine. Pure: no Preact, idb, chart.js
 * or DOM. The words around the data live in src/text/report.ts.
 *
 * Nothing here knows a questionnaire by its id. The task pack is the questionnaire of kind
 * "takenpakket"; its scoring.taskShift names the questionnaire with the drivers (talent and
 * motivation); the other questionnaires with scores are treated as the growth mindset part.
 */
import type { AnswerValue } from './answers';
import { allItems, type Band, type Condition, type Item, type Questionnaire, type Trend } from './format';
import {
  DRIVER_GROUP,
  type ProfileResult,
  type QuestionnaireResult,
  type ScaleResult,
  type ScanResult,
  scoreScan,
  type TaskResult,
  type TrendShares,
} from './scoring';

export type { TrendShares };

/** The parts of the report, in print order. The cover is always printed, so it is not listed. */
export const REPORT_SECTION_IDS = [
  'samenvatting',
  'werk',
  'groeimindset',
  'talent',
  'leren',
  'gesprek',
  'plan',
  'rekenen',
  'verschil',
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/** The four development directions of the conversation; option ids in a questionnaire may use them. */
export const DIRECTION_IDS = ['promotie', 'verrijking', 'verbreding', 'herorientatie'] as const;

/** Trends in the order the report shows them: the work that grows first. */
export const TREND_ORDER: readonly Trend[] = ['groeit', 'blijft', 'krimpt'];

/** What the report needs of a scan record (structurally a subset of storage's ScanRecord). */
export interface ReportScan {
  id: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ScanInput {
  scan: ReportScan;
  /** The versions the scan was taken with, in scan order. */
  questionnaires: readonly Questionnaire[];
  answers: Readonly<Record<string, Readonly<Record<string, AnswerValue>>>>;
}

export interface ReportInput extends ScanInput {
  /** Only hiddenSections is read: which parts stay off the paper. */
  plan?: { hiddenSections: readonly string[] } | null;
  earlier?: ScanInput | null;
}

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

export interface Progress {
  questionnaireId: string;
  title: string;
  answered: number;
  total: number;
}

export interface TaskRow {
  id: string;
  task: string;
  trend: Trend;
  isNew: boolean;
  /** The answer labels as the person saw them; undefined when not answered. */
  time: string | undefined;
  liking: string | undefined;
  ability: string | undefined;
  answered: boolean;
}

export interface FittingTask {
  task: string;
  /** Titles of the top drivers this growing task draws on. */
  drivers: string[];
}

export interface MatchView {
  /** Whole number 0–100, null when nothing about growing tasks is answered yet. */
  score: number | null;
  exact: number | null;
  band: BandView | null;
  weights: { liking: number; ability: number; timeShare: number };
  /** Rounded parts; null parts are left out and the other weights count for more. */
  parts: { liking: number | null; ability: number | null; timeShare: number | null };
}

export interface WorkView {
  questionnaireId: string;
  title: string;
  role: string;
  answeredTasks: number;
  totalTasks: number;
  match: MatchView;
  /** Whole percentages that add up to exactly 100; null when no time is given yet. */
  timeShare: TrendShares | null;
  /** Number of tasks per trend. */
  taskCount: TrendShares;
  tasks: TaskRow[];
  sterk: string[];
  passend: FittingTask[];
  kansen: string[];
  loslaten: string[];
}

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

export interface RecommendationView {
  id: string;
  title: string;
  advice: string;
  activities: string[];
}

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
  recommendations: RecommendationView[];
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

export interface TallyView {
  id: string;
  title: string;
  explanation: string;
  question: string;
  chosen: number;
  /** How many could be chosen (the question's maximum). */
  max: number;
  groups: { id: string; label: string; count: number; percent: number | null; options: string[] }[];
}

export interface DirectionView {
  question: string;
  options: { id: string; label: string; chosen: boolean }[];
  chosen: string[];
}

export interface OwnWords {
  question: string;
  answer: string;
}

export type TalkingPoint =
  | { kind: 'sterk'; tasks: string[] }
  | { kind: 'drijfveren'; drivers: string[]; tasks: string[] }
  | { kind: 'mindset'; area: string }
  | { kind: 'kansen'; tasks: string[] }
  | { kind: 'groeien'; tasks: string[] }
  | { kind: 'loslaten'; tasks: string[]; share: number | null }
  | { kind: 'krimp'; share: number }
  | { kind: 'richting' }
  | { kind: 'steun' };

/**
 * One explanation in "Zo rekenen we" for a kind of figure, with the scores it covers: every
 * score is explained once, and scores made the same way share one explanation.
 */
export interface MethodGroup {
  /**
   * overall: the score made of all statements of a questionnaire; areas: the mindset areas;
   * drivers: the drivers; profile: a profile with the scores it looks at; scale: a score of its
   * own; tally: counted choices.
   */
  kind: 'overall' | 'areas' | 'drivers' | 'profile' | 'scale' | 'tally';
  id: string;
  /** The questionnaire's title of the profile, score or tally; empty for areas and drivers. */
  title: string;
  /** The questionnaire's own explanation where it covers the whole group; null for areas and drivers. */
  explanation: string | null;
  scales: ScoreView[];
  /** How every score of the group is made, when they are all made the same way; else null. */
  rule: { method: 'mean' | 'sum'; statements: number; reversed: number } | null;
}

export interface MethodView {
  match: MatchView | null;
  /** The time answers and how many parts of time each counts for. */
  timeOptions: { label: string; weight: number }[];
  likedFrom: string | null;
  ableFrom: string | null;
  muchTimeFrom: string | null;
  /** How many of the person's strongest drivers a task must serve to count as "past bij je drijfveren". */
  topDrivers: number;
  scales: ScoreView[];
  tallies: TallyView[];
  profiles: ProfileView[];
  /** The scores, profiles and tallies grouped by kind of figure, each score in exactly one group. */
  groups: MethodGroup[];
}

export interface ChangeRow {
  id: string;
  /** match: the match figure; groeit/krimpt: share of time; scale: a score with its title. */
  kind: 'match' | 'groeit' | 'krimpt' | 'scale';
  /** Which part of the report the figure belongs to. */
  part: 'werk' | 'groeimindset' | 'talent';
  title: string;
  before: number | null;
  now: number | null;
  /** now − before, null when one of them is missing. */
  difference: number | null;
}

export interface ChangeView {
  earlierDate: string;
  sameRole: boolean;
  earlierRole: string;
  /** A questionnaire was a different version then: scores can differ for that reason too. */
  versionChanged: boolean;
  rows: ChangeRow[];
  profiles: { title: string; before: string; now: string }[];
  topDrivers: { before: string[]; now: string[] };
  newStrong: string[];
}

export interface ReportData {
  scanId: string;
  /** ISO date of the scan: when it was finished, or last changed when not finished. */
  date: string;
  finished: boolean;
  progress: Progress[];
  answered: number;
  total: number;
  complete: boolean;
  work: WorkView | null;
  mindset: MindsetView | null;
  talent: TalentView | null;
  tallies: TallyView[];
  direction: DirectionView | null;
  ownWords: OwnWords[];
  talkingPoints: TalkingPoint[];
  method: MethodView;
  change: ChangeView | null;
  /** The sections this report has, in order. */
  sections: ReportSectionId[];
  /** The sections that go on paper. */
  printed: ReportSectionId[];
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
): Record<K, number> {
  const total = keys.reduce((sum, key) => sum + shares[key], 0);
  const out = {} as Record<K, number>;
  if (total <= 0) {
    for (const key of keys) out[key] = 0;
    return out;
  }
  const scaled = keys.map((key, order) => ({ key, order, value: (shares[key] / total) * 100 }));
  let left = 100;
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
  return out;
}

function bandView(band: Band | null): BandView | null {
  return band ? { label: band.label, text: band.text, tips: [...band.tips] } : null;
}

function scoreView(q: Questionnaire, scale: ScaleResult): ScoreView {
  const definition = q.scoring.scales.find((s) => s.id === scale.id);
  const items = new Map(allItems(q).map((item) => [item.id, item]));
  const reversed = (definition?.items ?? []).filter((id) => {
    const item = items.get(id);
    return item?.kind === 'statement' && item.reverse;
  }).length;
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
    reversed,
  };
}

function optionLabel(options: readonly { value: number; label: string }[], value: number | undefined) {
  if (value === undefined) return undefined;
  return options.find((o) => o.value === value)?.label;
}

function workView(q: Questionnaire, result: QuestionnaireResult, scan: ScanResult): WorkView | null {
  const shift = result.taskShift;
  const questions = q.taskQuestions;
  if (!shift || !questions) return null;
  const order = (t: TaskResult) => TREND_ORDER.indexOf(t.trend);
  const tasks: TaskRow[] = shift.tasks
    .map((t, index) => ({ t, index }))
    .sort((a, b) => order(a.t) - order(b.t) || a.index - b.index)
    .map(({ t }) => ({
      id: t.id,
      task: t.task,
      trend: t.trend,
      isNew: t.isNew,
      time: optionLabel(questions.time.options, t.time),
      liking: optionLabel(questions.liking.options, t.liking),
      ability: optionLabel(questions.ability.options, t.ability),
      answered: t.time !== undefined && t.liking !== undefined && t.ability !== undefined,
    }));
  const taskCount: TrendShares = { groeit: 0, blijft: 0, krimpt: 0 };
  for (const t of shift.tasks) taskCount[t.trend] += 1;
  const driverTitle = new Map(scan.drivers.map((d) => [d.id, d.title]));
  return {
    questionnaireId: q.id,
    title: q.title,
    role: q.role ?? q.title,
    answeredTasks: shift.answeredTasks,
    totalTasks: shift.totalTasks,
    match: {
      score: roundScore(shift.match.score),
      exact: shift.match.score,
      band: bandView(shift.match.band),
      weights: { ...shift.match.weights },
      parts: {
        liking: roundScore(shift.match.parts.liking),
        ability: roundScore(shift.match.parts.ability),
        timeShare: roundScore(shift.match.parts.timeShare),
      },
    },
    timeShare: shift.timeShare ? roundShares(shift.timeShare, TREND_ORDER) : null,
    taskCount,
    tasks,
    sterk: shift.sterk.map((t) => t.task),
    passend: scan.pastBijDrijfveren.map((t) => ({
      task: t.task,
      drivers: t.matchingDrivers.map((id) => driverTitle.get(id) ?? id),
    })),
    kansen: shift.kansen.map((t) => t.task),
    loslaten: shift.loslaten.map((t) => t.task),
  };
}

function recommendationViews(result: QuestionnaireResult): RecommendationView[] {
  return result.recommendations.map((r) => ({
    id: r.id,
    title: r.title,
    advice: r.advice,
    activities: [...r.activities],
  }));
}

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

function mindsetView(q: Questionnaire, result: QuestionnaireResult): MindsetView {
  const views = result.scales.map((s) => scoreView(q, s));
  const overallDef = q.scoring.scales.find((s) => isOverall(s, q.scoring.scales));
  const overall = views.find((v) => v.id === overallDef?.id) ?? null;
  const areas = views.filter((v) => v !== overall);
  let strongest: ScoreView | null = null;
  for (const area of areas)
    if (area.exact !== null && (strongest === null || area.exact > (strongest.exact ?? 0))) strongest = area;
  return {
    questionnaireId: q.id,
    title: q.title,
    answered: result.answered,
    total: result.total,
    overall,
    areas,
    strongest,
    recommendations: recommendationViews(result),
  };
}

function conditionScales(condition: Condition, out: string[] = []): string[] {
  if ('all' in condition) for (const c of condition.all) conditionScales(c, out);
  else if ('any' in condition) for (const c of condition.any) conditionScales(c, out);
  else if ('not' in condition) conditionScales(condition.not, out);
  else if ('scale' in condition && !out.includes(condition.scale)) out.push(condition.scale);
  return out;
}

function profileViews(q: Questionnaire, result: QuestionnaireResult, views: readonly ScoreView[]): ProfileView[] {
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

function talentView(q: Questionnaire, result: QuestionnaireResult, scan: ScanResult): TalentView {
  const views = result.scales.map((s) => scoreView(q, s));
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

function tallyViews(q: Questionnaire, result: QuestionnaireResult): TallyView[] {
  return result.tallies.map((tally) => {
    const definition = q.scoring.tallies.find((t) => t.id === tally.id);
    const item = allItems(q).find((i) => i.id === definition?.item);
    const options = item?.kind === 'multi' ? item.options : [];
    const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
    const counts = Object.fromEntries(tally.groups.map((g) => [g.id, g.count]));
    const percents =
      tally.chosen > 0
        ? roundShares(
            counts,
            tally.groups.map((g) => g.id),
          )
        : null;
    return {
      id: tally.id,
      title: tally.title,
      explanation: tally.explanation,
      question: item && item.kind === 'multi' ? item.text : tally.title,
      chosen: tally.chosen,
      max: item?.kind === 'multi' ? item.max : tally.chosen,
      groups: tally.groups.map((g) => ({
        id: g.id,
        label: g.label,
        count: g.count,
        percent: percents ? (percents[g.id] ?? 0) : null,
        options: g.options.map(label),
      })),
    };
  });
}

function directionView(questionnaires: readonly Questionnaire[], answers: ScanInput['answers']): DirectionView | null {
  for (const q of questionnaires) {
    const tallied = new Set(q.scoring.tallies.map((t) => t.item));
    for (const item of allItems(q)) {
      if ((item.kind !== 'single' && item.kind !== 'multi') || tallied.has(item.id)) continue;
      const known = item.options.filter((o) => (DIRECTION_IDS as readonly string[]).includes(o.id)).length;
      if (known < 2) continue;
      const value = answers[q.id]?.[item.id];
      const picked = new Set(
        item.kind === 'single'
          ? typeof value === 'string'
            ? [value]
            : []
          : Array.isArray(value)
            ? value.filter((v): v is string => typeof v === 'string')
            : [],
      );
      const options = item.options.map((o) => ({ id: o.id, label: o.label, chosen: picked.has(o.id) }));
      return { question: item.text, options, chosen: options.filter((o) => o.chosen).map((o) => o.label) };
    }
  }
  return null;
}

function ownWords(questionnaires: readonly Questionnaire[], answers: ScanInput['answers']): OwnWords[] {
  return questionnaires.flatMap((q) =>
    allItems(q).flatMap((item: Item) => {
      if (item.kind !== 'text') return [];
      const value = answers[q.id]?.[item.id];
      if (typeof value !== 'string' || value.trim() === '' || value.length > item.maxLength) return [];
      return [{ question: item.text, answer: value.trim() }];
    }),
  );
}

const FIRST = 2;

function talkingPoints(work: WorkView | null, talent: TalentView | null, mindset: MindsetView | null): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  // 1. A strength to build on.
  if (work && work.sterk.length > 0) points.push({ kind: 'sterk', tasks: work.sterk.slice(0, FIRST) });
  else if (talent && talent.top.length > 0)
    points.push({
      kind: 'drijfveren',
      drivers: talent.top.map((d) => d.title),
      tasks: (work?.passend ?? []).slice(0, FIRST).map((p) => p.task),
    });
  else if (mindset?.strongest) points.push({ kind: 'mindset', area: mindset.strongest.title });
  // 2. Where you can grow.
  if (work && work.kansen.length > 0) points.push({ kind: 'kansen', tasks: work.kansen.slice(0, FIRST) });
  else {
    // Growing tasks you answered but do not master yet (the strong ones are in work.sterk).
    const notYet = (work?.tasks ?? []).filter(
      (t) => t.trend === 'groeit' && t.ability !== undefined && !work?.sterk.includes(t.task),
    );
    if (notYet.length > 0) points.push({ kind: 'groeien', tasks: notYet.slice(0, FIRST).map((t) => t.task) });
  }
  // 3. What changes: the shrinking work that now takes much of your time.
  if (work && work.loslaten.length > 0)
    points.push({ kind: 'loslaten', tasks: work.loslaten.slice(0, FIRST), share: work.timeShare?.krimpt ?? null });
  else if (work?.timeShare && work.timeShare.krimpt > 0) points.push({ kind: 'krimp', share: work.timeShare.krimpt });
  for (const fallback of ['richting', 'steun'] as const)
    if (points.length < 3 && !points.some((p) => p.kind === fallback)) points.push({ kind: fallback });
  return points.slice(0, 3);
}

interface Core {
  scan: ReportScan;
  date: string;
  result: ScanResult;
  progress: Progress[];
  work: WorkView | null;
  mindset: MindsetView | null;
  talent: TalentView | null;
  tallies: TallyView[];
  scales: ScoreView[];
  profiles: ProfileView[];
}

function buildCore(input: ScanInput): Core {
  const { questionnaires, answers } = input;
  const result = scoreScan(questionnaires, answers);
  const pairs = questionnaires.map((q, i) => ({ q, r: result.results[i] as QuestionnaireResult }));
  const packPair = pairs.find((p) => p.q.kind === 'takenpakket');
  const driverId = packPair?.q.scoring.taskShift?.driverQuestionnaire;
  const talentPair =
    pairs.find((p) => p.q.id === driverId) ??
    pairs.find((p) => p.q.kind === 'vragenlijst' && p.q.scoring.scales.some((s) => s.group === DRIVER_GROUP));
  const mindsetPair = pairs.find(
    (p) => p.q.kind === 'vragenlijst' && p !== talentPair && p.q.scoring.scales.length > 0,
  );
  const work = packPair ? workView(packPair.q, packPair.r, result) : null;
  const mindset = mindsetPair ? mindsetView(mindsetPair.q, mindsetPair.r) : null;
  const talent = talentPair ? talentView(talentPair.q, talentPair.r, result) : null;
  const scales = pairs.flatMap(({ q, r }) => r.scales.map((s) => scoreView(q, s)));
  const profiles = pairs.flatMap(({ q, r }) =>
    profileViews(
      q,
      r,
      r.scales.map((s) => scoreView(q, s)),
    ),
  );
  return {
    scan: input.scan,
    date: input.scan.finishedAt ?? input.scan.updatedAt,
    result,
    progress: pairs.map(({ q, r }) => ({
      questionnaireId: q.id,
      title: q.title,
      answered: r.answered,
      total: r.total,
    })),
    work,
    mindset,
    talent,
    tallies: pairs.flatMap(({ q, r }) => tallyViews(q, r)),
    scales,
    profiles,
  };
}

function changeView(now: Core, before: Core, input: ReportInput): ChangeView {
  const rows: ChangeRow[] = [];
  const row = (
    part: ChangeRow['part'],
    kind: ChangeRow['kind'],
    id: string,
    title: string,
    b: number | null,
    n: number | null,
  ) => rows.push({ id, kind, part, title, before: b, now: n, difference: b !== null && n !== null ? n - b : null });
  if (now.work) {
    const { title, timeShare } = now.work;
    row('werk', 'match', 'match', title, before.work?.match.score ?? null, now.work.match.score);
    row('werk', 'groeit', 'groeit', title, before.work?.timeShare?.groeit ?? null, timeShare?.groeit ?? null);
    row('werk', 'krimpt', 'krimpt', title, before.work?.timeShare?.krimpt ?? null, timeShare?.krimpt ?? null);
  }
  const earlierScales = new Map(before.scales.map((s) => [s.id, s]));
  const compared = [
    ...(now.mindset ? [now.mindset.overall, ...now.mindset.areas] : []).map((scale) => ({
      scale,
      part: 'groeimindset' as const,
    })),
    ...(now.talent?.drivers ?? []).map((scale) => ({ scale, part: 'talent' as const })),
  ];
  for (const { scale, part } of compared) {
    if (!scale) continue;
    const then = earlierScales.get(scale.id);
    if (then) row(part, 'scale', scale.id, scale.title, then.score, scale.score);
  }
  const earlierProfiles = new Map(before.profiles.map((p) => [p.id, p]));
  const versions = (qs: readonly Questionnaire[]) => new Map(qs.map((q) => [q.id, q.version]));
  const nowVersions = versions(input.questionnaires);
  const beforeVersions = versions(input.earlier?.questionnaires ?? []);
  const earlierStrong = new Set(before.work?.sterk ?? []);
  return {
    earlierDate: before.date,
    sameRole: (before.work?.questionnaireId ?? null) === (now.work?.questionnaireId ?? null),
    earlierRole: before.work?.role ?? '',
    versionChanged: [...nowVersions].some(([id, v]) => beforeVersions.has(id) && beforeVersions.get(id) !== v),
    rows,
    profiles: now.profiles.flatMap((p) => {
      const then = earlierProfiles.get(p.id);
      return then ? [{ title: p.title, before: then.label, now: p.label }] : [];
    }),
    topDrivers: {
      before: before.talent?.top.map((d) => d.title) ?? [],
      now: now.talent?.top.map((d) => d.title) ?? [],
    },
    newStrong: (now.work?.sterk ?? []).filter((t) => !earlierStrong.has(t)),
  };
}

/** How the scores are made, when they are all made the same way. */
function sharedRule(scales: readonly ScoreView[]): MethodGroup['rule'] {
  const first = scales[0];
  if (!first) return null;
  const same = scales.every(
    (s) => s.method === first.method && s.total === first.total && s.reversed === first.reversed,
  );
  return same ? { method: first.method, statements: first.total, reversed: first.reversed } : null;
}

/**
 * The explanations of "Zo rekenen we", one per kind of figure: the overall mindset score, the
 * mindset areas, the drivers, each profile with the scores it looks at, the other scores one by
 * one, and the tallies. Every score of the scan lands in exactly one group.
 */
export function methodGroups(
  scales: readonly ScoreView[],
  mindset: MindsetView | null,
  talent: TalentView | null,
  profiles: readonly ProfileView[],
  tallies: readonly TallyView[],
): MethodGroup[] {
  const groups: MethodGroup[] = [];
  const explained = new Set<string>();
  const present = (list: readonly ScoreView[]) => {
    const fresh = list.filter((s) => !explained.has(s.id) && scales.some((all) => all.id === s.id));
    for (const s of fresh) explained.add(s.id);
    return fresh;
  };
  const add = (group: Omit<MethodGroup, 'rule'>) => {
    if (group.scales.length > 0 || group.kind === 'profile' || group.kind === 'tally')
      groups.push({ ...group, rule: sharedRule(group.scales) });
  };
  if (mindset?.overall) {
    const own = mindset.overall;
    add({ kind: 'overall', id: own.id, title: own.title, explanation: own.explanation, scales: present([own]) });
  }
  if (mindset) add({ kind: 'areas', id: 'areas', title: '', explanation: null, scales: present(mindset.areas) });
  if (talent) add({ kind: 'drivers', id: 'drivers', title: '', explanation: null, scales: present(talent.drivers) });
  for (const p of profiles)
    add({ kind: 'profile', id: p.id, title: p.title, explanation: p.explanation, scales: present(p.basedOn) });
  for (const s of scales)
    if (!explained.has(s.id))
      add({ kind: 'scale', id: s.id, title: s.title, explanation: s.explanation, scales: present([s]) });
  for (const tally of tallies)
    add({ kind: 'tally', id: tally.id, title: tally.title, explanation: tally.explanation, scales: [] });
  return groups;
}

/** Everything the report shows, from one scan (and an earlier one to compare with, if any). */
export function buildReport(input: ReportInput): ReportData {
  const core = buildCore(input);
  const { work, mindset, talent, tallies } = core;
  const pack = input.questionnaires.find((q) => q.kind === 'takenpakket');
  const config = pack?.scoring.taskShift;
  const questions = pack?.taskQuestions;
  const change = input.earlier ? changeView(core, buildCore(input.earlier), input) : null;
  const direction = directionView(input.questionnaires, input.answers);
  const answered = core.progress.reduce((sum, p) => sum + p.answered, 0);
  const total = core.progress.reduce((sum, p) => sum + p.total, 0);

  const sections: ReportSectionId[] = ['samenvatting'];
  if (work) sections.push('werk');
  if (mindset) sections.push('groeimindset');
  if (talent) sections.push('talent');
  if (tallies.length > 0) sections.push('leren');
  sections.push('gesprek', 'plan', 'rekenen');
  if (change) sections.push('verschil');

  return {
    scanId: input.scan.id,
    date: core.date,
    finished: input.scan.finishedAt !== null,
    progress: core.progress,
    answered,
    total,
    complete: answered === total,
    work,
    mindset,
    talent,
    tallies,
    direction,
    ownWords: ownWords(input.questionnaires, input.answers),
    talkingPoints: talkingPoints(work, talent, mindset),
    method: {
      match: work?.match ?? null,
      timeOptions: questions?.time.options.map((o) => ({ label: o.label, weight: o.weight })) ?? [],
      likedFrom: config && questions ? (optionLabel(questions.liking.options, config.likedFrom) ?? null) : null,
      ableFrom: config && questions ? (optionLabel(questions.ability.options, config.ableFrom) ?? null) : null,
      muchTimeFrom: config && questions ? (optionLabel(questions.time.options, config.muchTimeFrom) ?? null) : null,
      topDrivers: config?.topDrivers ?? 0,
      scales: core.scales,
      tallies,
      profiles: core.profiles,
      groups: methodGroups(core.scales, mindset, talent, core.profiles, tallies),
    },
    change,
    sections,
    printed: printedSections(sections, input.plan?.hiddenSections ?? []),
  };
}

/** The parts that go on paper: all the report has, minus the ones the person unchecked. */
export function printedSections(
  sections: readonly ReportSectionId[],
  hiddenSections: readonly string[],
): ReportSectionId[] {
  const hidden = new Set(hiddenSections);
  return sections.filter((s) => !hidden.has(s));
}
