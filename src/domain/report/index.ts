/**
 * The data of the report for the development conversation: everything the report shows, worked out
 * from the scan's questionnaires and answers with the scoring engine. Pure: no Preact, idb, chart.js
 * or DOM. The words around the data live in src/text/report.ts; which part of the report shows what
 * is listed once, in src/report/sections/registry.tsx.
 *
 * One file per part of the report; parts.ts says which questionnaire fills which part.
 */

import type { Questionnaire } from '../format';
import type { QuestionnaireAnswers, Scan } from '../scan';
import { type QuestionnaireResult, scoreScan } from '../scoring';
import { type ChangeSide, type ChangeView, changeView } from './change';
import { scanFigures } from './compare';
import { type DirectionView, directionView, type OwnWords, ownWords } from './conversation';
import { scoreViews } from './figures';
import { type TallyView, tallyViews } from './learning';
import { type MethodView, methodView } from './method';
import { type MindsetView, mindsetView } from './mindset';
import { reportParts } from './parts';
import { printedSections, type ReportSectionId, reportSections, type SectionContents } from './sections';
import { type Progress, type Strength, strengths, type TalkingPoint, talkingPoints } from './summary';
import { profileViews, type TalentView, talentView } from './talent';
import { type WorkView, workView } from './work';

export * from './change';
export * from './compare';
export * from './conversation';
export * from './figures';
export * from './learning';
export * from './method';
export * from './mindset';
export * from './sections';
export * from './summary';
export * from './talent';
export * from './work';

/** What the report needs of a scan: its dates. */
export type ReportScan = Pick<Scan, 'id' | 'createdAt' | 'updatedAt' | 'finishedAt'>;

/** An answered scan (domain/scan.ts) as far as the report reads it. */
export interface ScanInput {
  scan: ReportScan;
  /** The versions the scan was taken with, in scan order. */
  questionnaires: readonly Questionnaire[];
  answers: Readonly<Record<string, Readonly<QuestionnaireAnswers>>>;
}

export interface ReportInput extends ScanInput {
  /** Only hiddenSections is read: which parts stay off the paper. */
  plan?: { hiddenSections: readonly string[] } | null;
  earlier?: ScanInput | null;
}

/** What the report shows, before it is split into its parts. */
export interface ReportContent {
  scanId: string;
  /** ISO date of the scan: when it was finished, or last changed when not finished. */
  date: string;
  finished: boolean;
  progress: Progress[];
  answered: number;
  total: number;
  complete: boolean;
  strengths: Strength[];
  work: WorkView | null;
  mindset: MindsetView | null;
  talent: TalentView | null;
  tallies: TallyView[];
  direction: DirectionView | null;
  ownWords: OwnWords[];
  talkingPoints: TalkingPoint[];
  method: MethodView;
  change: ChangeView | null;
}

export interface ReportData extends ReportContent {
  /** The sections this report has, in order. */
  sections: ReportSectionId[];
  /** The sections that go on paper. */
  printed: ReportSectionId[];
  /** What each of those sections shows. */
  contents: SectionContents;
}

interface Core extends ChangeSide {
  progress: Progress[];
  pack: Questionnaire | null;
  work: WorkView | null;
  mindset: MindsetView | null;
  talent: TalentView | null;
  tallies: TallyView[];
  direction: DirectionView | null;
  scales: ReturnType<typeof scoreViews>;
  profiles: ReturnType<typeof profileViews>;
}

function buildCore(input: ScanInput): Core {
  const { questionnaires, answers } = input;
  const result = scoreScan(questionnaires, answers);
  const pairs = questionnaires.map((q, i) => ({ q, r: result.results[i] as QuestionnaireResult }));
  const parts = reportParts(pairs, (p) => p.q);
  const { pack, groeimindset, talent } = parts;
  return {
    date: input.scan.finishedAt ?? input.scan.updatedAt,
    questionnaires,
    figures: scanFigures(result),
    progress: pairs.map(({ q, r }) => ({
      questionnaireId: q.id,
      title: q.title,
      answered: r.answered,
      total: r.total,
    })),
    pack: pack?.q ?? null,
    work: pack ? workView(pack.q, pack.r, result) : null,
    mindset: groeimindset ? mindsetView(groeimindset.q, groeimindset.r) : null,
    talent: talent ? talentView(talent.q, talent.r, result, answers[talent.q.id] ?? {}) : null,
    tallies: pairs.flatMap(({ q, r }) => tallyViews(q, r)),
    direction: directionView(
      parts.direction && { questionnaire: parts.direction.questionnaire.q, question: parts.direction.question },
      answers,
    ),
    // A scale that is a question for the conversation (R18) is explained in words, not as a score.
    scales: pairs.flatMap(({ q, r }) => {
      const questions = new Set(r.scales.filter((s) => s.asQuestion).map((s) => s.id));
      return scoreViews(q, r).filter((v) => !questions.has(v.id));
    }),
    profiles: pairs.flatMap(({ q, r }) => profileViews(q, r)),
  };
}

/** Everything the report shows, from one scan (and an earlier one to compare with, if any). */
export function buildReport(input: ReportInput): ReportData {
  const content = buildContent(input);
  const { sections, contents } = reportSections(content, input);
  return { ...content, sections, contents, printed: printedSections(sections, input.plan?.hiddenSections ?? []) };
}

function buildContent(input: ReportInput): ReportContent {
  const core = buildCore(input);
  const { work, mindset, talent, tallies } = core;
  const answered = core.progress.reduce((sum, p) => sum + p.answered, 0);
  const total = core.progress.reduce((sum, p) => sum + p.total, 0);
  return {
    scanId: input.scan.id,
    date: core.date,
    finished: input.scan.finishedAt !== null,
    progress: core.progress,
    answered,
    total,
    complete: answered === total,
    strengths: strengths(work, talent, mindset),
    work,
    mindset,
    talent,
    tallies,
    direction: core.direction,
    ownWords: ownWords(input.questionnaires, input.answers),
    talkingPoints: talkingPoints(work, talent, mindset, core.direction),
    method: methodView({
      pack: core.pack,
      hasConversation: (talent?.conversation.length ?? 0) > 0,
      match: work?.match ?? null,
      scales: core.scales,
      profiles: core.profiles,
      tallies,
      mindset,
      talent,
    }),
    change: input.earlier ? changeView(core, buildCore(input.earlier)) : null,
  };
}
