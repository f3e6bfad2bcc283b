/** Answer records folded into the scan's answers, per questionnaire and item. No zod: a deep link reads with it. */
import type { AnswerRecord, ScanAnswers } from './types';

export function toScanAnswers(answers: readonly AnswerRecord[]): ScanAnswers {
  const out: ScanAnswers = {};
  for (const answer of answers) {
    out[answer.questionnaireId] ??= {};
    (out[answer.questionnaireId] as Record<string, AnswerRecord['value']>)[answer.itemId] = answer.value;
  }
  return out;
}
