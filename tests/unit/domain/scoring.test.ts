/**
 * The scoring engine against two small fixtures. Every expected value is worked out by hand in a
 * comment next to it, so a change in the engine shows up as a change in arithmetic, not in a
 * snapshot.
 *
 * Fixture facts used below:
 * - "eens6" has 6 points: a keyed answer k counts as (k - 1) / 5 * 100, so 1..6 → 0, 20, 40, 60, 80, 100.
 * - "vaak5" has 5 points: a reversed answer v is keyed 6 - v.
 * - task time values 0..3 mean weights 0, 1, 3, 6; liking 1..4 counts (v - 1) / 3 * 100;
 *   ability 0..2 counts v / 2 * 100; likedFrom 3, ableFrom 2, muchTimeFrom 2;
 *   match weights liking 40, ability 40, timeShare 20; topDrivers 2.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers';
import type { Band } from '../../../src/domain/format';
import {
  bandFor,
  holds,
  normalise,
  type QuestionnaireResult,
  type ScaleResult,
  scoreQuestionnaire,
  scoreScan,
} from '../../../src/domain/scoring';
import { fixture } from './fixtures';

const drijfveren = fixture('drijfveren');
const pakket = fixture('takenpakket');

function scale(result: QuestionnaireResult, id: string): ScaleResult {
  const found = result.scales.find((s) => s.id === id);
  if (!found) throw new Error(`no scale ${id}`);
  return found;
}

function scoreOf(answers: Answers, id: string): number | null {
  return scale(scoreQuestionnaire(drijfveren, answers), id).score;
}

describe('normalise and bandFor', () => {
  it('maps the ends of a range to 0 and 100 and clamps outside it', () => {
    expect(normalise(1, 1, 6)).toBe(0);
    expect(normalise(6, 1, 6)).toBe(100);
    // (4 - 1) / (6 - 1) * 100 = 60
    expect(normalise(4, 1, 6)).toBeCloseTo(60, 10);
    expect(normalise(9, 1, 6)).toBe(100);
    expect(normalise(-3, 1, 6)).toBe(0);
    // An empty range has nothing to spread over; 0, never NaN.
    expect(normalise(3, 3, 3)).toBe(0);
  });

  const bands: Band[] = [
    { min: 0, max: 50, label: 'Laag', text: 'l', tips: [] },
    { min: 50, max: 75, label: 'Midden', text: 'm', tips: [] },
    { min: 75, max: 100, label: 'Hoog', text: 'h', tips: [] },
  ];

  it('puts a score on a band edge in the higher band, and 100 in the last band', () => {
    expect(bandFor(bands, 0)?.label).toBe('Laag');
    expect(bandFor(bands, 49.999)?.label).toBe('Laag');
    expect(bandFor(bands, 50)?.label).toBe('Midden');
    expect(bandFor(bands, 74.999)?.label).toBe('Midden');
    expect(bandFor(bands, 75)?.label).toBe('Hoog');
    expect(bandFor(bands, 100)?.label).toBe('Hoog');
  });

  it('has no band for a missing score or an empty band list', () => {
    expect(bandFor(bands, null)).toBeNull();
    expect(bandFor([], 40)).toBeNull();
  });
});

describe('mean scales', () => {
  it('averages the normalised items, with reverse keying', () => {
    const result = scale(scoreQuestionnaire(drijfveren, { 'zorg-1': 6, 'zorg-2': 2, 'zorg-3': 4 }), 'zorg');
    // zorg-1: 6 → 100; zorg-2 reversed: 7 - 2 = 5 → (5 - 1) / 5 * 100 = 80; zorg-3: 4 → 60.
    // mean = (100 + 80 + 60) / 3 = 80 → band "Sterk" (75–100).
    expect(result.score).toBeCloseTo(80, 10);
    expect(result.band?.label).toBe('Sterk');
    expect(result.answered).toBe(3);
    expect(result.total).toBe(3);
    expect(result.rawSum).toBeNull();
    expect(result.group).toBe('drijfveer');
  });

  it('reverses on a 6-point scale: answer 2 counts as 5, which is 80', () => {
    // 6 + 1 - 2 = 5 → (5 - 1) / 5 * 100 = 80
    expect(scoreOf({ 'zorg-2': 2 }, 'zorg')).toBeCloseTo(80, 10);
    // 6 + 1 - 6 = 1 → 0; 6 + 1 - 1 = 6 → 100
    expect(scoreOf({ 'zorg-2': 6 }, 'zorg')).toBe(0);
    expect(scoreOf({ 'zorg-2': 1 }, 'zorg')).toBe(100);
  });

  it('scores partial answers over the answered items and says "n van m"', () => {
    const result = scale(scoreQuestionnaire(drijfveren, { 'zorg-1': 4, 'zorg-3': 3 }), 'zorg');
    // zorg-1: 4 → 60; zorg-3: 3 → 40; mean over 2 answered = 50, on the band edge → "Gemiddeld" (50–75).
    expect(result.score).toBeCloseTo(50, 10);
    expect(result.band?.label).toBe('Gemiddeld');
    expect(result.answered).toBe(2);
    expect(result.total).toBe(3);
  });

  it('puts a full score of 100 in the highest band', () => {
    const result = scale(scoreQuestionnaire(drijfveren, { 'zorg-1': 6 }), 'zorg');
    // one answered item: 6 → 100; the last band includes 100.
    expect(result.score).toBe(100);
    expect(result.band?.label).toBe('Sterk');
    expect(result.answered).toBe(1);
  });

  it('has no score, no band and no NaN when nothing is answered', () => {
    const result = scale(scoreQuestionnaire(drijfveren, {}), 'zorg');
    expect(result.score).toBeNull();
    expect(result.band).toBeNull();
    expect(result.answered).toBe(0);
    expect(result.total).toBe(3);
  });

  it('treats answers that do not fit the scale as not given', () => {
    // 7 is above 6 points, 2.5 is no whole point, "6" is text, 0 is below 1.
    const result = scale(
      scoreQuestionnaire(drijfveren, { 'zorg-1': 7, 'zorg-2': '6', 'zorg-3': 2.5, 'leren-1': 0 }),
      'zorg',
    );
    expect(result.score).toBeNull();
    expect(result.answered).toBe(0);
    expect(scoreOf({ 'zorg-1': 7, 'zorg-3': 2 }, 'zorg')).toBeCloseTo(20, 10); // only zorg-3: 2 → 20
  });
});

describe('sum scales', () => {
  it('normalises the keyed sum between the lowest and highest possible sum', () => {
    const result = scale(scoreQuestionnaire(drijfveren, { 'vaak-1': 4, 'vaak-2': 2, 'vaak-3': 5 }), 'gewoonte');
    // keyed: 4, 6 - 2 = 4, 5 → sum 13; lowest 3 × 1 = 3, highest 3 × 5 = 15.
    // (13 - 3) / (15 - 3) * 100 = 10 / 12 * 100 = 83.333… → band "Gewoonte" (40–100).
    expect(result.rawSum).toBe(13);
    expect(result.score).toBeCloseTo(83.3333333, 5);
    expect(result.band?.label).toBe('Gewoonte');
    expect(result.answered).toBe(3);
  });

  it('scores a partial sum over the answered items only', () => {
    const result = scale(scoreQuestionnaire(drijfveren, { 'vaak-1': 3, 'vaak-3': 2 }), 'gewoonte');
    // keyed 3 + 2 = 5; lowest 2, highest 10 → (5 - 2) / (10 - 2) * 100 = 37.5 → band "Begin" (0–40).
    expect(result.rawSum).toBe(5);
    expect(result.score).toBeCloseTo(37.5, 10);
    expect(result.band?.label).toBe('Begin');
    expect(result.answered).toBe(2);
    expect(result.total).toBe(3);
  });

  it('gives 0 for the lowest answer on a single reversed item', () => {
    const result = scale(scoreQuestionnaire(drijfveren, { 'vaak-2': 5 }), 'gewoonte');
    // reversed 6 - 5 = 1; lowest 1, highest 5 → (1 - 1) / 4 * 100 = 0.
    expect(result.rawSum).toBe(1);
    expect(result.score).toBe(0);
  });

  it('has no raw sum and no score when nothing is answered', () => {
    const result = scale(scoreQuestionnaire(drijfveren, {}), 'gewoonte');
    expect(result.rawSum).toBeNull();
    expect(result.score).toBeNull();
  });
});

describe('answered count ("n van m beantwoord")', () => {
  it('counts required items only, and a multi choice below its minimum as open', () => {
    const result = scoreQuestionnaire(drijfveren, {
      'zorg-1': 6,
      sturing: 'zelf',
      leeractiviteiten: [],
      toelichting: 'Ik wil graag meer leren.',
      onbekend: 3,
    });
    // required: 10 statements + sturing + leeractiviteiten = 12 (the free text never counts).
    // answered: zorg-1 and sturing; [] is below min 1; "onbekend" is no item.
    expect(result.answered).toBe(2);
    expect(result.total).toBe(12);
  });

  it('counts a task only when time, liking and ability are all given', () => {
    const result = scoreQuestionnaire(pakket, {
      balie: { time: 1, liking: 2, ability: 2 },
      archief: { time: 1 },
    });
    expect(result.answered).toBe(1);
    expect(result.total).toBe(6);
  });

  it('does not read answers from the object prototype', () => {
    // "constructor" is a valid id; {}.constructor is a function, not an answer.
    const result = scoreScan([{ ...drijfveren, id: 'constructor' }], {});
    expect(result.results[0]?.answered).toBe(0);
  });
});

describe('conditions', () => {
  const items = new Map(drijfveren.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const check = (
    condition: Parameters<typeof holds>[0],
    scores: Record<string, number | null>,
    answers: Answers = {},
  ): boolean => holds(condition, new Map(Object.entries(scores)), drijfveren, answers, items);

  it('compares a score with atLeast (inclusive) and below (exclusive)', () => {
    expect(check({ scale: 'leren', atLeast: 60 }, { leren: 60 })).toBe(true);
    expect(check({ scale: 'leren', atLeast: 60 }, { leren: 59.9 })).toBe(false);
    expect(check({ scale: 'leren', below: 60 }, { leren: 60 })).toBe(false);
    expect(check({ scale: 'leren', below: 60 }, { leren: 59.9 })).toBe(true);
    expect(check({ scale: 'leren', atLeast: 40, below: 60 }, { leren: 50 })).toBe(true);
    expect(check({ scale: 'leren', atLeast: 40, below: 60 }, { leren: 60 })).toBe(false);
  });

  it('is false for a score that is not there yet', () => {
    expect(check({ scale: 'leren', atLeast: 0 }, { leren: null })).toBe(false);
    expect(check({ scale: 'leren', below: 100 }, {})).toBe(false);
  });

  it('stays false under "not" when the score or answer is missing', () => {
    // Advice must never rest on missing answers: not(unknown) is still unknown, so false.
    expect(check({ not: { scale: 'zorg', atLeast: 50 } }, { zorg: null })).toBe(false);
    expect(check({ not: { item: 'sturing', equals: 'zelf' } }, {}, {})).toBe(false);
    // With the answer there, "not" simply flips.
    expect(check({ not: { scale: 'zorg', atLeast: 50 } }, { zorg: 40 })).toBe(true);
    expect(check({ not: { item: 'sturing', equals: 'zelf' } }, {}, { sturing: 'samen' })).toBe(true);
  });

  it('checks a single choice with equals, ignoring answers that are no option', () => {
    expect(check({ item: 'sturing', equals: 'zelf' }, {}, { sturing: 'zelf' })).toBe(true);
    expect(check({ item: 'sturing', equals: 'zelf' }, {}, { sturing: 'samen' })).toBe(false);
    expect(check({ item: 'sturing', equals: 'zelf' }, {}, { sturing: 'ZELF' })).toBe(false);
  });

  it('checks a multiple choice with includes, ignoring an answer with too many options', () => {
    expect(check({ item: 'leeractiviteiten', includes: 'cursus' }, {}, { leeractiviteiten: ['klus', 'cursus'] })).toBe(
      true,
    );
    expect(check({ item: 'leeractiviteiten', includes: 'cursus' }, {}, { leeractiviteiten: ['klus'] })).toBe(false);
    // 6 options chosen, max is 5: the answer does not count.
    const six = ['klus', 'meelopen', 'project', 'coach', 'feedback', 'cursus'];
    expect(check({ item: 'leeractiviteiten', includes: 'cursus' }, {}, { leeractiviteiten: six })).toBe(false);
  });

  it('combines with all and any', () => {
    const scores = { zorg: 80, leren: 30 };
    expect(
      check(
        {
          all: [
            { scale: 'zorg', atLeast: 75 },
            { scale: 'leren', below: 50 },
          ],
        },
        scores,
      ),
    ).toBe(true);
    expect(
      check(
        {
          all: [
            { scale: 'zorg', atLeast: 75 },
            { scale: 'leren', atLeast: 50 },
          ],
        },
        scores,
      ),
    ).toBe(false);
    expect(
      check(
        {
          any: [
            { scale: 'zorg', below: 50 },
            { scale: 'leren', below: 50 },
          ],
        },
        scores,
      ),
    ).toBe(true);
    expect(
      check(
        {
          any: [
            { scale: 'zorg', below: 50 },
            { scale: 'leren', atLeast: 50 },
          ],
        },
        scores,
      ),
    ).toBe(false);
    // any: one true part is enough even when another part is unknown; all: one false part decides.
    expect(
      check(
        {
          any: [
            { scale: 'regels', atLeast: 0 },
            { scale: 'zorg', atLeast: 75 },
          ],
        },
        scores,
      ),
    ).toBe(true);
    expect(
      check(
        {
          all: [
            { scale: 'regels', atLeast: 0 },
            { scale: 'zorg', below: 50 },
          ],
        },
        scores,
      ),
    ).toBe(false);
    expect(
      check(
        {
          all: [
            { scale: 'regels', atLeast: 0 },
            { scale: 'zorg', atLeast: 75 },
          ],
        },
        scores,
      ),
    ).toBe(false);
  });
});

describe('profiles', () => {
  const profile = (answers: Answers) => {
    const found = scoreQuestionnaire(drijfveren, answers).profiles[0];
    if (!found) throw new Error('no profile');
    return found;
  };

  it('takes the first option whose condition holds', () => {
    // leren: 5 → 80, 3 → 40, mean 60 → A holds (zelf and leren ≥ 60).
    // samen-1: 6 → samenwerken 100 ≥ 80, so B holds too; A comes first and wins.
    const result = profile({ sturing: 'zelf', 'leren-1': 5, 'leren-2': 3, 'samen-1': 6 });
    expect(result.optionId).toBe('a');
    expect(result.label).toBe('Profiel A');
    expect(result.matched).toBe(true);
  });

  it('moves on to the next option when the first does not hold', () => {
    // leren: 3 → 40, 3 → 40, mean 40 < 60, so A fails; samenwerken 100 makes B hold.
    const result = profile({ sturing: 'zelf', 'leren-1': 3, 'leren-2': 3, 'samen-1': 6 });
    expect(result.optionId).toBe('b');
    expect(result.helps).toEqual(['Een maatje']);
    expect(result.helpsLess).toEqual([]);
  });

  it('uses the fallback, marked as not matched, when no option holds', () => {
    // A fails (leren 40), B fails (not "samen", samenwerken unanswered), C fails (not "begeleid").
    const result = profile({ sturing: 'zelf', 'leren-1': 3, 'leren-2': 3 });
    expect(result.optionId).toBe('c');
    expect(result.label).toBe('Profiel C');
    expect(result.matched).toBe(false);
  });

  it('uses the fallback when nothing is answered', () => {
    const result = profile({});
    expect(result.optionId).toBe('c');
    expect(result.matched).toBe(false);
  });

  it('marks the fallback option as matched when its own condition holds', () => {
    const result = profile({ sturing: 'begeleid' });
    expect(result.optionId).toBe('c');
    expect(result.matched).toBe(true);
  });
});

describe('recommendations', () => {
  const ids = (answers: Answers) => scoreQuestionnaire(drijfveren, answers).recommendations.map((r) => r.id);

  it('gives no advice when nothing is answered', () => {
    // advies-geen-zorg is not(zorg ≥ 50): with zorg missing it stays false.
    expect(ids({})).toEqual([]);
  });

  it('gives the advice whose condition holds, in file order', () => {
    // leren: 2 → 20, 3 → 40, mean 30 < 50; zorg: 2 → 20 < 50; cursus chosen.
    expect(ids({ 'leren-1': 2, 'leren-2': 3, 'zorg-1': 2, leeractiviteiten: ['cursus'] })).toEqual([
      'advies-leren',
      'advies-cursus',
      'advies-geen-zorg',
    ]);
    // leren: 6 → 100, zorg: 5 → 80: none of the three holds.
    expect(ids({ 'leren-1': 6, 'zorg-1': 5, leeractiviteiten: ['klus'] })).toEqual([]);
  });

  it('passes the activities of the advice along', () => {
    const result = scoreQuestionnaire(drijfveren, { leeractiviteiten: ['cursus'] });
    expect(result.recommendations[0]?.activities).toEqual(['Cursus kiezen']);
  });
});

describe('tallies (70-20-10)', () => {
  // The fixture's question offers klus, meelopen, project (70); coach, feedback (20); cursus, e-learning (10).
  const AVAILABLE = { '70': 3, '20': 2, '10': 2 } as const;

  const tally = (answers: Answers) => {
    const found = scoreQuestionnaire(drijfveren, answers).tallies[0];
    if (!found) throw new Error('no tally');
    return found;
  };

  it('counts the chosen options per group, with the number of options each group offers (R24: no percents)', () => {
    const result = tally({ leeractiviteiten: ['klus', 'meelopen', 'project', 'coach', 'cursus'] });
    // 5 chosen: 70 → klus, meelopen, project = 3; 20 → coach = 1; 10 → cursus = 1.
    // available: the options of each group in the question (see AVAILABLE below).
    expect(result.chosen).toBe(5);
    expect(result.groups.map((g) => [g.id, g.count, g.available])).toEqual([
      ['70', 3, AVAILABLE['70']],
      ['20', 1, AVAILABLE['20']],
      ['10', 1, AVAILABLE['10']],
    ]);
    expect(result.groups[0]?.options).toEqual(['klus', 'meelopen', 'project']);
    expect(result.groups[0]?.label).toBe('Leren in het werk');
  });

  it('counts an option without a group in the total but in no group', () => {
    const result = tally({ leeractiviteiten: ['klus', 'feedback', 'anders', 'e-learning'] });
    // 4 chosen: 70 → 1; 20 → 1; 10 → 1; "anders" has no group.
    expect(result.chosen).toBe(4);
    expect(result.groups.map((g) => g.count)).toEqual([1, 1, 1]);
  });

  it('has counts of 0, and still the options on offer, when nothing valid is chosen', () => {
    const cases: Answers[] = [{}, { leeractiviteiten: [] }, { leeractiviteiten: ['klus', 'klus'] }];
    for (const answers of cases) {
      const result = tally(answers);
      expect(result.chosen).toBe(0);
      expect(result.groups.map((g) => [g.count, g.available])).toEqual([
        [0, AVAILABLE['70']],
        [0, AVAILABLE['20']],
        [0, AVAILABLE['10']],
      ]);
    }
  });
});

describe('task shift', () => {
  const full: Answers = {
    balie: { time: 3, liking: 2, ability: 2 },
    archief: { time: 1, liking: 1, ability: 2 },
    controle: { time: 2, liking: 3, ability: 2 },
    advies: { time: 2, liking: 4, ability: 1 },
    digitaal: { time: 0, liking: 3, ability: 0 },
    wijk: { time: 1, liking: 2, ability: 2 },
  };
  const shift = (answers: Answers, q = pakket) => {
    const result = scoreQuestionnaire(q, answers).taskShift;
    if (!result) throw new Error('no task shift');
    return result;
  };

  it('splits current time over shrinking, stable and growing tasks by weight', () => {
    const result = shift(full);
    // weights: krimpt balie 6 + archief 1 = 7; blijft controle 3; groeit advies 3 + digitaal 0 + wijk 1 = 4.
    // total 14 → krimpt 7/14 = 50 %, blijft 3/14 = 21.43 %, groeit 4/14 = 28.57 %.
    expect(result.timeShare?.krimpt).toBeCloseTo(50, 10);
    expect(result.timeShare?.blijft).toBeCloseTo((3 / 14) * 100, 10);
    expect(result.timeShare?.groeit).toBeCloseTo((4 / 14) * 100, 10);
    expect(result.answeredTasks).toBe(6);
    expect(result.totalTasks).toBe(6);
  });

  it('averages liking and ability over the growing tasks', () => {
    const result = shift(full);
    // liking: advies 4 → 100, digitaal 3 → 66.67, wijk 2 → 33.33; mean 200/3 = 66.67.
    // ability: advies 1 → 50, digitaal 0 → 0, wijk 2 → 100; mean 150/3 = 50.
    expect(result.likingGrowing).toBeCloseTo(200 / 3, 10);
    expect(result.abilityGrowing).toBeCloseTo(50, 10);
    const advies = result.tasks.find((t) => t.id === 'advies');
    expect(advies).toMatchObject({ timeWeight: 3, likingScore: 100, abilityScore: 50, isNew: false });
    expect(result.tasks.find((t) => t.id === 'digitaal')?.isNew).toBe(true);
  });

  it('weighs the parts of "match met morgen"', () => {
    const result = shift(full);
    // (40 × 200/3 + 40 × 50 + 20 × 400/14) / 100 = (8000/3 + 2000 + 4000/7) / 100 = 110000/21 / 100 = 52.38
    // → band "Op weg" (40–70).
    expect(result.match.score).toBeCloseTo(110000 / 21 / 100, 10);
    expect(result.match.score).toBeCloseTo(52.381, 3);
    expect(result.match.band?.label).toBe('Op weg');
    expect(result.match.weights).toEqual({ liking: 40, ability: 40, timeShare: 20 });
    expect(result.match.parts.liking).toBeCloseTo(200 / 3, 10);
    expect(result.match.parts.ability).toBeCloseTo(50, 10);
    expect(result.match.parts.timeShare).toBeCloseTo(400 / 14, 10);
  });

  it('lists kansen, sterk and minder by the thresholds (R10, R12, R14)', () => {
    const result = shift(full);
    // kansen: growing, liking ≥ 3, and ability < 2 or not done now: advies (4, 1) and digitaal (3, 0,
    // time 0 = not done); wijk liking 2 no.
    expect(result.kansen.map((t) => t.id)).toEqual(['advies', 'digitaal']);
    // sterk: growing, done (time weight > 0), ability ≥ 2, liking not 1: wijk (time 1, 2, 2) only.
    expect(result.sterk.map((t) => t.id)).toEqual(['wijk']);
    expect(result.nietLeuk).toEqual([]);
    // minder: shrinking, time ≥ 2: balie (3 = Veel, the highest weight); archief has time 1.
    expect(result.minder.much.map((t) => t.id)).toEqual(['balie']);
    expect(result.minder.part).toEqual([]);
    // digitaal (time 0, weight 0) is not done now; the others are.
    expect(result.notDone.map((t) => t.id)).toEqual(['digitaal']);
  });

  it('counts a task on a threshold as liked or able, and groups minder by the time answer (R14)', () => {
    const result = shift({
      balie: { time: 2 },
      archief: { time: 3 },
      advies: { time: 1, liking: 3, ability: 2 },
      digitaal: { liking: 3 },
      wijk: { liking: 3, ability: 2 },
    });
    // advies: liking 3 = likedFrom, ability 2 = ableFrom, done → sterk, not kansen.
    // digitaal: ability not answered yet → neither kansen nor sterk.
    // wijk: able but no time answer, so not "done": not sterk (R10); able and done-or-not → not kansen.
    expect(result.kansen).toEqual([]);
    expect(result.sterk.map((t) => t.id)).toEqual(['advies']);
    // archief "Veel" (weight 6), balie "Een deel" (weight 3): each in its own group, in the answer's word.
    expect(result.minder.much.map((t) => t.id)).toEqual(['archief']);
    expect(result.minder.part.map((t) => t.id)).toEqual(['balie']);
  });

  it('keeps file order in minder when the time is the same', () => {
    const result = shift({ balie: { time: 3 }, archief: { time: 3 } });
    expect(result.minder.much.map((t) => t.id)).toEqual(['balie', 'archief']);
  });

  it('never lists a task answered "Niet leuk" as sterk or kans: it goes to nietLeuk (R11, R15)', () => {
    const result = shift({
      advies: { time: 2, liking: 1, ability: 2 },
      digitaal: { time: 0, liking: 1, ability: 0 },
      wijk: { time: 1, liking: 2, ability: 1 },
    });
    // advies: done, able, liking 1 → nietLeuk only. digitaal: liking 1 → no kans, not groeien.
    // wijk: liking 2, ability 1 < 2 → groeien (R35), not kansen (liking < 3).
    expect(result.sterk).toEqual([]);
    expect(result.kansen).toEqual([]);
    expect(result.nietLeuk.map((t) => t.id)).toEqual(['advies']);
    expect(result.groeien.map((t) => t.id)).toEqual(['wijk']);
  });

  it('leaves missing parts out of the match and scales the others up', () => {
    const timeOnly = shift({ advies: { time: 3 }, balie: { time: 3 } });
    // groeit 6, krimpt 6 → share groeit 50 %; liking and ability missing → 20 × 50 / 20 = 50.
    expect(timeOnly.match.parts).toEqual({ liking: null, ability: null, timeShare: 50 });
    expect(timeOnly.match.score).toBeCloseTo(50, 10);
    expect(timeOnly.answeredTasks).toBe(0);

    const noTime = shift({ advies: { liking: 4, ability: 2 } });
    // liking 100, ability 100, no time → (40 × 100 + 40 × 100) / 80 = 100 → last band, "Dichtbij".
    expect(noTime.timeShare).toBeNull();
    expect(noTime.match.score).toBe(100);
    expect(noTime.match.band?.label).toBe('Dichtbij');

    const likingOnly = shift({ wijk: { liking: 2 }, advies: { ability: 1 } });
    // liking 33.33, ability 50, no time → (40 × 100/3 + 40 × 50) / 80 = (4000/3 + 2000) / 80 = 41.67.
    expect(likingOnly.match.score).toBeCloseTo((4000 / 3 + 2000) / 80, 10);
    expect(likingOnly.match.band?.label).toBe('Op weg');
  });

  it('ignores a part whose weight is 0', () => {
    const noTimeWeight = fixture('takenpakket', (raw) => {
      raw.scoring.taskShift.matchWeights = { liking: 50, ability: 50, timeShare: 0 };
    });
    const result = shift(full, noTimeWeight);
    // (50 × 200/3 + 50 × 50) / 100 = 58.33; the time share is not part of it.
    expect(result.match.score).toBeCloseTo((50 * (200 / 3) + 50 * 50) / 100, 10);
  });

  it('has no share, no match and empty lists when nothing is answered', () => {
    const result = shift({});
    expect(result.timeShare).toBeNull();
    expect(result.likingGrowing).toBeNull();
    expect(result.abilityGrowing).toBeNull();
    expect(result.match.score).toBeNull();
    expect(result.match.band).toBeNull();
    expect([result.kansen, result.sterk, result.nietLeuk, result.minder.much, result.minder.part]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(result.answeredTasks).toBe(0);
  });

  it('has no time share, not NaN, when every task takes no time', () => {
    const result = shift({ balie: { time: 0 }, advies: { time: 0 } });
    expect(result.timeShare).toBeNull();
    expect(result.match.score).toBeNull();
  });

  describe('with the flags of issue 13 (R5, R6, R2)', () => {
    // The fixture with "Komt bij ons niet voor of weet ik niet" (value 9, weight 0, leavesOut) and
    // "Geen" flagged notDone; liking and ability asked only for work that wordt meer.
    const flagged = fixture('takenpakket', (raw) => {
      raw.taskQuestions.time.options[0].notDone = true;
      raw.taskQuestions.time.options.push({
        value: 9,
        label: 'Komt bij ons niet voor of weet ik niet',
        weight: 0,
        leavesOut: true,
      });
      raw.taskQuestions.liking.trends = ['groeit'];
      raw.taskQuestions.ability.trends = ['groeit'];
    });
    const leftOutAdvies: Answers = { ...full, advies: { time: 9, liking: 4, ability: 1 } };

    it('leaves a left-out task out of every figure and list, never as zero (R5)', () => {
      const result = shift(leftOutAdvies, flagged);
      // weights: krimpt 6 + 1 = 7; blijft 3; groeit digitaal 0 + wijk 1 = 1 (advies is out). total 11.
      expect(result.timeShare?.groeit).toBeCloseTo(100 / 11, 10);
      expect(result.timeShare?.krimpt).toBeCloseTo(700 / 11, 10);
      // liking: digitaal 3 → 66.67, wijk 2 → 33.33 → 50; ability: digitaal 0 → 0, wijk 2 → 100 → 50.
      expect(result.match.liking).toMatchObject({ answered: 2, high: 1 });
      expect(result.match.liking.value).toBeCloseTo(50, 10);
      expect(result.match.ability).toEqual({ value: 50, answered: 2, high: 1 });
      // (40 × 50 + 40 × 50 + 20 × 100/11) / 100 = 40 + 20/11 = 41.82.
      expect(result.match.score).toBeCloseTo(40 + 20 / 11, 10);
      expect(result.taskCount).toEqual({ groeit: 2, blijft: 1, krimpt: 2 });
      expect(result.leftOut.map((t) => t.id)).toEqual(['advies']);
      expect(result.kansen.map((t) => t.id)).toEqual(['digitaal']);
      expect(result.groeien.map((t) => t.id)).toEqual(['digitaal']);
      // A left-out task counts as answered (R2), without its liking and ability.
      expect(result.answeredTasks).toBe(6);
    });

    it('changes nothing when only the liking or ability of a left-out task changes (R5)', () => {
      const a = shift(leftOutAdvies, flagged);
      const b = shift({ ...leftOutAdvies, advies: { time: 9, liking: 1, ability: 2 } }, flagged);
      const figures = (r: typeof a) => ({ ...r, tasks: [], counted: [], leftOut: r.leftOut.map((t) => t.id) });
      expect(figures(b)).toEqual(figures(a));
    });

    it('counts the expectation of a task not done now, weight 0 in the time (R6)', () => {
      const result = shift(full, flagged);
      const digitaal = result.tasks.find((t) => t.id === 'digitaal');
      expect(digitaal).toMatchObject({ notDone: true, leftOut: false, timeWeight: 0, likingScore: (2 / 3) * 100 });
      expect(result.notDone.map((t) => t.id)).toEqual(['digitaal']);
      // Not done now: never sterk, even when the expected ability were high.
      const able = shift({ ...full, digitaal: { time: 0, liking: 4, ability: 2 } }, flagged);
      expect(able.sterk.map((t) => t.id)).toEqual(['wijk']);
      expect(able.kansen.map((t) => t.id)).toEqual(['advies', 'digitaal']);
    });

    it('ignores liking and ability of work that is not asked them (R2)', () => {
      // balie (krimpt) and controle (blijft) carry stored liking/ability: kept as given, ignored.
      const result = shift(full, flagged);
      const balie = result.tasks.find((t) => t.id === 'balie');
      expect(balie).toMatchObject({ liking: undefined, ability: undefined, asked: { liking: false, ability: false } });
      expect(result.answeredTasks).toBe(6);
      expect(shift({ balie: { time: 3 } }, flagged).answeredTasks).toBe(1);
    });
  });

  it('is null for a questionnaire without tasks', () => {
    expect(scoreQuestionnaire(drijfveren, {}).taskShift).toBeNull();
  });

  it('treats a task answer with an unknown value as not given', () => {
    const result = shift({ balie: { time: 9, liking: 2, ability: 2 }, advies: { time: 2, liking: 4, ability: 5 } });
    // balie: 9 is no time value; advies: 5 is no ability value. Both answers are dropped as a whole.
    expect(result.timeShare).toBeNull();
    expect(result.likingGrowing).toBeNull();
  });
});

describe('scoreScan', () => {
  const driverAnswers: Answers = {
    // zorg: 100, 80 (2 reversed), 60 → 80
    'zorg-1': 6,
    'zorg-2': 2,
    'zorg-3': 4,
    // leren: 5 → 80, 5 → 80 → 80 (a tie with zorg)
    'leren-1': 5,
    'leren-2': 5,
    // samenwerken: 4 → 60; regels stays unanswered.
    'samen-1': 4,
  };

  it('keeps only scored drivers, in file order, and takes the top as tie groups (R16)', () => {
    const result = scoreScan([pakket, drijfveren], { 'fixture-drijfveren': driverAnswers });
    expect(result.drivers.map((d) => [d.id, d.score])).toEqual([
      ['zorg', 80],
      ['leren', 80],
      ['samenwerken', 60],
    ]);
    // topDrivers is 2: zorg and leren tie at 80 and make one group of 2; regels has no score,
    // so the group is not "every driver" (4).
    expect(result.topDrivers.groups.map((g) => g.map((d) => d.id))).toEqual([['zorg', 'leren']]);
    expect(result.topDrivers.noTopReason).toBeNull();
    expect(result.pack?.questionnaireId).toBe('fixture-pakket');
    expect(result.results.map((r) => r.questionnaireId)).toEqual(['fixture-pakket', 'fixture-drijfveren']);
  });

  it('never breaks a tie by file order (R16)', () => {
    const swapped = fixture('drijfveren', (raw) => {
      raw.scoring.scales.reverse();
    });
    const result = scoreScan([pakket, swapped], { 'fixture-drijfveren': driverAnswers });
    // Both tied drivers are in, whatever the order of the file.
    expect(result.topDrivers.groups.map((g) => g.map((d) => d.id).sort())).toEqual([['leren', 'zorg']]);
  });

  it('lists liked work that wordt meer and fits the top, most matching drivers first (R13)', () => {
    const answers = {
      'fixture-drijfveren': driverAnswers,
      'fixture-pakket': {
        advies: { time: 2, liking: 3, ability: 1 },
        digitaal: { time: 1, liking: 4, ability: 2 },
        wijk: { time: 1, liking: 3, ability: 2 },
      },
    };
    const result = scoreScan([pakket, drijfveren], answers);
    // top zorg + leren. advies [zorg, samenwerken] → [zorg] (1, liking 3); digitaal [leren] → [leren]
    // (1, liking 4); wijk [zorg, leren, samenwerken] → [zorg, leren] (2). Order: 2 matches first, then
    // higher liking: wijk, digitaal, advies. controle is stable, so left out.
    expect(result.fitting.tasks.map((t) => [t.id, t.matchingDrivers])).toEqual([
      ['wijk', ['zorg', 'leren']],
      ['digitaal', ['leren']],
      ['advies', ['zorg']],
    ]);
    expect(result.fitting.more).toBe(0);
    expect(result.fitting.tasks[0]).not.toHaveProperty('index');
  });

  it('leaves out work answered below "Leuk" and shows at most fitsAtMost (R13)', () => {
    const answers = {
      'fixture-drijfveren': driverAnswers,
      'fixture-pakket': {
        advies: { time: 2, liking: 4, ability: 1 },
        digitaal: { time: 1, liking: 4, ability: 2 },
        wijk: { time: 1, liking: 2, ability: 2 },
      },
    };
    // wijk: liking 2 < likedFrom 3 → not a candidate, though it fits both top drivers.
    expect(scoreScan([pakket, drijfveren], answers).fitting.tasks.map((t) => t.id)).toEqual(['advies', 'digitaal']);
    const one = fixture('takenpakket', (raw) => {
      raw.scoring.taskShift.fitsAtMost = 1;
    });
    const result = scoreScan([one, drijfveren], answers);
    expect(result.fitting.tasks.map((t) => t.id)).toEqual(['advies']);
    expect(result.fitting.more).toBe(1);
  });

  it('has no drivers and no matching tasks before the driver questions are answered', () => {
    const result = scoreScan([pakket, drijfveren], {});
    expect(result.drivers).toEqual([]);
    expect(result.topDrivers).toEqual({ groups: [], noTopReason: null });
    expect(result.fitting).toEqual({ tasks: [], more: 0 });
  });

  it('works without a task pack', () => {
    const result = scoreScan([drijfveren], { 'fixture-drijfveren': driverAnswers });
    expect(result.pack).toBeNull();
    expect(result.topDrivers.groups).toEqual([]);
    expect(result.results[0]?.scales.find((s) => s.id === 'zorg')?.score).toBeCloseTo(80, 10);
  });
});
