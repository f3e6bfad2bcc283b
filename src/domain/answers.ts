/**
 * Answers as they are stored: one value per item id. The shape depends on the item kind; each
 * kind's rules live in its module under kinds/. Pure: no Preact, idb or DOM.
 */
import type { AnswerValue } from './kinds';

export {
  type AnswerValue,
  answerProblem,
  isAnswered,
  TASK_QUESTION_KEYS,
  type TaskAnswer,
} from './kinds';

export type Answers = Readonly<Record<string, AnswerValue>>;
