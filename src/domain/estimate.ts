/**
 * How long a questionnaire takes, from its item counts. The seconds per kind are our own
 * estimates for a reader at B1 level on a phone or laptop:
 * - statement 7 s: read one short sentence, one tap on a 6-point scale;
 * - task 12 s: read the task name, three taps (time, liking, ability);
 * - single choice 10 s: read a question and a few short options, one tap;
 * - multi choice 5 s per option: scan every option once, then pick ("kies je top 5" of 28 ≈ 140 s);
 * - free text 0 s: always optional, so it does not count towards the promise on the start screen;
 * plus 10 s per section for its intro and the next button.
 */
import type { Item, Questionnaire } from './format';

export const SECONDS_PER_KIND = {
  statement: 7,
  task: 12,
  single: 10,
  multiPerOption: 5,
  text: 0,
  section: 10,
} as const;

export function itemSeconds(item: Item): number {
  switch (item.kind) {
    case 'statement':
      return SECONDS_PER_KIND.statement;
    case 'task':
      return SECONDS_PER_KIND.task;
    case 'single':
      return SECONDS_PER_KIND.single;
    case 'multi':
      return SECONDS_PER_KIND.multiPerOption * item.options.length;
    case 'text':
      return SECONDS_PER_KIND.text;
  }
}

export function estimateSeconds(q: Pick<Questionnaire, 'sections'>): number {
  return q.sections.reduce(
    (total, section) => total + SECONDS_PER_KIND.section + section.items.reduce((s, item) => s + itemSeconds(item), 0),
    0,
  );
}

/** Whole minutes, rounded up, for a set of questionnaires (one scan). */
export function estimateMinutes(questionnaires: readonly Pick<Questionnaire, 'sections'>[]): number {
  return Math.ceil(questionnaires.reduce((total, q) => total + estimateSeconds(q), 0) / 60);
}
