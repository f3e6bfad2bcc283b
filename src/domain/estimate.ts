/**
 * How long a questionnaire takes, from its items. The seconds per item are our own estimates for
 * a reader at B1 level on a phone or laptop, one per kind (see the `seconds` of each module in
 * kinds/), plus 10 s per section for its intro and the next button.
 */
import type { Questionnaire } from './format';
import { itemSeconds } from './kinds';

export { itemSeconds } from './kinds';

export const SECONDS_PER_SECTION = 10;

export function estimateSeconds(q: Pick<Questionnaire, 'sections'>): number {
  return q.sections.reduce(
    (total, section) => total + SECONDS_PER_SECTION + section.items.reduce((s, item) => s + itemSeconds(item), 0),
    0,
  );
}

/** Whole minutes, rounded up, for a set of questionnaires (one scan). */
export function estimateMinutes(questionnaires: readonly Pick<Questionnaire, 'sections'>[]): number {
  return Math.ceil(questionnaires.reduce((total, q) => total + estimateSeconds(q), 0) / 60);
}
