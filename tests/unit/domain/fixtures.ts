import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allItems, type Item, type Questionnaire } from '../../../src/domain/format';
import { describeProblem, parseQuestionnaire } from '../../../src/domain/validate';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/questionnaires/', import.meta.url));
export const REAL_DIR = fileURLToPath(new URL('../../../questionnaires/', import.meta.url));

export type FixtureName = 'drijfveren' | 'takenpakket';

/** The raw JSON of a fixture, a fresh copy on every call so a test can change it freely. */
// biome-ignore lint/suspicious/noExplicitAny: tests change raw JSON at arbitrary paths.
export function rawFixture(name: FixtureName): any {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${name}.json`, 'utf8'));
}

/** A parsed fixture; throws with the Dutch problems when the fixture itself is broken. */
export function fixture(name: FixtureName, change?: (raw: ReturnType<typeof rawFixture>) => void): Questionnaire {
  const raw = rawFixture(name);
  change?.(raw);
  const parsed = parseQuestionnaire(`${name}.json`, raw);
  if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
  return parsed.value;
}

/** One item of a questionnaire by id; throws when it is not there. */
export function itemOf(q: Questionnaire, id: string): Item {
  const found = allItems(q).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** Changes the fixture pack to ask as the shipped packs do: five time answers, liking and ability for "groeit" only. */
export function withShippedTaskQuestions(raw: ReturnType<typeof rawFixture>) {
  raw.taskQuestions.time.options[0] = { value: 0, label: 'Doe ik nu niet', weight: 0, notDone: true };
  raw.taskQuestions.time.options.push({
    value: 9,
    label: 'Komt bij ons niet voor of weet ik niet',
    weight: 0,
    leavesOut: true,
  });
  for (const key of ['liking', 'ability'] as const) raw.taskQuestions[key].trends = ['groeit'];
  raw.taskQuestions.liking.whenNotDone = 'Hoe leuk lijkt het je?';
  raw.taskQuestions.ability.whenNotDone = 'Hoe goed denk je dat je het kunt?';
}
