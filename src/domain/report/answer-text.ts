/**
 * The one place where the report looks at the kind of a question, through the kinds registry's
 * guards: everything else in src/domain/report asks these functions.
 */
import type { AnswerValue } from '../answers';
import type { ChoiceOption, Item, Questionnaire } from '../format';
import { allItems } from '../items';
import { isMultiChoice, isSingleChoice, isStatement, isTextQuestion } from '../kinds';

/** How many of these statements are worded the other way round. */
export function reversedStatements(q: Questionnaire, itemIds: readonly string[]): number {
  const items = new Map(allItems(q).map((item) => [item.id, item]));
  return itemIds.filter((id) => {
    const item = items.get(id);
    return item !== undefined && isStatement(item) && item.reverse;
  }).length;
}

/** A question where you pick options: its text, its options, and how many you may pick. */
export interface ChoiceQuestion {
  id: string;
  text: string;
  options: readonly ChoiceOption[];
  /** True when more than one option may be picked. */
  multiple: boolean;
  /** How many may be picked at most (1 for a single choice). */
  max: number;
}

export function choiceQuestion(item: Item | undefined): ChoiceQuestion | null {
  if (item === undefined) return null;
  if (isSingleChoice(item)) return { id: item.id, text: item.text, options: item.options, multiple: false, max: 1 };
  if (isMultiChoice(item))
    return { id: item.id, text: item.text, options: item.options, multiple: true, max: item.max };
  return null;
}

/** The option ids an answer to a choice question picks; nothing for an answer of another shape. */
export function chosenOptions(question: ChoiceQuestion, value: AnswerValue | undefined): Set<string> {
  if (!question.multiple) return new Set(typeof value === 'string' ? [value] : []);
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

/** An answer in the person's own words, trimmed; null when the item is no open question or it is empty. */
export function ownWordsAnswer(
  item: Item,
  value: AnswerValue | undefined,
): { question: string; answer: string } | null {
  if (!isTextQuestion(item)) return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > item.maxLength) return null;
  return { question: item.text, answer: value.trim() };
}
