/**
 * A statement: one sentence, answered on a labelled scale. The answer is the point on the scale,
 * from 1. Scales (scoring.ts) count statements only.
 */
import type * as Z from 'zod';
import { answerChecks } from '../../text/answer-checks';
import type { SchemaParts } from '../format';
import type { KindModule, QuestionnaireContext } from './kind';

function itemSchema(z: typeof Z, { id, text, source, say }: SchemaParts) {
  return z.strictObject({
    id,
    source,
    kind: z.literal('statement'),
    text,
    help: text.optional(),
    scale: id.describe(say.aboutStatementScale),
    /** Worded the other way round: "eens" counts as low on its scales. */
    reverse: z.boolean().default(false),
    required: z.boolean().default(true),
  });
}
export type StatementItem = Z.output<ReturnType<typeof itemSchema>>;

const labelsOf = (q: QuestionnaireContext, item: StatementItem) =>
  q.answerScales.find((scale) => scale.id === item.scale)?.labels;

function answerProblem(q: QuestionnaireContext, item: StatementItem, value: unknown): string | undefined {
  const points = labelsOf(q, item)?.length ?? 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > points)
    return answerChecks.statementOutOfRange(points);
  return undefined;
}

export const statement = {
  kind: 'statement',
  itemSchema,
  valueSchema: (z: typeof Z) => z.int().min(0).max(100),
  itemIssues(q, item, say) {
    return labelsOf(q, item) ? [] : [{ path: ['scale'], message: say.answerScaleMissing(item.scale) }];
  },
  answerProblem,
  isComplete: () => true,
  isEmpty: () => false,
  isRequired: (item) => item.required,
  reading: (q, item, texts) => ({
    texts: [item.text, item.help ?? '', item.required ? '' : texts.optional, ...(labelsOf(q, item) ?? [])],
    answers: 1,
  }),
  label: (item) => item.text,
  describeAnswer(q: QuestionnaireContext, item: StatementItem, value: unknown) {
    if (answerProblem(q, item, value) !== undefined) return [];
    const label = labelsOf(q, item)?.[(value as number) - 1];
    return label === undefined ? [] : [label];
  },
} satisfies KindModule<StatementItem, number>;

/** True for a statement; the type narrows, so its scale and direction can be read. */
export function isStatement(item: { kind: string }): item is StatementItem {
  return item.kind === statement.kind;
}
