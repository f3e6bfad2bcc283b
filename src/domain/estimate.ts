/**
 * How long the scan takes: the one time model of the app (issue 13, R26). The start screen, the
 * choice of work and "Nog ongeveer N minuten" all come from here.
 *
 *     seconds(screen) = words(screen) / 180 × 60 + 3 × answers(screen) + 5
 *
 * A reader at B1 level reads about 180 words a minute. Each distinct text on a screen is read
 * once: the six labels of a scale, the task questions and the trend words are learnt on the
 * first item of the screen. An answer (one tap) takes 3 s, a screen 5 s more (scrolling, the
 * button). One section is one screen; the overview and the choice of work are not counted.
 *
 * Pure: the app's own words (progress, buttons, trend words) come in as `ScreenTexts`.
 */
import type { Item, Questionnaire, Section } from './format';
import { type ItemScreenTexts, itemReading } from './kinds';

export const WORDS_PER_MINUTE = 180;
export const SECONDS_PER_ANSWER = 3;
export const SECONDS_PER_SCREEN = 5;

/** The app's words around the questions, from src/text/app.ts. */
export interface ScreenTexts extends ItemScreenTexts {
  /** The progress line, as read: "Stap 10 van 12", "Nog ongeveer 10 minuten". */
  readonly progress: readonly string[];
  readonly next: string;
  /** The button on the last screen, instead of `next`. */
  readonly toOverview: string;
  readonly back: string;
}

export type EstimatedQuestionnaire = Pick<
  Questionnaire,
  'title' | 'intro' | 'sections' | 'answerScales' | 'taskQuestions'
>;

/** What a stretch of the scan asks of a person. `seconds` is not rounded. */
export interface Effort {
  words: number;
  answers: number;
  screens: number;
  seconds: number;
}

/** One screen: a section of a questionnaire, and whether it is the last screen of the scan. */
export interface EstimatedScreen {
  questionnaire: EstimatedQuestionnaire;
  section: Section;
  last: boolean;
}

/** Words: whitespace-separated tokens with a letter or digit in them ("–" is no word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const secondsOf = (words: number, answers: number, screens: number) =>
  (words / WORDS_PER_MINUTE) * 60 + SECONDS_PER_ANSWER * answers + SECONDS_PER_SCREEN * screens;

/**
 * One screen. `counts(item)` says whether an item's answers still count (the minutes left skip
 * what is answered); its words always count, a person still reads the screen.
 */
export function screenEffort(
  { questionnaire: q, section, last }: EstimatedScreen,
  texts: ScreenTexts,
  counts: (item: Item) => boolean = () => true,
): Effort {
  const first = q.sections[0] === section;
  const shown = [
    q.title,
    section.title,
    first ? q.intro : '',
    section.intro ?? '',
    ...texts.progress,
    last ? texts.toOverview : texts.next,
    texts.back,
  ];
  let answers = 0;
  for (const item of section.items) {
    const reading = itemReading(q, item, texts);
    shown.push(...reading.texts);
    if (counts(item)) answers += reading.answers;
  }
  const distinct = new Set(shown.map((t) => t.trim()).filter((t) => t !== ''));
  const words = [...distinct].reduce((sum, t) => sum + countWords(t), 0);
  return { words, answers, screens: 1, seconds: secondsOf(words, answers, 1) };
}

function sum(efforts: readonly Effort[]): Effort {
  const words = efforts.reduce((n, e) => n + e.words, 0);
  const answers = efforts.reduce((n, e) => n + e.answers, 0);
  const screens = efforts.reduce((n, e) => n + e.screens, 0);
  return { words, answers, screens, seconds: secondsOf(words, answers, screens) };
}

/** The screens of a scan, in order; the last one has the button to the overview. */
export function scanScreens(questionnaires: readonly EstimatedQuestionnaire[]): EstimatedScreen[] {
  const screens = questionnaires.flatMap((questionnaire) =>
    questionnaire.sections.map((section) => ({ questionnaire, section, last: false })),
  );
  const end = screens[screens.length - 1];
  if (end) end.last = true;
  return screens;
}

/** One questionnaire on its own; `lastOfScan` when its last screen leads to the overview. */
export function estimateQuestionnaire(q: EstimatedQuestionnaire, texts: ScreenTexts, lastOfScan = false): Effort {
  const screens = scanScreens([q]).map((screen) => ({ ...screen, last: screen.last && lastOfScan }));
  return sum(screens.map((screen) => screenEffort(screen, texts)));
}

/** A whole scan: one task pack and the general questionnaires, in scan order. */
export function estimateScan(questionnaires: readonly EstimatedQuestionnaire[], texts: ScreenTexts): Effort {
  return sum(scanScreens(questionnaires).map((screen) => screenEffort(screen, texts)));
}

/** Whole minutes, rounded up; the margin keeps a sum like 780.0000001 s at 13 minutes. */
export function toMinutes(effort: Pick<Effort, 'seconds'>): number {
  return Math.max(0, Math.ceil(effort.seconds / 60 - 1e-9));
}

/** The minutes a scan takes, as the app shows them. */
export function estimateMinutes(questionnaires: readonly EstimatedQuestionnaire[], texts: ScreenTexts): number {
  return toMinutes(estimateScan(questionnaires, texts));
}

/**
 * Minutes left from a screen on: every word of the screens still ahead (this one included),
 * and the answers not given yet.
 */
export function minutesLeft<Q extends EstimatedQuestionnaire>(
  screens: readonly (EstimatedScreen & { questionnaire: Q })[],
  texts: ScreenTexts,
  answered: (q: Q, item: Item) => boolean,
): number {
  return toMinutes(
    sum(screens.map((screen) => screenEffort(screen, texts, (item) => !answered(screen.questionnaire, item)))),
  );
}
