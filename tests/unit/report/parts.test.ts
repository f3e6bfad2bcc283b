/**
 * Which questionnaire fills which part of the report is declared in the format (reportPart,
 * directionItem). Questionnaires stored before those fields existed still open, read the old way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../src/domain/format';
import { buildReport } from '../../../src/domain/report';
import { reportParts } from '../../../src/domain/report/parts';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { fixtureJson, fixtureQuestionnaires } from '../../fixtures/report/load';
import { personaAnswers, personaScan } from '../../fixtures/report/persona';

const [pack, mindset, talent] = fixtureQuestionnaires() as [Questionnaire, Questionnaire, Questionnaire];
const parts = (qs: Questionnaire[]) => {
  const found = reportParts(qs, (q) => q);
  return {
    pack: found.pack?.id ?? null,
    groeimindset: found.groeimindset?.id ?? null,
    talent: found.talent?.id ?? null,
    direction: found.direction ? `${found.direction.questionnaire.id}/${found.direction.question.id}` : null,
  };
};

describe('the parts of the report', () => {
  it('are read by shape when no questionnaire declares them (stored before the fields existed)', () => {
    expect(mindset.reportPart).toBeUndefined();
    expect(parts([pack, mindset, talent])).toEqual({
      pack: 'burgerzaken',
      groeimindset: 'groeimindset',
      talent: 'talent-motivatie',
      direction: 'talent-motivatie/richting',
    });
  });

  it('follow what the questionnaires declare, not their shape', () => {
    // Another questionnaire with scores comes first: by shape it would be taken for the mindset.
    const other: Questionnaire = { ...mindset, id: 'andere-lijst' };
    const declared = [
      pack,
      other,
      { ...mindset, reportPart: 'groeimindset' as const },
      // The direction is the question named here, even without the four direction ids as options.
      { ...talent, reportPart: 'talent' as const, directionItem: 'leeractiviteiten' },
    ];
    expect(parts(declared)).toEqual({
      pack: 'burgerzaken',
      groeimindset: 'groeimindset',
      talent: 'talent-motivatie',
      direction: 'talent-motivatie/leeractiviteiten',
    });
  });

  it('guess nothing once anything is declared: no directionItem, no direction', () => {
    const declared = [pack, { ...mindset, reportPart: 'groeimindset' as const }, talent];
    expect(parts(declared)).toEqual({
      pack: 'burgerzaken',
      groeimindset: 'groeimindset',
      talent: null,
      direction: null,
    });
  });

  it('give an old snapshot the same report as the same questionnaire with its parts declared', () => {
    const scan = personaScan([pack, mindset, talent]);
    const input = (qs: Questionnaire[]) => ({ scan, questionnaires: qs, answers: personaAnswers, earlier: null });
    const declared = [
      pack,
      { ...mindset, reportPart: 'groeimindset' as const },
      { ...talent, reportPart: 'talent' as const, directionItem: 'richting' },
    ];
    expect(buildReport(input(declared))).toEqual(buildReport(input([pack, mindset, talent])));
  });
});

describe('the format of the parts', () => {
  const withFields = (file: string, fields: Record<string, unknown>) =>
    parseQuestionnaire(file, { ...(fixtureJson(file) as object), ...fields });

  it('accepts a declared part and direction question', () => {
    const parsed = withFields('talent-motivatie.json', { reportPart: 'talent', directionItem: 'richting' });
    expect(parsed.ok && parsed.value.reportPart).toBe('talent');
  });

  it('names what is wrong: an unknown part, a missing direction question, a part on a task pack', () => {
    const problems = (file: string, fields: Record<string, unknown>) => {
      const parsed = withFields(file, fields);
      return parsed.ok ? [] : parsed.problems.map((p) => p.path);
    };
    expect(problems('talent-motivatie.json', { reportPart: 'werk' })).toEqual(['reportPart']);
    expect(problems('talent-motivatie.json', { directionItem: 'bestaat-niet' })).toEqual(['directionItem']);
    // An open question has no options to choose a direction from.
    expect(problems('talent-motivatie.json', { directionItem: 'toelichting' })).toEqual(['directionItem']);
    expect(problems('burgerzaken.json', { reportPart: 'talent' })).toEqual(['reportPart']);
    const message = (file: string, fields: Record<string, unknown>) => {
      const parsed = withFields(file, fields);
      return parsed.ok ? '' : (parsed.problems[0]?.message ?? '');
    };
    expect(message('talent-motivatie.json', { directionItem: 'bestaat-niet' })).toBe(
      'De keuzevraag "bestaat-niet" bestaat niet.',
    );
    expect(message('burgerzaken.json', { reportPart: 'talent' })).toContain('laat reportPart weg');
  });

  it('is declared in the real questionnaires', () => {
    const real = (file: string) =>
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../questionnaires', file), 'utf8')) as Record<
        string,
        unknown
      >;
    expect(real('groeimindset.json').reportPart).toBe('groeimindset');
    expect(real('talent-motivatie.json')).toMatchObject({ reportPart: 'talent', directionItem: 'richting' });
  });
});
