/** A single choice: one radio per option. The answer is the id of the chosen option. */
import type * as Z from 'zod';
import { answerChecks } from '../../text/answer-checks';
import type { SchemaParts } from '../format';
import { chosenLabels, optionIssues } from './choice';
import type { KindModule, QuestionnaireContext } from './kind';

function itemSchema(z: typeof Z, { text, id, source, option, say }: SchemaParts) {
  return z.strictObject({
    id,
    source,
    kind: z.literal('single'),
    text,
    help: text.optional(),
    options: z.array(option).min(2, { error: say.choiceTooFewOptions }).max(40),
    required: z.boolean().default(true),
  });
}
export type SingleChoiceItem = Z.output<ReturnType<typeof itemSchema>>;

function answerProblem(_q: QuestionnaireContext, item: SingleChoiceItem, value: unknown): string | undefined {
  if (typeof value !== 'string' || !item.options.some((o) => o.id === value)) return answerChecks.notAnOption;
  return undefined;
}

export const single = {
  kind: 'single',
  itemSchema,
  valueSchema: (z: typeof Z) => z.string().max(5000),
  itemIssues: (_q, item, say) => optionIssues(item.options, say),
  answerProblem,
  isComplete: () => true,
  isEmpty: () => false,
  isRequired: (item) => item.required,
  reading: (_q, item, texts) => ({
    texts: [item.text, item.help ?? '', item.required ? '' : texts.optional, ...item.options.map((o) => o.label)],
    answers: 1,
  }),
  label: (item) => item.text,
  describeAnswer: (q: QuestionnaireContext, item: SingleChoiceItem, value: unknown) =>
    answerProblem(q, item, value) === undefined ? chosenLabels(item.options, [value as string]) : [],
} satisfies KindModule<SingleChoiceItem, string>;

/** True for a single choice; the type narrows, so its options can be read. */
export function isSingleChoice(item: { kind: string }): item is SingleChoiceItem {
  return item.kind === single.kind;
}
