/**
 * A task of a task pack: the employee answers up to three questions about it (time, liking,
 * ability), each with the options of the pack's taskQuestions. Time is always asked; liking and
 * ability only for the trends their question lists (R2), and not when the time answer leaves the
 * task out (R4). The answer holds the values given so far; values of questions that are not
 * asked stay as given and count nowhere.
 */
import type * as Z from 'zod';
import { answerChecks } from '../../text/answer-checks';
import type { SchemaParts, TaskQuestionKey } from '../format';
import type { KindModule, QuestionnaireContext } from './kind';

function itemSchema(z: typeof Z, { id, text, shortText, source, trend, say }: SchemaParts) {
  return z.strictObject({
    id,
    source,
    kind: z.literal('task'),
    task: shortText.describe(say.aboutTaskName),
    description: text.optional(),
    trend,
    /** A task that does not exist yet in most jobs (it grows from zero). */
    isNew: z.boolean().default(false),
    tags: z.array(id).max(5).default([]).describe(say.aboutTaskTags),
  });
}
export type TaskItem = Z.output<ReturnType<typeof itemSchema>>;

export interface TaskAnswer {
  time?: number;
  liking?: number;
  ability?: number;
}

/** The three questions a task can have, in the order the scan asks them. */
export const TASK_QUESTION_KEYS: readonly TaskQuestionKey[] = ['time', 'liking', 'ability'];

type TaskContext = Pick<QuestionnaireContext, 'taskQuestions'>;
type TaskOfTrend = Pick<TaskItem, 'trend'>;

const timeOption = (q: TaskContext, answer: TaskAnswer | undefined) =>
  answer?.time === undefined ? undefined : q.taskQuestions?.time.options.find((o) => o.value === answer.time);

/**
 * The texts of one question and its options; for liking and ability also the wording for a task
 * not done now: a screen may show either, so the estimate counts both (the worst case).
 */
function readingOf(q: TaskContext, key: TaskQuestionKey): string[] {
  const questions = q.taskQuestions;
  if (!questions) return [];
  const question = questions[key];
  const expectation = key === 'time' ? undefined : questions[key].whenNotDone;
  return [question.question, expectation ?? '', ...question.options.map((o) => o.label)];
}

/** The questions asked for this task's trend, in order: time always, liking and ability per their `trends`. */
export function questionsAsked(q: TaskContext, item: TaskOfTrend): TaskQuestionKey[] {
  const questions = q.taskQuestions;
  if (!questions) return [];
  return TASK_QUESTION_KEYS.filter((key) => key === 'time' || (questions[key].trends?.includes(item.trend) ?? true));
}

/** The time answer is "Komt bij ons niet voor of weet ik niet": the task counts nowhere (R5). */
export function isLeftOut(q: TaskContext, answer: TaskAnswer | undefined): boolean {
  return timeOption(q, answer)?.leavesOut === true;
}

/** The time answer is "Doe ik nu niet": liking and ability are then an expectation (R3, R6). */
export function isNotDone(q: TaskContext, answer: TaskAnswer | undefined): boolean {
  return timeOption(q, answer)?.notDone === true;
}

/** The questions the screen shows now: those asked, without liking and ability once the task is left out. */
export function questionsShown(q: TaskContext, item: TaskOfTrend, answer: TaskAnswer | undefined): TaskQuestionKey[] {
  const asked = questionsAsked(q, item);
  return isLeftOut(q, answer) ? asked.filter((key) => key === 'time') : asked;
}

/** Answered: time is given and either leaves the task out or every question asked for its trend is given. */
export function isTaskComplete(q: TaskContext, item: TaskOfTrend, answer: TaskAnswer): boolean {
  return answer.time !== undefined && questionsShown(q, item, answer).every((key) => answer[key] !== undefined);
}

/** The question as the screen asks it: the expectation wording while the task is not done now. */
export function questionWording(q: TaskContext, key: TaskQuestionKey, answer: TaskAnswer | undefined): string {
  const questions = q.taskQuestions;
  if (!questions) return '';
  if (key === 'time') return questions.time.question;
  const question = questions[key];
  return (isNotDone(q, answer) ? question.whenNotDone : undefined) ?? question.question;
}

function answerProblem(q: QuestionnaireContext, _item: TaskItem, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return answerChecks.taskAnswerShape;
  for (const key of Object.keys(value)) {
    if (!TASK_QUESTION_KEYS.includes(key as TaskQuestionKey)) return answerChecks.unknownTaskPart(key);
    const given = (value as Record<string, unknown>)[key];
    const options = q.taskQuestions?.[key as TaskQuestionKey].options ?? [];
    if (given !== undefined && !options.some((o) => o.value === given)) return answerChecks.taskValueUnknown(key);
  }
  return undefined;
}

export const task = {
  kind: 'task',
  itemSchema,
  valueSchema: (z: typeof Z) =>
    z.strictObject({
      time: z.int().min(0).max(10).optional(),
      liking: z.int().min(0).max(10).optional(),
      ability: z.int().min(0).max(10).optional(),
    }),
  itemIssues: (q, _item, say) => (q.taskQuestions ? [] : [{ path: [], message: say.taskNeedsTaskQuestions }]),
  answerProblem,
  isComplete: isTaskComplete,
  isEmpty: () => false,
  // A pack is about its tasks: each one counts.
  isRequired: () => true,
  reading: (q, item, texts) => ({
    texts: [
      item.task,
      texts.trend[item.trend],
      item.isNew ? texts.isNew : '',
      item.description ?? '',
      ...questionsAsked(q, item).flatMap((key) => readingOf(q, key)),
    ],
    answers: questionsAsked(q, item).length,
  }),
  label: (item) => item.task,
  describeAnswer(q: QuestionnaireContext, item: TaskItem, value: unknown) {
    if (answerProblem(q, item, value) !== undefined) return [];
    const answer = value as TaskAnswer;
    // Only what was asked: an old value of a question no longer asked is not the person's answer now.
    return questionsShown(q, item, answer).flatMap((key) => {
      const label = q.taskQuestions?.[key].options.find((o) => o.value === answer[key])?.label;
      return label === undefined ? [] : [label];
    });
  },
} satisfies KindModule<TaskItem, TaskAnswer>;

/** True for a task; the type narrows, so its trend and tags can be read. */
export function isTask(item: { kind: string }): item is TaskItem {
  return item.kind === task.kind;
}
