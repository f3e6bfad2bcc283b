/**
 * Rules about the items of a questionnaire that the first-load code needs too. Only type imports
 * from format.ts: it builds the zod schemas when it is imported, and zod stays out of the first load.
 */
import type { Item, Questionnaire } from './format';

export { isRequired, itemLabel } from './kinds';

/** Every item of a questionnaire, in the order of its sections. */
export function allItems(q: Pick<Questionnaire, 'sections'>): Item[] {
  return q.sections.flatMap((section) => section.items);
}
