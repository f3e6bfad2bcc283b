/**
 * A generated general questionnaire of N statements, as many to a section (one screen) as the
 * format allows, to see how the app renders a screen of it and scores it. Valid against the format.
 */
import { MAX_ITEMS_PER_SECTION, type QuestionnaireInput } from '../src/domain/format';

export const BIG_ID = 'bench-groot';

export function bigQuestionnaire(count: number): QuestionnaireInput {
  const ids = Array.from({ length: count }, (_, i) => `groot-${i + 1}`);
  const scaleCount = Math.min(10, count);
  return {
    schemaVersion: 1,
    id: BIG_ID,
    version: 1,
    kind: 'vragenlijst',
    title: `Testlijst met ${count} stellingen`,
    intro: 'Een lange lijst om de snelheid te meten.',
    estimatedMinutes: 60,
    answerScales: [{ id: 'groot-eens', labels: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'] }],
    sections: Array.from({ length: Math.ceil(count / MAX_ITEMS_PER_SECTION) }, (_, k) => ({
      id: `groot-deel-${k + 1}`,
      title: `Stellingen, deel ${k + 1}`,
      items: ids.slice(k * MAX_ITEMS_PER_SECTION, (k + 1) * MAX_ITEMS_PER_SECTION).map((id, j) => {
        const i = k * MAX_ITEMS_PER_SECTION + j;
        return {
          id,
          kind: 'statement' as const,
          text: `Stelling ${i + 1}: ik probeer graag een nieuwe manier van werken uit.`,
          scale: 'groot-eens',
          reverse: i % 4 === 3,
          source: { file: 'bench', lines: String(i + 1) },
        };
      }),
    })),
    scoring: {
      scales: Array.from({ length: scaleCount }, (_, s) => ({
        id: `groot-schaal-${s + 1}`,
        title: `Schaal ${s + 1}`,
        explanation: 'Het gemiddelde van een deel van de stellingen.',
        items: ids.filter((_, i) => i % scaleCount === s),
        bands: [
          { min: 0, max: 50, label: 'Laag', text: 'Lager dan het midden.' },
          { min: 50, max: 100, label: 'Hoog', text: 'Het midden of hoger.' },
        ],
      })),
    },
  };
}
