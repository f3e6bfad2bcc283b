/**
 * Property tests (fast-check, seeded so a failure can be replayed): for any valid questionnaire
 * and any answers, valid or not, the engine does not throw, keeps every figure in 0–100 or null,
 * mirrors reverse keying, and ignores the order of the answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers';
import { allItems, type Questionnaire, type StatementItem } from '../../../src/domain/format';
import { canonicalJson, contentHash } from '../../../src/domain/hash';
import { normalise, type QuestionnaireResult, scoreQuestionnaire, scoreScan } from '../../../src/domain/scoring';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { buildAnswers, buildQuestionnaire, shuffleKeys } from './arbitraries';
import { numbersIn } from './numbers';

const RUNS = { seed: 20_251_123, numRuns: 200 } as const;
const DRIVERS = ['drijf-a', 'drijf-b', 'drijf-c'];

function randomScan(g: fc.GeneratorValue) {
  const lijst = buildQuestionnaire(g, { id: 'lijst', pack: false, drivers: DRIVERS }).questionnaire;
  const pakket = buildQuestionnaire(g, { id: 'pakket', pack: true, driverId: 'lijst', drivers: DRIVERS }).questionnaire;
  return { lijst, pakket, answers: { lijst: buildAnswers(g, lijst), pakket: buildAnswers(g, pakket) } };
}

const inRange = (n: number | null | undefined) => n === null || n === undefined || (n >= 0 && n <= 100);

function expectFiguresInRange(result: QuestionnaireResult) {
  for (const [path, n] of numbersIn(result)) expect(Number.isFinite(n), `${path} is ${n}`).toBe(true);
  expect(result.answered).toBeLessThanOrEqual(result.total);
  for (const scale of result.scales) {
    expect(inRange(scale.score), `${scale.id}: ${scale.score}`).toBe(true);
    expect(scale.answered).toBeLessThanOrEqual(scale.total);
    expect(scale.score === null).toBe(scale.answered === 0);
    expect(scale.band === null || scale.score !== null).toBe(true);
  }
  for (const tally of result.tallies) {
    const counted = tally.groups.reduce((sum, group) => sum + group.count, 0);
    expect(counted).toBeLessThanOrEqual(tally.chosen);
    for (const group of tally.groups) expect(group.count).toBeLessThanOrEqual(group.available);
  }
  const shift = result.taskShift;
  if (shift) {
    expect(inRange(shift.likingGrowing)).toBe(true);
    expect(inRange(shift.abilityGrowing)).toBe(true);
    expect(inRange(shift.match.score)).toBe(true);
    if (shift.timeShare) {
      const { groeit, blijft, krimpt } = shift.timeShare;
      for (const share of [groeit, blijft, krimpt]) expect(inRange(share)).toBe(true);
      expect(groeit + blijft + krimpt).toBeCloseTo(100, 9);
    }
    for (const task of shift.tasks) {
      expect(inRange(task.likingScore)).toBe(true);
      expect(inRange(task.abilityScore)).toBe(true);
    }
  }
}

describe('random valid questionnaires', () => {
  it('are accepted by parseQuestionnaire (so the generator matches the format)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { raw } = buildQuestionnaire(g, { id: 'pakket', pack: g(fc.boolean), drivers: DRIVERS });
        expect(parseQuestionnaire('pakket.json', raw).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('score random answers without throwing, every figure in 0–100 or null and never NaN', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { lijst, pakket, answers } = randomScan(g);
        const scan = scoreScan([pakket, lijst], answers);
        for (const result of scan.results) expectFiguresInRange(result);
        for (const driver of scan.drivers) expect(inRange(driver.score)).toBe(true);
        // R16: a top never holds every driver, and every tie group is above the middle.
        const top = scan.topDrivers.groups.flat();
        const driverScales = lijst.scoring.scales.filter((s) => s.group === 'drijfveer').length;
        if (top.length > 0) expect(top.length).toBeLessThan(driverScales);
        for (const d of top) expect(Math.round(d.score ?? 0)).toBeGreaterThan(50);
        expect(scan.fitting.tasks.length).toBeLessThanOrEqual(5);
        for (const task of scan.fitting.tasks) {
          expect(task.trend).toBe('groeit');
          expect(task.matchingDrivers.length).toBeGreaterThan(0);
          expect(task.leftOut).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('give the same result whatever the order of the answers', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { lijst, pakket, answers } = randomScan(g);
        const shuffled = shuffleKeys(g, {
          lijst: shuffleKeys(g, answers.lijst),
          pakket: shuffleKeys(g, answers.pakket),
        });
        expect(scoreQuestionnaire(lijst, shuffled.lijst)).toEqual(scoreQuestionnaire(lijst, answers.lijst));
        expect(scoreScan([pakket, lijst], shuffled)).toEqual(scoreScan([pakket, lijst], answers));
      }),
      RUNS,
    );
  });
});

describe('reverse keying', () => {
  it('turns the score of a single-item scale into 100 minus the score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 11 }), fc.gen(), (points, g) => {
        const answer = g(fc.integer, { min: 1, max: points });
        const score = (reverse: boolean) => {
          const parsed = parseQuestionnaire('een.json', {
            schemaVersion: 1,
            id: 'een',
            version: 1,
            kind: 'vragenlijst',
            title: 'Eén stelling',
            intro: 'Eén stelling.',
            estimatedMinutes: 1,
            answerScales: [{ id: 'schaal', labels: Array.from({ length: points }, (_, i) => `Punt ${i + 1}`) }],
            sections: [
              {
                id: 'deel',
                title: 'Deel',
                items: [
                  {
                    id: 'stelling',
                    kind: 'statement',
                    text: 'Stelling.',
                    scale: 'schaal',
                    reverse,
                    source: { file: 'x', lines: '1' },
                  },
                ],
              },
            ],
            scoring: { scales: [{ id: 'score', title: 'Score', explanation: 'Uitleg.', items: ['stelling'] }] },
          });
          if (!parsed.ok) throw new Error('invalid');
          return scoreQuestionnaire(parsed.value, { stelling: answer }).scales[0]?.score;
        };
        const plain = score(false);
        const reversed = score(true);
        if (plain === null || plain === undefined || reversed === null || reversed === undefined)
          throw new Error('no score');
        expect(reversed).toBeCloseTo(100 - plain, 9);
      }),
      RUNS,
    );
  });

  it("mirrors one item's contribution c to 100 - c in every scale that holds it", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { questionnaire: q } = buildQuestionnaire(g, { id: 'lijst', pack: false, drivers: DRIVERS });
        const scored = new Set(q.scoring.scales.flatMap((s) => s.items));
        const candidates = allItems(q).filter((i): i is StatementItem => i.kind === 'statement' && scored.has(i.id));
        fc.pre(candidates.length > 0);
        const item = candidates[g(fc.integer, { min: 0, max: candidates.length - 1 })] as StatementItem;
        const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 2;
        const answer = g(fc.integer, { min: 1, max: points });
        const answers: Answers = { ...buildAnswers(g, q), [item.id]: answer };

        const flipped: Questionnaire = structuredClone(q);
        for (const section of flipped.sections)
          for (const i of section.items) if (i.id === item.id && i.kind === 'statement') i.reverse = !i.reverse;

        const before = scoreQuestionnaire(q, answers);
        const after = scoreQuestionnaire(flipped, answers);
        const keyed = item.reverse ? points + 1 - answer : answer;
        const c = normalise(keyed, 1, points);
        q.scoring.scales.forEach((scale, s) => {
          if (!scale.items.includes(item.id)) return;
          const old = before.scales[s];
          const now = after.scales[s];
          if (!old || old.score === null || !now || now.score === null) throw new Error('no score');
          const n = old.answered;
          // mean: the item's share of the mean goes from c/n to (100 - c)/n.
          // sum: the keyed sum changes by (points + 1 - 2 × keyed) over a range of n × (points - 1).
          const expected =
            scale.method === 'mean'
              ? old.score + (100 - 2 * c) / n
              : old.score + ((points + 1 - 2 * keyed) / (n * (points - 1))) * 100;
          expect(now.score).toBeCloseTo(expected, 9);
          if (n === 1) expect(now.score).toBeCloseTo(100 - old.score, 9);
        });
      }),
      RUNS,
    );
  });
});

describe('contentHash', () => {
  /** The same JSON with the keys of every object in another order. */
  const reorder = (g: fc.GeneratorValue, value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((v) => reorder(g, v));
    if (value !== null && typeof value === 'object')
      return shuffleKeys(g, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reorder(g, v)])));
    return value;
  };

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.gen(), (value, g) => {
        const other = reorder(g, value);
        expect(canonicalJson(other)).toBe(canonicalJson(value));
        expect(contentHash(other)).toBe(contentHash(value));
      }),
      RUNS,
    );
  });

  it('is 14 hex digits and tells different content apart', () => {
    const a = contentHash({ id: 'groeimindset', version: 1 });
    const b = contentHash({ id: 'groeimindset', version: 2 });
    expect(a).toMatch(/^[0-9a-f]{14}$/);
    expect(a).not.toBe(b);
    expect(contentHash({ version: 1, id: 'groeimindset' })).toBe(a);
    // A key with an undefined value is as good as no key (it is not in the JSON either).
    expect(contentHash({ id: 'groeimindset', version: 1, note: undefined })).toBe(a);
    // Array order does count.
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });
});
