import { describe, expect, it } from 'vitest';
import { buildReport, roundShares } from '../../../src/domain/report';
import { fixtureQuestionnaires } from '../../fixtures/report/load';
import { earlierAnswers, earlierScan, emptyPlan, personaAnswers, personaScan } from '../../fixtures/report/persona';
import { notFinite } from '../domain/numbers';

const questionnaires = fixtureQuestionnaires();
const scan = personaScan(questionnaires);
const report = () =>
  buildReport({ scan, questionnaires, answers: personaAnswers, plan: emptyPlan(scan.id), earlier: null });

describe('buildReport for the persona (figures worked out by hand)', () => {
  it('computes the match with morgen: (40 × 87.5 + 40 × 37.5 + 20 × 22.2) / 100 = 54', () => {
    const { work } = report();
    // Growing tasks: liking Graag, Graag, Gaat wel, Graag → 100, 100, 50, 100 → mean 87.5.
    // Ability Goed, Een beetje, Nog niet, Nog niet → 100, 50, 0, 0 → mean 37.5.
    // Time in parts: groeit 1+3+0+0 = 4, blijft 1+3 = 4, krimpt 6+3+1 = 10 → groeit 4/18 = 22.2 %.
    expect(work?.match.parts).toEqual({ liking: 88, ability: 38, timeShare: 22 });
    expect(work?.match.exact).toBeCloseTo(54.444, 3);
    expect(work?.match.score).toBe(54);
    expect(work?.match.band?.label).toBe('Op weg');
  });

  it('shows the three onderdelen beside the figure, with the counts behind them (R22)', () => {
    const { work } = report();
    // Liking Graag (3) at or above likedFrom: digitaal-helpen, lastige-gesprekken, ketenpartners = 3 of 4.
    expect(work?.match.liking).toEqual({ value: 88, answered: 4, high: 3, highLabels: ['Graag'] });
    // Ability Goed (3): digitaal-helpen only = 1 of 4.
    expect(work?.match.ability).toEqual({ value: 38, answered: 4, high: 1, highLabels: ['Goed'] });
    // The printed time onderdeel is the share in multiples of 5 (R7): 25.
    expect(work?.match.time).toBe(25);
  });

  it('splits the current time about 25 / 20 / 55: multiples of 5 that add up to 100 (R7)', () => {
    const { work } = report();
    // 22.22 / 22.22 / 55.56 % is 4.44 / 4.44 / 11.11 units of 5 → 4 / 4 / 11 = 19 units; the one left
    // goes to the largest remainder, a tie of groeit and blijft (.44) won by groeit (first in order).
    // (Before issue 13: exact whole percentages 22 / 22 / 56.)
    expect(work?.timeShare).toEqual({ groeit: 25, blijft: 20, krimpt: 55 });
    expect(work?.taskCount).toEqual({ groeit: 4, blijft: 2, krimpt: 3 });
  });

  it('lists the tasks growing first, with the answer labels the person saw', () => {
    const { work } = report();
    expect(work?.tasks.map((t) => t.trend)).toEqual([
      'groeit',
      'groeit',
      'groeit',
      'groeit',
      'blijft',
      'blijft',
      'krimpt',
      'krimpt',
      'krimpt',
    ]);
    expect(work?.tasks[0]).toMatchObject({
      task: 'Inwoners helpen met digitale zaken',
      time: 'Weinig',
      liking: 'Graag',
      ability: 'Goed',
      answered: true,
    });
  });

  it('finds sterk, kansen, minder and the liked growing tasks that fit the top (R10–R14)', () => {
    const { work } = report();
    // digitaal-helpen: done (Weinig), Goed, Graag.
    expect(work?.sterk).toEqual([{ task: 'Inwoners helpen met digitale zaken', notDone: false }]);
    expect(work?.nietLeuk).toEqual([]);
    // lastige-gesprekken: Graag, Een beetje. ketenpartners: Graag, Nog niet, time "Geen" (weight 0:
    // not done now, so marked, R6). fraude: Gaat wel, so no kans.
    expect(work?.kansen).toEqual([
      { task: 'Lastige gesprekken voeren', notDone: false },
      { task: 'Samenwerken met ketenpartners', notDone: true },
    ]);
    // Paspoorten: Veel; Verhuizingen: Gemiddeld; Uittreksels is only Weinig. Each in its own group.
    expect(work?.minder).toEqual({ much: ['Paspoorten uitreiken'], part: ['Verhuizingen invoeren'] });
    // Top helpen 100, contact 88, digitaal 75, three groups of one. Both liked tasks match two of
    // them; the drivers are named in top order.
    expect(work?.passend).toEqual({
      groups: [
        {
          drivers: ['Helpen en adviseren', 'Digitaal werken'],
          tasks: [{ task: 'Inwoners helpen met digitale zaken', notDone: false }],
        },
        {
          drivers: ['Helpen en adviseren', 'Contact met mensen'],
          tasks: [{ task: 'Lastige gesprekken voeren', notDone: false }],
        },
      ],
      more: 0,
      noTop: false,
    });
    expect(work?.leftOut).toEqual([]);
    // The fixture's weight-0 answer is "Geen": the sentence quotes the answer as the person saw it.
    expect(work?.notDone).toEqual({ count: 2, growing: true, label: 'Geen' });
  });

  it('scores the growth mindset per area and overall, reverse-keyed statements counted the other way', () => {
    const { mindset } = report();
    // 6 points → 0, 20, 40, 60, 80, 100. Uitdaging: 5 → 80 and (7 − 2 = 5) → 80.
    expect(mindset?.areas.map((a) => [a.id, a.score, a.band?.label])).toEqual([
      ['uitdaging', 80, 'Sterk'],
      ['tegenslag', 60, 'Groeiend'],
      ['inspanning', 100, 'Sterk'],
      ['kritiek', 40, 'Nog zoekend'],
      ['succes-anderen', 70, 'Groeiend'],
    ]);
    // (80 + 80 + 60 + 60 + 100 + 100 + 40 + 40 + 80 + 60) / 10 = 70.
    expect(mindset?.overall).toMatchObject({ id: 'mindset-totaal', score: 70, answered: 10, total: 10 });
    expect(mindset?.overall?.band?.label).toBe('Groeiend');
    expect(mindset?.overall?.reversed).toBe(5);
    expect(mindset?.strongest.map((a) => a.id)).toEqual(['inspanning']);
  });

  it('ranks the drivers and picks the route and self-direction profiles', () => {
    const { talent } = report();
    // 5 points → 0, 25, 50, 75, 100. Digitaal: 4 → 75 and reversed (6 − 2 = 4) → 75.
    expect(talent?.drivers.map((d) => [d.id, d.score])).toEqual([
      ['contact', 88],
      ['helpen', 100],
      ['digitaal', 75],
      ['onderzoeken', 38],
      ['precisie', 38],
      ['samenwerken', 63],
    ]);
    // R16: 100, 88 and 75 are three groups of one; samenwerken (63) is above 50 but not needed.
    expect(talent?.topGroups.map((g) => g.map((d) => d.id))).toEqual([['helpen'], ['contact'], ['digitaal']]);
    expect(talent?.top.map((d) => d.id)).toEqual(['helpen', 'contact', 'digitaal']);
    const route = talent?.profiles.find((p) => p.id === 'route');
    // willen (75 + 100) / 2 = 87.5, kunnen (50 + 75) / 2 = 62.5: both at least 50.
    expect(route).toMatchObject({
      optionId: 'professionaliseren',
      label: 'Groeien in je werk',
      matched: true,
      incomplete: false,
    });
    expect(route?.basedOn.map((s) => [s.id, s.score])).toEqual([
      ['willen', 88],
      ['kunnen', 63],
    ]);
    const self = talent?.profiles.find((p) => p.id === 'zelfsturing-profiel');
    // toekomst 75, vertrouwen 62.5, reflectie 87.5: all at least 60 → A.
    expect(self?.label).toBe('Zelfsturende groeier');
    expect(self?.helps).toContain('Zelf je leerdoelen kiezen');
    expect(talent?.otherScales).toEqual([]);
    expect(talent?.recommendations.map((r) => r.id)).toEqual(['tip-meebewegen']);
  });

  it('counts the learning choices 3 / 1 / 1 out of the 4 / 3 / 3 the list offers, no percentages (R24)', () => {
    const [tally] = report().tallies;
    expect(tally?.chosen).toBe(5);
    expect(tally?.max).toBe(5);
    // Before issue 13: 60 / 20 / 20 percent, which mostly reflects how many options each group has.
    expect(tally?.groups.map((g) => [g.id, g.count, g.available])).toEqual([
      ['70', 3, 4],
      ['20', 1, 3],
      ['10', 1, 3],
    ]);
    expect(tally?.groups[1]?.options).toEqual(['Feedback vragen']);
  });

  it('finds the chosen direction and the words the person wrote', () => {
    const data = report();
    expect(data.direction?.chosen).toEqual(['Verbreding: er ander werk bij doen']);
    expect(data.ownWords).toEqual([
      { question: 'Wil je nog iets kwijt over je werk?', answer: 'Ik wil graag meer met mensen werken.' },
    ]);
  });

  it('derives three talking points, the strength first (R35)', () => {
    expect(report().talkingPoints).toEqual([
      { kind: 'sterk', tasks: [{ task: 'Inwoners helpen met digitale zaken', notDone: false }] },
      {
        kind: 'kansen',
        tasks: [
          { task: 'Lastige gesprekken voeren', notDone: false },
          { task: 'Samenwerken met ketenpartners', notDone: true },
        ],
      },
      // Only the task answered "Veel" goes with "veel tijd"; Verhuizingen was "Gemiddeld" (R14, R35).
      { kind: 'minder', much: true, tasks: ['Paspoorten uitreiken'] },
    ]);
  });

  it('lists what goes well: strong work, the top as groups, the strongest mindset area; no profile (R34, R17)', () => {
    expect(report().strengths).toEqual([
      { kind: 'taken', tasks: [{ task: 'Inwoners helpen met digitale zaken', notDone: false }], more: 0 },
      { kind: 'drijfveren', groups: [['Helpen en adviseren'], ['Contact met mensen'], ['Digitaal werken']] },
      { kind: 'mindset', areas: ['Inspanning'] },
    ]);
  });

  it('says the scan is complete and lists every section but the comparison', () => {
    const data = report();
    // 9 tasks; 10 statements; 22 statements + 1 multiple choice (direction and text are optional).
    expect(data.progress.map((p) => [p.answered, p.total])).toEqual([
      [9, 9],
      [10, 10],
      [23, 23],
    ]);
    expect(data.complete).toBe(true);
    expect(data.sections).toEqual([
      'samenvatting',
      'werk',
      'groeimindset',
      'talent',
      'leren',
      'gesprek',
      'plan',
      'rekenen',
    ]);
    expect(data.printed).toEqual(data.sections);
    expect(data.date).toBe('2026-03-02T08:52:00.000Z');
  });

  it('leaves the sections the person switched off out of the print', () => {
    const plan = { ...emptyPlan(scan.id), hiddenSections: ['rekenen', 'leren'] };
    const data = buildReport({ scan, questionnaires, answers: personaAnswers, plan, earlier: null });
    expect(data.printed).toEqual(['samenvatting', 'werk', 'groeimindset', 'talent', 'gesprek', 'plan']);
  });

  it('explains the match with the weights and the answers that count as liked, able and much time (R38)', () => {
    const { method } = report();
    expect(method.match?.weights).toEqual({ liking: 40, ability: 40, timeShare: 20 });
    expect(method.liking).toEqual({
      question: 'Doe je dit graag?',
      lowest: 'Niet graag',
      highest: 'Graag',
      from: 'Graag',
    });
    expect(method.ability).toEqual({
      question: 'Hoe goed kun je dit?',
      lowest: 'Nog niet',
      highest: 'Goed',
      from: 'Goed',
    });
    expect(method.muchTime).toEqual(['Gemiddeld', 'Veel']);
    expect(method.fitsAtMost).toBe(5);
    expect(method.timeOptions).toEqual([
      { label: 'Geen', weight: 0 },
      { label: 'Weinig', weight: 1 },
      { label: 'Gemiddeld', weight: 3 },
      { label: 'Veel', weight: 6 },
    ]);
    expect(method.scales).toHaveLength(6 + 11);
  });

  it('explains the scores once per kind of figure, each score in exactly one group', () => {
    const { method } = report();
    const groups = method.groups.map((g) => ({
      kind: g.kind,
      title: g.title,
      scales: g.scales.map((s) => s.id),
      rule: g.rule,
    }));
    expect(groups).toEqual([
      {
        kind: 'overall',
        title: 'Groeimindset in totaal',
        scales: ['mindset-totaal'],
        rule: { method: 'mean', statements: 10, reversed: 5 },
      },
      {
        kind: 'areas',
        title: '',
        scales: ['uitdaging', 'tegenslag', 'inspanning', 'kritiek', 'succes-anderen'],
        rule: { method: 'mean', statements: 2, reversed: 1 },
      },
      // One driver has a statement that counts the other way: no shared rule, a note per driver.
      {
        kind: 'drivers',
        title: '',
        scales: ['contact', 'helpen', 'digitaal', 'onderzoeken', 'precisie', 'samenwerken'],
        rule: null,
      },
      {
        kind: 'profile',
        title: 'Wil ik mee, kan ik mee?',
        scales: ['willen', 'kunnen'],
        rule: { method: 'mean', statements: 2, reversed: 0 },
      },
      {
        kind: 'profile',
        title: 'Hoe jij je ontwikkeling stuurt',
        scales: ['toekomst', 'vertrouwen', 'reflectie'],
        rule: { method: 'mean', statements: 2, reversed: 0 },
      },
      { kind: 'tally', title: 'Jouw mix van leren', scales: [], rule: null },
    ]);
    const explained = method.groups.flatMap((g) => g.scales.map((s) => s.id)).sort();
    expect(explained).toEqual(method.scales.map((s) => s.id).sort());
  });
});

describe('buildReport compared with an earlier scan', () => {
  const earlierQuestionnaires = fixtureQuestionnaires();
  const data = buildReport({
    scan,
    questionnaires,
    answers: personaAnswers,
    plan: emptyPlan(scan.id),
    earlier: {
      scan: earlierScan(earlierQuestionnaires),
      questionnaires: earlierQuestionnaires,
      answers: earlierAnswers,
    },
  });

  it('shows what changed: match 32 → 54, time in growing work about 10 → 25 % (R36)', () => {
    // Earlier: groeit 1 + 1 = 2, blijft 4, krimpt 6 + 6 + 3 = 15 punten of 21 → 9.5 / 19.0 / 71.4 %
    // = 1.90 / 3.81 / 14.29 units of 5 → 1 / 3 / 14, two left to groeit and blijft → 10 / 20 / 70.
    // Now 25 / 20 / 55 (see above). Before issue 13: exact percentages 10 / 19 / 71 and 22 / 22 / 56.
    // Liking growing (100 + 50 + 50 + 50) / 4 = 62.5, ability (50 + 0 + 0 + 0) / 4 = 12.5.
    // Match (40 × 62.5 + 40 × 12.5 + 20 × 9.52) / 100 = 31.9 → 32.
    const rows = Object.fromEntries(data.change?.rows.map((r) => [r.id, [r.before, r.now, r.difference]]) ?? []);
    expect(rows.match).toEqual([32, 54, 22]);
    expect(rows.groeit).toEqual([10, 25, 15]);
    expect(rows.krimpt).toEqual([70, 55, -15]);
    expect(rows['mindset-totaal']).toEqual([66, 70, 4]);
    expect(rows.kritiek).toEqual([20, 40, 20]);
    expect(rows.digitaal).toEqual([25, 75, 50]);
    // Grouped by the part of the report they come from, for one table each.
    const parts = Object.fromEntries(data.change?.rows.map((r) => [r.id, r.part]) ?? []);
    expect([parts.match, parts.krimpt, parts['mindset-totaal'], parts.kritiek, parts.digitaal]).toEqual([
      'werk',
      'werk',
      'groeimindset',
      'groeimindset',
      'talent',
    ]);
    expect(data.change?.topDrivers).toEqual({
      before: ['Helpen en adviseren', 'Contact met mensen', 'Samenwerken'],
      now: ['Helpen en adviseren', 'Contact met mensen', 'Digitaal werken'],
    });
    expect(data.change?.newStrong).toEqual(['Inwoners helpen met digitale zaken']);
    expect(data.change).toMatchObject({
      sameRole: true,
      versionChanged: false,
      earlierDate: '2025-09-15T09:20:00.000Z',
    });
    expect(data.sections.at(-1)).toBe('verschil');
  });
});

describe('buildReport for a partial scan', () => {
  it('counts what is answered and never produces NaN', () => {
    const answers = {
      burgerzaken: { paspoorten: { time: 3, liking: 2 }, fraude: { time: 1, liking: 3, ability: 1 } },
    };
    const data = buildReport({ scan, questionnaires, answers, plan: null, earlier: null });
    expect(data.progress.map((p) => [p.answered, p.total])).toEqual([
      [1, 9],
      [0, 10],
      [0, 23],
    ]);
    expect(data.complete).toBe(false);
    // Only fraude (groeit) has liking 100 and ability 0; time groeit 1 punt, krimpt 6 punten.
    // Match (40 × 100 + 40 × 0 + 20 × 14.29) / 100 = 42.9 → 43 (the exact share goes into the figure).
    // Printed shares 14.29 / 85.71 % = 2.86 / 17.14 units of 5 → 2 / 17, one left to groeit → 15 / 85.
    expect(data.work?.timeShare).toEqual({ groeit: 15, blijft: 0, krimpt: 85 });
    expect(data.work?.match.score).toBe(43);
    expect(data.mindset?.overall?.score).toBeNull();
    expect(data.mindset?.strongest).toEqual([]);
    expect(data.talent?.top).toEqual([]);
    expect(data.talent?.noTopReason).toBeNull();
    expect(data.talent?.profiles.every((p) => p.incomplete)).toBe(true);
    expect(data.tallies[0]?.groups.map((g) => [g.count, g.available])).toEqual([
      [0, 4],
      [0, 3],
      [0, 3],
    ]);
    expect(notFinite(data)).toEqual([]);
    // No strength yet; fraude is liked (Graag) but not yet mastered, so it is a chance to grow.
    // Paspoorten takes "Veel" of the time and wordt minder.
    expect(data.talkingPoints.map((p) => p.kind)).toEqual(['kansen', 'minder', 'richting']);
  });

  it('names growing work not yet mastered when nothing growing is liked yet', () => {
    const answers = { burgerzaken: { fraude: { time: 1, liking: 2, ability: 1 } } };
    const data = buildReport({ scan, questionnaires, answers, plan: null, earlier: null });
    expect(data.talkingPoints).toEqual([
      { kind: 'groeien', tasks: [{ task: 'Fraude herkennen', notDone: false }] },
      { kind: 'richting', chosen: [] },
      { kind: 'steun' },
    ]);
  });

  it('gives an empty report without scores when nothing is answered', () => {
    const data = buildReport({ scan, questionnaires, answers: {}, plan: null, earlier: null });
    expect(data.work?.match.score).toBeNull();
    expect(data.work?.timeShare).toBeNull();
    expect(data.talkingPoints.map((p) => p.kind)).toEqual(['richting', 'steun']);
    expect(notFinite(data)).toEqual([]);
  });
});

describe('roundShares', () => {
  it('keeps whole percentages that add up to 100', () => {
    expect(roundShares({ a: 1, b: 1, c: 1 }, ['a', 'b', 'c'])).toEqual({ a: 34, b: 33, c: 33 });
    expect(roundShares({ a: 0, b: 0 }, ['a', 'b'])).toEqual({ a: 0, b: 0 });
    expect(roundShares({ a: 2, b: 19, c: 0 }, ['a', 'b', 'c'])).toEqual({ a: 10, b: 90, c: 0 });
  });

  it('rounds to multiples of 5 that add up to 100, ties to the earlier key (R7)', () => {
    // 33.3 each = 6.67 units of 5 → 6 / 6 / 6, two left: a tie of three, a and b win → 35 / 35 / 30.
    expect(roundShares({ a: 1, b: 1, c: 1 }, ['a', 'b', 'c'], 5)).toEqual({ a: 35, b: 35, c: 30 });
    // 1 / 13 / 6 of 20 = 1 / 13 / 6 units exactly → 5 / 65 / 30.
    expect(roundShares({ a: 1, b: 13, c: 6 }, ['a', 'b', 'c'], 5)).toEqual({ a: 5, b: 65, c: 30 });
    // 2 % is 0.4 units: 0 (it rounds away), 98 % = 19.6 → 19, one left to the largest remainder (b).
    expect(roundShares({ a: 2, b: 98, c: 0 }, ['a', 'b', 'c'], 5)).toEqual({ a: 0, b: 100, c: 0 });
  });

  it('breaks an exact tie by order, even where floating point would not see the tie (R7)', () => {
    // Punten 1 / 1 / 4 of 6 = 3⅓ / 3⅓ / 13⅓ units: all three remainders are 2/6, a tie. Floors
    // 3 + 3 + 13 = 19, the one unit left goes to the first: 20 / 15 / 65. (In floating point 13⅓ has
    // the larger fraction, which would give 15 / 15 / 70.)
    expect(roundShares({ a: 1, b: 1, c: 4 }, ['a', 'b', 'c'], 5)).toEqual({ a: 20, b: 15, c: 65 });
  });
});
