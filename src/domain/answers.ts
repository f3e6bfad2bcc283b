/**
 * Answers as they are stored: one value per item id. The shape depends on the item kind.
 * Pure: no Preact, idb or DOM.
 */
import type { Item, Questionnaire, TaskQuestionKey } from './format';

export interface TaskAnswer {
  time?: number;
  liking?: number;
  ability?: number;
}
/** statement: point 1..n; single: option id; multi: option ids; text: the text; task: up to three values. */
export type AnswerValue = number | string | string[] | TaskAnswer;
export type Answers = Readonly<Record<string, AnswerValue>>;

export const TASK_QUESTION_KEYS: readonly TaskQuestionKey[] = ['time', 'liking', 'ability'];

/**
 * Why a value is not a valid answer to this item, in Dutch; undefined when it is valid.
 * Used by the engine (invalid answers count as not given), by import and by storage.
 */
export function answerProblem(q: Questionnaire, item: Item, value: unknown): string | undefined {
  switch (item.kind) {
    case 'statement': {
      const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 0;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > points)
        return `Het antwoord moet een heel getal van 1 tot en met ${points} zijn.`;
      return undefined;
    }
    case 'single':
      if (typeof value !== 'string' || !item.options.some((o) => o.id === value))
        return 'Het antwoord is geen van de opties.';
      return undefined;
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return 'Het antwoord moet een lijst met opties zijn.';
      if (new Set(value).size !== value.length) return 'Een optie staat twee keer in het antwoord.';
      if (value.some((v) => !item.options.some((o) => o.id === v))) return 'Het antwoord bevat een onbekende optie.';
      if (value.length > item.max) return `Kies er hoogstens ${item.max}.`;
      return undefined;
    }
    case 'text':
      if (typeof value !== 'string') return 'Het antwoord moet tekst zijn.';
      if (value.length > item.maxLength) return `De tekst is langer dan ${item.maxLength} tekens.`;
      return undefined;
    case 'task': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'Het antwoord op een taak moet tijd, plezier en kunnen bevatten.';
      for (const key of Object.keys(value)) {
        if (!TASK_QUESTION_KEYS.includes(key as TaskQuestionKey)) return `Onbekend deel "${key}" in het antwoord.`;
        const given = (value as Record<string, unknown>)[key];
        const options = q.taskQuestions?.[key as TaskQuestionKey].options ?? [];
        if (given !== undefined && !options.some((o) => o.value === given))
          return `De waarde bij "${key}" is geen van de antwoorden.`;
      }
      return undefined;
    }
  }
}

/** True when the item counts as answered (a multi choice needs at least its minimum). */
export function isAnswered(q: Questionnaire, item: Item, value: AnswerValue | undefined): boolean {
  if (value === undefined || answerProblem(q, item, value) !== undefined) return false;
  switch (item.kind) {
    case 'multi':
      return (value as string[]).length >= Math.max(1, item.min);
    case 'text':
      return (value as string).trim().length > 0;
    case 'task': {
      const task = value as TaskAnswer;
      return TASK_QUESTION_KEYS.every((key) => task[key] !== undefined);
    }
    default:
      return true;
  }
}
