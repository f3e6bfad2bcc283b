/**
 * The registry of question kinds. Each kind lives in its own module; this list is the only place
 * that names them all. A kind in ITEM_KINDS without its module here does not compile, and neither
 * does a map elsewhere (ui/items, bench) that leaves a kind out: they are typed by `ItemKind`.
 *
 * Zod-free at run time, like the kind modules: the scan's first screen uses these rules.
 */
import type * as Z from 'zod';
import type { Questionnaire } from '../format';
import type { AnyKindModule, ItemReading, ItemScreenTexts, KindModule, QuestionnaireContext } from './kind';
import { multi } from './multi';
import { single } from './single';
import { statement } from './statement';
import { task } from './task';
import { text } from './text';

/** Every kind, in the order the file format lists them. */
export const ITEM_KINDS = ['statement', 'task', 'single', 'multi', 'text'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** One module per kind, the registry's type: a kind left out does not compile. */
export type KindRegistry = { readonly [K in ItemKind]: AnyKindModule & { readonly kind: K } };

export const KINDS = { statement, task, single, multi, text } as const satisfies KindRegistry;

type Kinds = typeof KINDS;
/** The item of one kind, as the file format defines it. */
export type ItemOfKind<K extends ItemKind> = Z.output<ReturnType<Kinds[K]['itemSchema']>>;
/** An item of any kind. */
export type Item = { [K in ItemKind]: ItemOfKind<K> }[ItemKind];
/** The stored answer of one kind. */
export type AnswerOfKind<K extends ItemKind> = Z.output<ReturnType<Kinds[K]['valueSchema']>>;
/** A stored answer of any kind. */
export type AnswerValue = { [K in ItemKind]: AnswerOfKind<K> }[ItemKind];

/**
 * One function per kind, each typed for its own item, for code outside the domain that does
 * something per kind (the bench's SurveyJS converter, test data): a map that leaves a kind out
 * does not compile. `forKind` calls the one for an item.
 */
export type KindMap<R, A extends unknown[] = []> = { readonly [K in ItemKind]: (item: ItemOfKind<K>, ...rest: A) => R };

export function forKind<R, A extends unknown[]>(map: KindMap<R, A>, item: Item, ...rest: A): R {
  return (map[item.kind] as (item: Item, ...rest: A) => R)(item, ...rest);
}

/** The module of an item's kind, typed for that item. */
export function kindOf<I extends Item>(item: I): KindModule<I, AnswerValue> {
  return KINDS[item.kind] as unknown as KindModule<I, AnswerValue>;
}

/** Why a value is not a valid answer to this item, in Dutch; undefined when it is valid. */
export function answerProblem(q: Questionnaire, item: Item, value: unknown): string | undefined {
  return kindOf(item).answerProblem(q, item, value);
}

/** True when the item counts as answered: a valid answer that is complete. */
export function isAnswered(q: Questionnaire, item: Item, value: AnswerValue | undefined): boolean {
  if (value === undefined || answerProblem(q, item, value) !== undefined) return false;
  return kindOf(item).isComplete(q, item, value);
}

/** A value that clears the answer: nothing, an empty list, or what the kind calls empty. */
export function isEmptyAnswer(item: Item, value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0) || kindOf(item).isEmpty(value);
}

/** Whether the scan asks for an answer to this item before finishing. */
export function isRequired(item: Item): boolean {
  return kindOf(item).isRequired(item);
}

/** What a person reads and answers for this item on its screen (estimate.ts adds up the screens). */
export function itemReading(q: QuestionnaireContext, item: Item, texts: ItemScreenTexts): ItemReading {
  return kindOf(item).reading(q, item, texts);
}

/** The question itself: a task's name, or the question's text. */
export function itemLabel(item: Item): string {
  return kindOf(item).label(item);
}

/**
 * The answer in the employee's own words, for the report: the labels they chose or the text they
 * wrote, in the order of the question. Empty when there is no valid answer.
 */
export function describeAnswer(q: Questionnaire, item: Item, value: unknown): string[] {
  return kindOf(item).describeAnswer(q, item, value);
}

export type { ItemIssue, ItemReading, ItemScreenTexts, KindModule } from './kind';
export { isMultiChoice, type MultiChoiceItem } from './multi';
export { isSingleChoice, type SingleChoiceItem } from './single';
export { isStatement, type StatementItem } from './statement';
export {
  isLeftOut,
  isNotDone,
  isTask,
  isTaskComplete,
  questionsAsked,
  questionsShown,
  questionWording,
  TASK_QUESTION_KEYS,
  type TaskAnswer,
  type TaskItem,
} from './task';
export { isTextQuestion, type TextItem } from './text';
