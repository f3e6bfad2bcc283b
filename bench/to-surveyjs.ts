/**
 * Converts a Morgenscan questionnaire to a SurveyJS survey definition, so the benchmark can show
 * the same questions in SurveyJS. One SurveyJS page per section, as Morgenscan shows one section
 * per screen. Statements keep their scale point (1..n) as the stored value, like Morgenscan does;
 * reverse keying is scoring, not display, so it does not show up here.
 *
 * Plain data in, plain data out: no SurveyJS import, so this file typechecks without bench/node_modules.
 */
import type { Item, Questionnaire } from '../src/domain/format';
import { forKind, type KindMap, TASK_QUESTION_KEYS } from '../src/domain/kinds';

export interface SurveyChoice {
  value: number | string;
  text: string;
}

export type SurveyElement =
  | {
      type: 'radiogroup';
      name: string;
      title: string;
      description?: string;
      isRequired: boolean;
      choices: SurveyChoice[];
    }
  | {
      type: 'checkbox';
      name: string;
      title: string;
      description?: string;
      isRequired: boolean;
      choices: SurveyChoice[];
      minSelectedChoices?: number;
      maxSelectedChoices: number;
    }
  | { type: 'comment'; name: string; title: string; description?: string; isRequired: false; maxLength: number }
  | { type: 'panel'; name: string; title: string; description?: string; elements: SurveyElement[] };

export interface SurveyPage {
  name: string;
  title: string;
  description?: string;
  elements: SurveyElement[];
}

export interface SurveyJson {
  locale: 'nl';
  title: string;
  description: string;
  showQuestionNumbers: 'off';
  pages: SurveyPage[];
}

/** SurveyJS drops undefined keys itself, but a clean object is easier to read and to compare in tests. */
function withDescription<T extends object>(element: T, description: string | undefined): T {
  return description === undefined ? element : { ...element, description };
}

/** One SurveyJS element per kind; a kind left out does not compile. */
const ELEMENTS: KindMap<SurveyElement, [Questionnaire]> = {
  statement(item, q) {
    const labels = q.answerScales.find((scale) => scale.id === item.scale)?.labels;
    if (!labels) throw new Error(`Stelling ${item.id}: antwoordschaal "${item.scale}" ontbreekt.`);
    return withDescription(
      {
        type: 'radiogroup',
        name: item.id,
        title: item.text,
        isRequired: item.required,
        choices: labels.map((text, index) => ({ value: index + 1, text })),
      },
      item.help,
    );
  },
  single: (item) =>
    withDescription(
      {
        type: 'radiogroup',
        name: item.id,
        title: item.text,
        isRequired: item.required,
        choices: item.options.map((option) => ({ value: option.id, text: option.label })),
      },
      item.help,
    ),
  multi: (item) =>
    withDescription(
      {
        type: 'checkbox',
        name: item.id,
        title: item.text,
        isRequired: item.required,
        choices: item.options.map((option) => ({ value: option.id, text: option.label })),
        ...(item.min > 0 ? { minSelectedChoices: item.min } : {}),
        maxSelectedChoices: item.max,
      },
      item.help,
    ),
  text: (item) =>
    withDescription(
      { type: 'comment', name: item.id, title: item.text, isRequired: false, maxLength: item.maxLength },
      item.help,
    ),
  task(item, q) {
    const questions = q.taskQuestions;
    if (!questions) throw new Error(`Taak ${item.id}: taskQuestions ontbreekt.`);
    return withDescription(
      {
        type: 'panel',
        name: item.id,
        title: item.task,
        elements: TASK_QUESTION_KEYS.map((key) => ({
          type: 'radiogroup' as const,
          name: `${item.id}-${key}`,
          title: questions[key].question,
          isRequired: true,
          choices: questions[key].options.map((option) => ({ value: option.value, text: option.label })),
        })),
      },
      item.description,
    );
  },
};

export function itemToSurvey(q: Questionnaire, item: Item): SurveyElement {
  return forKind(ELEMENTS, item, q);
}

export function toSurveyJs(q: Questionnaire): SurveyJson {
  return {
    locale: 'nl',
    title: q.title,
    description: q.intro,
    showQuestionNumbers: 'off',
    pages: q.sections.map((section) =>
      withDescription(
        {
          name: section.id,
          title: section.title,
          elements: section.items.map((item) => itemToSurvey(q, item)),
        },
        section.intro,
      ),
    ),
  };
}
