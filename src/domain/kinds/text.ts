/** An open question: the employee writes in their own words. Always optional. */
import type * as Z from 'zod';
import { answerChecks } from '../../text/answer-checks';
import type { SchemaParts } from '../format';
import type { KindModule, QuestionnaireContext } from './kind';

function itemSchema(z: typeof Z, { text, id, source, say }: SchemaParts) {
  return z.strictObject({
    id,
    source,
    kind: z.literal('text'),
    text,
    help: text.optional(),
    maxLength: z.int().min(1).max(5000).default(1000),
    required: z.literal(false).default(false).describe(say.aboutTextOptional),
  });
}
export type TextItem = Z.output<ReturnType<typeof itemSchema>>;

function answerProblem(_q: QuestionnaireContext, item: TextItem, value: unknown): string | undefined {
  if (typeof value !== 'string') return answerChecks.notText;
  if (value.length > item.maxLength) return answerChecks.answerTextTooLong(item.maxLength);
  return undefined;
}

export const text = {
  kind: 'text',
  itemSchema,
  valueSchema: (z: typeof Z) => z.string().max(5000),
  itemIssues: () => [],
  answerProblem,
  isComplete: (_q, _item, value) => value.trim().length > 0,
  isEmpty: (value) => value === '',
  isRequired: () => false,
  // Always optional: it is read, but counts no answer.
  reading: (_q, item, texts) => ({ texts: [item.text, item.help ?? '', texts.optional], answers: 0 }),
  label: (item) => item.text,
  describeAnswer: (q: QuestionnaireContext, item: TextItem, value: unknown) =>
    answerProblem(q, item, value) === undefined && (value as string).trim() !== '' ? [(value as string).trim()] : [],
} satisfies KindModule<TextItem, string>;

/** True for an open question; the type narrows, so its maximum length can be read. */
export function isTextQuestion(item: { kind: string }): item is TextItem {
  return item.kind === text.kind;
}
