/** "Hoe je graag leert": the counted choices, such as the 70-20-10 mix of learning. */
import type { Questionnaire } from '../format';
import { allItems } from '../items';
import type { QuestionnaireResult } from '../scoring';
import { choiceQuestion } from './answer-text';

export interface TallyView {
  id: string;
  title: string;
  explanation: string;
  question: string;
  chosen: number;
  /** How many could be chosen (the question's maximum). */
  max: number;
  /** Per group the count and how many options of that group the question offers (R24: no percentages). */
  groups: { id: string; label: string; count: number; available: number; options: string[] }[];
  /** The chosen options in questionnaire order with their group's label (not a ranking). */
  chosenInOrder: { option: string; group: string | null }[];
}

export function tallyViews(q: Questionnaire, result: QuestionnaireResult): TallyView[] {
  return result.tallies.map((tally) => {
    const definition = q.scoring.tallies.find((t) => t.id === tally.id);
    const found = choiceQuestion(allItems(q).find((i) => i.id === definition?.item));
    // A tally counts the options of a multiple choice question (the format checks this).
    const question = found?.multiple ? found : null;
    const label = (id: string) => question?.options.find((o) => o.id === id)?.label ?? id;
    const chosenIds = new Set(tally.groups.flatMap((g) => g.options));
    const groupLabel = new Map(tally.groups.map((g) => [g.id, g.label]));
    return {
      id: tally.id,
      title: tally.title,
      explanation: tally.explanation,
      question: question ? question.text : tally.title,
      chosen: tally.chosen,
      max: question ? question.max : tally.chosen,
      groups: tally.groups.map((g) => ({
        id: g.id,
        label: g.label,
        count: g.count,
        available: g.available,
        options: g.options.map(label),
      })),
      chosenInOrder: (question?.options ?? [])
        .filter((o) => chosenIds.has(o.id))
        .map((o) => ({ option: o.label, group: (o.group && groupLabel.get(o.group)) ?? null })),
    };
  });
}
