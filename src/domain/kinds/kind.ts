/**
 * What every question kind defines, in one module per kind (statement.ts, task.ts, ...), listed in
 * the registry (index.ts).
 *
 * A kind module imports zod and the file format's messages only as types: its answer rules run
 * on the first screen, and zod and those messages stay off the first load. format.ts, which
 * imports both, passes them in: `itemSchema(z, parts)` and `itemIssues(q, item, parts.say)`.
 */
import type * as Z from 'zod';
import type * as Messages from '../../text/validation';
import type { SchemaParts, Trend } from '../format';

/** The messages of the file format (src/text/validation.ts), passed in by format.ts. */
export type ValidationText = typeof Messages;

/** Where a problem is, relative to the item, and what it is (Dutch). */
export interface ItemIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What a kind needs of its questionnaire: the answer scales and the task questions. Written out
 * rather than taken from `Questionnaire`, whose type is inferred from the item schemas built here.
 */
export interface QuestionnaireContext {
  readonly answerScales: readonly { readonly id: string; readonly labels: readonly string[] }[];
  readonly taskQuestions?:
    | {
        readonly time: {
          readonly question: string;
          readonly options: readonly TimeOptionContext[];
        };
        readonly liking: AskedQuestionContext;
        readonly ability: AskedQuestionContext;
      }
    | undefined;
}

/** A time answer; `notDone`: the task is not done now; `leavesOut`: the task counts nowhere. */
export interface TimeOptionContext {
  readonly value: number;
  readonly label: string;
  readonly notDone?: true | undefined;
  readonly leavesOut?: true | undefined;
}

/** Liking or ability: asked for tasks of these trends (all when absent), worded apart when not done. */
export interface AskedQuestionContext {
  readonly question: string;
  readonly options: readonly { readonly value: number; readonly label: string }[];
  readonly trends?: readonly Trend[] | undefined;
  readonly whenNotDone?: string | undefined;
}

/** The app's own words beside an item (src/text/app.ts), passed in so the domain stays free of them. */
export interface ItemScreenTexts {
  readonly trend: Readonly<Record<Trend, string>>;
  readonly isNew: string;
  readonly optional: string;
}

/** The texts an item shows and the answers it asks for. */
export interface ItemReading {
  readonly texts: readonly string[];
  readonly answers: number;
}

export interface KindModule<I extends { kind: string }, V> {
  readonly kind: I['kind'];
  /** The item in the questionnaire file. */
  itemSchema(z: typeof Z, parts: SchemaParts): Z.ZodType<I, unknown>;
  /** The shape of a stored answer; whether it fits its item is `answerProblem`. */
  valueSchema(z: typeof Z): Z.ZodType<V, unknown>;
  /** File rules of one item that need the rest of the questionnaire (a scale that exists, ...). */
  itemIssues(q: QuestionnaireContext, item: I, say: ValidationText): ItemIssue[];
  /** Why a value is not a valid answer to this item, in Dutch; undefined when it is valid. */
  answerProblem(q: QuestionnaireContext, item: I, value: unknown): string | undefined;
  /**
   * A valid answer that counts as given (a multi choice needs its minimum, a text some words, a
   * task the questions asked for its trend).
   */
  isComplete(q: QuestionnaireContext, item: I, value: V): boolean;
  /** A value that means "no answer": the scan removes it instead of storing it. */
  isEmpty(value: unknown): boolean;
  /** Whether the scan's overview asks for an answer before finishing. */
  isRequired(item: I): boolean;
  /**
   * What a person reads and answers for this item on its screen, for the time model of
   * estimate.ts: every text the field shows (the screen counts each distinct text once) and the
   * number of answers it asks for.
   */
  reading(q: QuestionnaireContext, item: I, texts: ItemScreenTexts): ItemReading;
  /** The question itself, as the overview of open questions lists it. */
  label(item: I): string;
  /**
   * The answer in the employee's own words: the labels they chose, or the text they wrote, in the
   * order of the question. Empty when there is no valid answer.
   */
  describeAnswer(q: QuestionnaireContext, item: I, value: unknown): string[];
}

/** A kind module of any item type (the registry checks each module's own kind). */
// biome-ignore lint/suspicious/noExplicitAny: each module is checked against its own item type where it is defined
export type AnyKindModule = KindModule<any, any>;
