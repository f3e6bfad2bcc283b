import { describe, expect, it } from 'vitest';
import { toSurveyJs } from '../../../bench/to-surveyjs';
import type { Questionnaire } from '../../../src/domain/format';
import { parseQuestionnaire } from '../../../src/domain/validate';

const source = { file: 'test', lines: '1' };

function parsed(data: unknown): Questionnaire {
  const result = parseQuestionnaire('test.json', data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const mindset = parsed({
  schemaVersion: 1,
  id: 'leren',
  version: 1,
  kind: 'vragenlijst',
  title: 'Leren',
  intro: 'Over leren.',
  estimatedMinutes: 2,
  answerScales: [{ id: 'eens3', labels: ['Oneens', 'Neutraal', 'Eens'] }],
  sections: [
    {
      id: 'deel-1',
      title: 'Deel een',
      intro: 'Lees rustig.',
      items: [
        { id: 's1', kind: 'statement', text: 'Ik leer graag.', scale: 'eens3', source },
        {
          id: 's2',
          kind: 'statement',
          text: 'Talent ligt vast.',
          help: 'Denk aan je werk.',
          scale: 'eens3',
          reverse: true,
          required: false,
          source,
        },
      ],
    },
    {
      id: 'deel-2',
      title: 'Deel twee',
      items: [
        {
          id: 'k1',
          kind: 'single',
          text: 'Wat past?',
          options: [
            { id: 'a', label: 'Alleen' },
            { id: 'b', label: 'Samen' },
          ],
          source,
        },
        {
          id: 'k2',
          kind: 'multi',
          text: 'Kies er twee.',
          min: 1,
          max: 2,
          options: [
            { id: 'x', label: 'Lezen' },
            { id: 'y', label: 'Doen' },
            { id: 'z', label: 'Kijken' },
          ],
          source,
        },
        { id: 't1', kind: 'text', text: 'Nog iets?', maxLength: 200, source },
      ],
    },
  ],
});

describe('toSurveyJs', () => {
  it('makes one Dutch page per section, in order, with the section texts', () => {
    const survey = toSurveyJs(mindset);
    expect(survey.locale).toBe('nl');
    expect(survey.title).toBe('Leren');
    expect(survey.description).toBe('Over leren.');
    expect(survey.pages.map((page) => [page.name, page.title, page.description])).toEqual([
      ['deel-1', 'Deel een', 'Lees rustig.'],
      ['deel-2', 'Deel twee', undefined],
    ]);
  });

  it('turns a statement into radio buttons with the scale labels and points 1..n', () => {
    const [first, second] = toSurveyJs(mindset).pages[0]?.elements ?? [];
    expect(first).toEqual({
      type: 'radiogroup',
      name: 's1',
      title: 'Ik leer graag.',
      isRequired: true,
      choices: [
        { value: 1, text: 'Oneens' },
        { value: 2, text: 'Neutraal' },
        { value: 3, text: 'Eens' },
      ],
    });
    // A reverse statement is shown the same way: reverse keying only matters when scoring.
    expect(second).toMatchObject({ name: 's2', description: 'Denk aan je werk.', isRequired: false });
    expect(second && 'choices' in second ? second.choices.map((c) => c.value) : []).toEqual([1, 2, 3]);
  });

  it('keeps option ids as values for choices, limits for multi and the length for open questions', () => {
    const elements = toSurveyJs(mindset).pages[1]?.elements;
    expect(elements).toEqual([
      {
        type: 'radiogroup',
        name: 'k1',
        title: 'Wat past?',
        isRequired: true,
        choices: [
          { value: 'a', text: 'Alleen' },
          { value: 'b', text: 'Samen' },
        ],
      },
      {
        type: 'checkbox',
        name: 'k2',
        title: 'Kies er twee.',
        isRequired: true,
        choices: [
          { value: 'x', text: 'Lezen' },
          { value: 'y', text: 'Doen' },
          { value: 'z', text: 'Kijken' },
        ],
        minSelectedChoices: 1,
        maxSelectedChoices: 2,
      },
      { type: 'comment', name: 't1', title: 'Nog iets?', isRequired: false, maxLength: 200 },
    ]);
  });

  it('turns a task into a panel with the three task questions', () => {
    const pack = parsed({
      schemaVersion: 1,
      id: 'balie',
      version: 1,
      kind: 'takenpakket',
      title: 'Balie',
      role: 'Burgerzaken',
      intro: 'Je taken.',
      estimatedMinutes: 3,
      taskQuestions: {
        time: {
          question: 'Hoeveel tijd?',
          options: [
            { value: 0, label: 'Geen', weight: 0 },
            { value: 1, label: 'Veel', weight: 10 },
          ],
        },
        liking: {
          question: 'Vind je het leuk?',
          options: [
            { value: 1, label: 'Nee' },
            { value: 2, label: 'Ja' },
          ],
        },
        ability: {
          question: 'Kun je het?',
          options: [
            { value: 1, label: 'Nog niet' },
            { value: 2, label: 'Ja' },
          ],
        },
      },
      sections: [
        {
          id: 'taken',
          title: 'Taken',
          items: [{ id: 'paspoort', kind: 'task', task: 'Paspoort maken', trend: 'krimpt', source }],
        },
      ],
      scoring: {
        taskShift: {
          driverQuestionnaire: 'drijfveren',
          matchWeights: { liking: 40, ability: 40, timeShare: 20 },
          likedFrom: 2,
          ableFrom: 2,
          muchTimeFrom: 1,
          matchBands: [{ min: 0, max: 100, label: 'Match', text: 'Zo past het.' }],
        },
      },
    });
    expect(toSurveyJs(pack).pages[0]?.elements).toEqual([
      {
        type: 'panel',
        name: 'paspoort',
        title: 'Paspoort maken',
        elements: [
          {
            type: 'radiogroup',
            name: 'paspoort-time',
            title: 'Hoeveel tijd?',
            isRequired: true,
            choices: [
              { value: 0, text: 'Geen' },
              { value: 1, text: 'Veel' },
            ],
          },
          {
            type: 'radiogroup',
            name: 'paspoort-liking',
            title: 'Vind je het leuk?',
            isRequired: true,
            choices: [
              { value: 1, text: 'Nee' },
              { value: 2, text: 'Ja' },
            ],
          },
          {
            type: 'radiogroup',
            name: 'paspoort-ability',
            title: 'Kun je het?',
            isRequired: true,
            choices: [
              { value: 1, text: 'Nog niet' },
              { value: 2, text: 'Ja' },
            ],
          },
        ],
      },
    ]);
  });
});
