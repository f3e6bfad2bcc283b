/** The real questionnaire files in questionnaires/, parsed; a broken file fails the test that loads it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allItems, type Item, type Questionnaire } from '../../../src/domain/format';
import { describeProblem, parseQuestionnaire } from '../../../src/domain/validate';

export const QUESTIONNAIRE_DIR = fileURLToPath(new URL('../../../questionnaires/', import.meta.url));

export const PACKS = ['burgerzaken', 'sociaal-domein', 'buitendienst'] as const;
export const GENERAL = ['groeimindset', 'talent-motivatie'] as const;
export type QuestionnaireName = (typeof PACKS)[number] | (typeof GENERAL)[number];

// biome-ignore lint/suspicious/noExplicitAny: raw JSON is walked at arbitrary paths.
export function raw(name: QuestionnaireName | 'index'): any {
  return JSON.parse(readFileSync(`${QUESTIONNAIRE_DIR}${name}.json`, 'utf8'));
}

export function load(name: QuestionnaireName): Questionnaire {
  const parsed = parseQuestionnaire(`${name}.json`, raw(name));
  if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
  return parsed.value;
}

export function itemsOf(name: QuestionnaireName): Item[] {
  return allItems(load(name));
}
