/**
 * A multiple choice: one checkbox per option, at least `min` and at most `max` chosen. The answer
 * is the list of chosen option ids, in the order of the options.
 */
import type * as Z from 'zod';
import { answerChecks } from '../../text/answer-checks';
import type { SchemaParts } from '../format';
import { chosenLabels, optionIssues } from './choice';
import type { ItemIssue, KindModule, QuestionnaireContext, ValidationText } from './kind';

function itemSchema(z: typeof Z, { text, id, source, option, say }: SchemaParts) {
  return z.strictObject({
    id,
    source,
    kind: z.literal('multi'),
    text,
    help: text.optional(),
    options: z.array(option).min(2, { error: say.choiceTooFewOptions }).max(60),
    min: z.int().min(0).default(0),
    max: z.int().min(1),
    required: z.boolean().default(true),
  });
}
export type MultiChoiceItem = Z.output<ReturnType<typeof itemSchema>>;

function answerProblem(_q: QuestionnaireContext, item: MultiChoiceItem, value: unknown): string | undefined {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return answerChecks.notAnOptionList;
  if (new Set(value).size !== value.length) return answerChecks.optionTwiceInAnswer;
  if (value.some((v) => !item.options.some((o) => o.id === v))) return answerChecks.unknownOptionInAnswer;
  if (value.length > item.max) return answerChecks.chooseAtMost(item.max);
  return undefined;
}

function itemIssues(item: MultiChoiceItem, say: ValidationText): ItemIssue[] {
  const issues = optionIssues(item.options, say);
  if (item.min > item.max) issues.push({ path: ['min'], message: say.minAboveMax(item.min, item.max) });
  if (item.max > item.options.length)
    issues.push({ path: ['max'], message: say.maxAboveOptions(item.max, item.options.length) });
  return issues;
}

export const multi = {
  kind: 'multi',
  itemSchema,
  valueSchema: (z: typeof Z) => z.array(z.string().min(1).max(200)).max(100),
  itemIssues: (_q, item, say) => itemIssues(item, say),
  answerProblem,
  isComplete: (_q, item, value) => value.length >= Math.max(1, item.min),
  isEmpty: (value) => Array.isArray(value) && value.length === 0,
  isRequired: (item) => item.required,
  // One answer per option that may be chosen: choosing up to 5 is up to 5 taps.
  reading: (_q, item, texts) => ({
    texts: [item.text, item.help ?? '', item.required ? '' : texts.optional, ...item.options.map((o) => o.label)],
    answers: item.max,
  }),
  label: (item) => item.text,
  describeAnswer: (q: QuestionnaireContext, item: MultiChoiceItem, value: unknown) =>
    answerProblem(q, item, value) === undefined ? chosenLabels(item.options, value as string[]) : [],
} satisfies KindModule<MultiChoiceItem, string[]>;

/** True for a multiple choice; the type narrows, so its options and limits can be read. */
export function isMultiChoice(item: { kind: string }): item is MultiChoiceItem {
  return item.kind === multi.kind;
}
