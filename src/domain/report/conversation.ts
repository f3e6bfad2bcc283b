/** "Voor het gesprek": the direction the person chose and what they wrote in their own words. */

import type { Questionnaire } from '../format';
import { allItems } from '../items';
import { chosenOptions, ownWordsAnswer } from './answer-text';
import type { ScanInput } from './index';
import type { ReportParts } from './parts';

export interface DirectionView {
  question: string;
  options: { id: string; label: string; chosen: boolean }[];
  chosen: string[];
}

export interface OwnWords {
  question: string;
  answer: string;
}

type ScanAnswers = ScanInput['answers'];

export function directionView(
  direction: ReportParts<Questionnaire>['direction'],
  answers: ScanAnswers,
): DirectionView | null {
  if (!direction) return null;
  const { questionnaire, question } = direction;
  const picked = chosenOptions(question, answers[questionnaire.id]?.[question.id]);
  const options = question.options.map((o) => ({ id: o.id, label: o.label, chosen: picked.has(o.id) }));
  return { question: question.text, options, chosen: options.filter((o) => o.chosen).map((o) => o.label) };
}

export function ownWords(questionnaires: readonly Questionnaire[], answers: ScanAnswers): OwnWords[] {
  return questionnaires.flatMap((q) =>
    allItems(q).flatMap((item) => {
      const words = ownWordsAnswer(item, answers[q.id]?.[item.id]);
      return words ? [words] : [];
    }),
  );
}
