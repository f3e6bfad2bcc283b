/** One comparison feeds both the compare screen and the report's "Wat is er veranderd?". */
import { describe, expect, it } from 'vitest';
import { buildReport, compareFigures, compareScans, type Figure } from '../../../src/domain/report';
import { scoreScan } from '../../../src/domain/scoring';
import { fixtureQuestionnaires } from '../../fixtures/report/load';
import { earlierAnswers, earlierScan, personaAnswers, personaScan } from '../../fixtures/report/persona';

const questionnaires = fixtureQuestionnaires();
const earlierQuestionnaires = fixtureQuestionnaires();
const now = scoreScan(questionnaires, personaAnswers);
const before = scoreScan(earlierQuestionnaires, earlierAnswers);

describe('comparing two scans', () => {
  const rows = compareScans(before, now);
  const byKey = Object.fromEntries(rows.map((r) => [r.key, [r.before, r.now, r.difference]]));

  it('gives the figures of the task pack first, as whole numbers that match the report', () => {
    expect(rows.slice(0, 5).map((r) => r.kind)).toEqual([
      'match',
      'groeit',
      'krimpt',
      'plezier-groeit',
      'kunnen-groeit',
    ]);
    // The same figures as in report.test.ts: match 32 → 54, time about 10 → 25 % and 70 → 55 %.
    expect(byKey.match).toEqual([32, 54, 22]);
    // Time shares in multiples of 5 (R7, R36); before issue 13 exact: 10 → 22 and 71 → 56.
    expect(byKey.groeit).toEqual([10, 25, 15]);
    expect(byKey.krimpt).toEqual([70, 55, -15]);
    // Liking growing 62.5 → 87.5, ability growing 12.5 → 37.5 (see report.test.ts).
    expect(byKey['plezier-groeit']).toEqual([63, 88, 25]);
    expect(byKey['kunnen-groeit']).toEqual([13, 38, 25]);
    expect(byKey['groeimindset/kritiek']).toEqual([20, 40, 20]);
  });

  it('feeds the report the same numbers', () => {
    const report = buildReport({
      scan: personaScan(questionnaires),
      questionnaires,
      answers: personaAnswers,
      earlier: {
        scan: earlierScan(earlierQuestionnaires),
        questionnaires: earlierQuestionnaires,
        answers: earlierAnswers,
      },
    });
    // A score's id, or the kind of a task pack figure: unique within these questionnaires.
    const compared = new Map(rows.map((r) => [r.id, r]));
    for (const row of report.change?.rows ?? []) {
      const same = compared.get(row.id);
      expect(same && [same.before, same.now, same.difference], row.id).toEqual([row.before, row.now, row.difference]);
    }
    expect(report.change?.rows.length).toBeGreaterThan(10);
  });

  it('keeps a figure only one scan has, with a gap for the other, in the first scan’s order', () => {
    const figure = (key: string, value: number | null): Figure => ({
      key,
      kind: 'scale',
      questionnaireId: 'q',
      id: key,
      title: key,
      value,
    });
    const out = compareFigures([figure('a', 10), figure('b', 20)], [figure('c', 5), figure('a', 15)]);
    expect(out.map((r) => [r.key, r.before, r.now, r.difference, r.inBefore, r.inNow])).toEqual([
      ['a', 10, 15, 5, true, true],
      ['b', 20, null, null, true, false],
      ['c', null, 5, null, false, true],
    ]);
  });
});
