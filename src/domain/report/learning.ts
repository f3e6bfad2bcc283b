/** "Hoe je graag leert": the counted choices, such as the 70-20-10 mix of learning. */
import type { Questionnaire } from '../format';
import { allItems } from '../items';
import type { QuestionnaireResult } from '../scoring';
import { choiceQuestion } from './answer-text';
import { roundShares } from './figures';

export interface TallyView {
  id: string;
  title: string;
  explanation: string;
  question: string;
  chosen: number;
  /** How many could be chosen (the question's maximum). */
  max: number;
  groups: { id: string; label: string; count: number; percent: number | null; options: string[] }[];
}

export function tallyViews(q: Questionnaire, result: QuestionnaireResult): TallyView[] {
  return result.tallies.map((tally) => {
    const definition = q.scoring.tallies.find((t) => t.id === tally.id);
    const found = choiceQuestion(allItems(q).find((i) => i.id === definition?.item));
    // A tally counts the options of a multiple choice question (the format checks this).
    const question = found?.multiple ? found : null;
    const label = (id: string) => question?.options.find((o) => o.id === id)?.label ?? id;
    const counts = Object.fromEntries(tally.groups.map((g) => [g.id, g.count]));
    const percents =
      tally.chosen > 0
        ? roundShares(
            counts,
            tally.groups.map((g) => g.id),
          )
        : null;
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
        percent: percents ? (percents[g.id] ?? 0) : null,
        options: g.options.map(label),
      })),
    };
  });
}
