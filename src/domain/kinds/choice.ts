/** What the two choice kinds (single.ts, multi.ts) share: options with an id and a label. */
import type { ChoiceOption } from '../format';
import type { ItemIssue, ValidationText } from './kind';

/** Every option id once per question. */
export function optionIssues(options: readonly ChoiceOption[], say: ValidationText): ItemIssue[] {
  const issues: ItemIssue[] = [];
  const seen = new Set<string>();
  options.forEach((option, o) => {
    if (seen.has(option.id)) issues.push({ path: ['options', o, 'id'], message: say.optionIdTwice(option.id) });
    seen.add(option.id);
  });
  return issues;
}

/** The labels of the chosen option ids, in the order of the question. */
export function chosenLabels(options: readonly ChoiceOption[], chosen: readonly string[]): string[] {
  return options.filter((option) => chosen.includes(option.id)).map((option) => option.label);
}
