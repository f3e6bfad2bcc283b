/**
 * A task of a task pack: the employee answers three questions about it (time, liking, ability),
 * each with the options of the pack's taskQuestions. The answer holds the values given so far.
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

/** The three questions of every task, in the order the scan asks them. */
export const TASK_QUESTION_KEYS: readonly TaskQuestionKey[] = ['time', 'liking', 'ability'];

/** Read the task name, three taps (time, liking, ability). */
const SECONDS = 12;

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
  isComplete: (_item, value) => TASK_QUESTION_KEYS.every((key) => value[key] !== undefined),
  isEmpty: () => false,
  // A pack is about its tasks: each one counts.
  isRequired: () => true,
  seconds: () => SECONDS,
  label: (item) => item.task,
  describeAnswer(q: QuestionnaireContext, item: TaskItem, value: unknown) {
    if (answerProblem(q, item, value) !== undefined) return [];
    const answer = value as TaskAnswer;
    return TASK_QUESTION_KEYS.flatMap((key) => {
      const label = q.taskQuestions?.[key].options.find((o) => o.value === answer[key])?.label;
      return label === undefined ? [] : [label];
    });
  },
} satisfies KindModule<TaskItem, TaskAnswer>;

/** True for a task; the type narrows, so its trend and tags can be read. */
export function isTask(item: { kind: string }): item is TaskItem {
  return item.kind === task.kind;
}
