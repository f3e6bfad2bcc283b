/**
 * What the content promises beyond the file format: every item traced to a seed, task tags that
 * name drivers, the mindset and talent parts built as the issue asks.
 */
import { describe, expect, it } from 'vitest';
import { allItems, type MultiChoiceItem, type StatementItem, type TaskItem } from '../../../src/domain/format';
import { crossFileProblems, parseIndex } from '../../../src/domain/validate';
import { GENERAL, load, PACKS, type QuestionnaireName, raw } from './load';

/** The seed files and how many lines each has: a source must point inside one of them. */
const SEED_LINES: Record<string, number> = {
  '000_11297a6e74683ef9.txt': 2881,
  '001_e32868364af2a16b.txt': 1481,
  '002_64232c928f300f55.txt': 1889,
  '003_1b2fb6c39ff5f5b9.txt': 8537,
  '004_c319e1677058f63d.txt': 1221,
};
const ALL: QuestionnaireName[] = [...PACKS, ...GENERAL];

function lineNumbers(lines: string): number[] {
  return lines.split(',').flatMap((part) => part.trim().split('-').map(Number));
}

describe('the index', () => {
  it('lists the three packs, then groeimindset and talent-motivatie', () => {
    const index = parseIndex('index.json', raw('index'));
    expect(index.ok && index.value.questionnaires).toEqual([
      'burgerzaken.json',
      'sociaal-domein.json',
      'buitendienst.json',
      'groeimindset.json',
      'talent-motivatie.json',
    ]);
  });

  it('has files whose id is the file name, and no problems across files', () => {
    const files = ALL.map((name) => ({ file: `${name}.json`, questionnaire: load(name) }));
    for (const { file, questionnaire } of files) expect(`${questionnaire.id}.json`).toBe(file);
    for (const name of ALL) expect(raw(name).$schema).toBe('./schema.json');
    expect(crossFileProblems(files)).toEqual([]);
  });
});

describe('sources', () => {
  it.each(ALL)('every item, task and option of %s points to lines inside a seed', (name) => {
    const q = load(name);
    const sources = allItems(q).flatMap((item) => [
      { at: item.id, source: item.source },
      ...(item.kind === 'single' || item.kind === 'multi'
        ? item.options.map((o) => ({ at: `${item.id}/${o.id}`, source: o.source }))
        : []),
    ]);
    for (const { at, source } of sources) {
      expect(source, `${name}: ${at} heeft geen bron`).toBeDefined();
      const length = SEED_LINES[source?.file ?? ''];
      expect(length, `${name}: ${at} noemt een onbekend bestand`).toBeDefined();
      for (const line of lineNumbers(source?.lines ?? '')) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(length ?? 0);
      }
    }
  });
});

describe('task packs', () => {
  const driverIds = load('talent-motivatie')
    .scoring.scales.filter((s) => s.group === 'drijfveer')
    .map((s) => s.id);

  it.each(PACKS)('%s has 15 to 28 tasks, at most 8 per screen, each with a trend and drivers', (name) => {
    const q = load(name);
    const tasks = allItems(q).filter((i): i is TaskItem => i.kind === 'task');
    expect(tasks.length).toBeGreaterThanOrEqual(15);
    expect(tasks.length).toBeLessThanOrEqual(28);
    for (const section of q.sections) expect(section.items.length).toBeLessThanOrEqual(8);
    for (const task of tasks) {
      expect(task.tags.length, task.id).toBeGreaterThan(0);
      for (const tag of task.tags) expect(driverIds).toContain(tag);
    }
    const trends = new Set(tasks.map((t) => t.trend));
    expect([...trends].sort()).toEqual(['blijft', 'groeit', 'krimpt']);
  });

  it.each(PACKS)('%s uses the same three task questions and match settings', (name) => {
    const q = load(name);
    expect(q.taskQuestions?.time.options.map((o) => [o.value, o.weight])).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [3, 6],
      [9, 0],
    ]);
    const time = q.taskQuestions?.time.options ?? [];
    expect(time.filter((o) => o.notDone).map((o) => o.label)).toEqual(['Doe ik nu niet']);
    expect(time.filter((o) => o.leavesOut).map((o) => o.label)).toEqual(['Komt bij ons niet voor of weet ik niet']);
    // R2, R3: liking and ability only for tasks that wordt meer, as an expectation when not done now.
    expect(q.taskQuestions?.liking).toMatchObject({
      question: 'Hoe leuk vind je dit?',
      whenNotDone: 'Hoe leuk lijkt het je?',
      trends: ['groeit'],
    });
    expect(q.taskQuestions?.ability).toMatchObject({
      question: 'Hoe goed kun je dit?',
      whenNotDone: 'Hoe goed denk je dat je het kunt?',
      trends: ['groeit'],
    });
    expect(q.sections[0]?.intro).toBe('Bij elke taak staat of die meer wordt, gelijk blijft of minder wordt.');
    expect(q.scoring.taskShift?.matchBands.map((b) => [b.min, b.max, b.label, b.tips])).toEqual([
      [0, 40, 'Lager dan 40', []],
      [40, 70, '40 tot 70', []],
      [70, 100, '70 of hoger', []],
    ]);
    expect(q.scoring.taskShift).toMatchObject({
      driverQuestionnaire: 'talent-motivatie',
      topDrivers: 3,
      matchWeights: { liking: 40, ability: 40, timeShare: 20 },
      likedFrom: 3,
      ableFrom: 3,
      muchTimeFrom: 2,
      fitsAtMost: 5,
    });
  });
});

describe('groeimindset', () => {
  const q = load('groeimindset');
  const statements = allItems(q).filter((i): i is StatementItem => i.kind === 'statement');

  it('asks all its statements on one screen', () => {
    expect(q.sections.map((section) => [section.title, section.items.length])).toEqual([
      ['Hoe kijk jij naar leren?', statements.length],
    ]);
    expect(q.scoring.scales.find((s) => s.id === 'inspanning')?.title).toBe('Moeite doen');
  });

  it('has 10 to 12 statements on a 6-point agree scale, half of them fixed-worded', () => {
    expect(statements.length).toBeGreaterThanOrEqual(10);
    expect(statements.length).toBeLessThanOrEqual(12);
    expect(statements.filter((s) => s.reverse)).toHaveLength(statements.length / 2);
    for (const s of statements) expect(q.answerScales.find((a) => a.id === s.scale)?.labels).toHaveLength(6);
  });

  it('scores the five areas with at least two statements each, both keyings, plus one overall', () => {
    const areas = q.scoring.scales.filter((s) => s.group === 'mindset-gebied');
    expect(areas.map((a) => a.id)).toEqual(['uitdaging', 'tegenslag', 'inspanning', 'kritiek', 'succes-van-anderen']);
    for (const area of areas) {
      expect(area.items.length).toBeGreaterThanOrEqual(2);
      const keyed = area.items.map((id) => statements.find((s) => s.id === id)?.reverse);
      expect(keyed).toContain(true);
      expect(keyed).toContain(false);
      expect(area.bands.length).toBeGreaterThan(0);
    }
    const overall = q.scoring.scales.find((s) => s.id === 'groeimindset');
    expect(overall?.items).toHaveLength(statements.length);
  });

  it('gives tips that say "nog niet" rather than "niet"', () => {
    const tips = q.scoring.scales.flatMap((s) => s.bands.flatMap((b) => b.tips)).join(' ');
    expect(tips).toMatch(/nog niet/);
  });
});

describe('talent-motivatie', () => {
  const q = load('talent-motivatie');
  const items = allItems(q);

  const statement = (id: string) => items.find((i): i is StatementItem => i.id === id && i.kind === 'statement');

  it('has 6 to 9 drivers with at least 3 statements each, keyed both ways (R25)', () => {
    const drivers = q.scoring.scales.filter((s) => s.group === 'drijfveer');
    expect(drivers.length).toBeGreaterThanOrEqual(6);
    expect(drivers.length).toBeLessThanOrEqual(9);
    for (const d of drivers) {
      expect(d.items.length).toBeGreaterThanOrEqual(3);
      const reversed = d.items.filter((id) => statement(id)?.reverse);
      expect(reversed, d.id).toHaveLength(1);
    }
  });

  it('asks the drivers on two screens of nine', () => {
    const screens = q.sections.filter((section) => section.id.startsWith('energie-'));
    expect(screens.map((section) => section.items.length)).toEqual([9, 9]);
  });

  it('offers the 28 learning activities of seed 000, 11 in group 70, 12 in 20 and 5 in 10, top 5', () => {
    const item = items.find((i): i is MultiChoiceItem => i.id === 'leervormen' && i.kind === 'multi');
    expect(item?.options).toHaveLength(28);
    const count = (group: string) => item?.options.filter((o) => o.group === group).length;
    expect([count('70'), count('20'), count('10')]).toEqual([11, 12, 5]);
    expect([item?.min, item?.max]).toEqual([1, 5]);
    expect(q.scoring.tallies[0]?.groups.map((g) => g.id)).toEqual(['70', '20', '10']);
  });

  it('asks for the development direction: promotie, verrijking, verbreding, heroriëntatie, pick up to 2', () => {
    const item = items.find((i): i is MultiChoiceItem => i.id === 'richting' && i.kind === 'multi');
    expect(item?.options.map((o) => o.id)).toEqual(['promotie', 'verrijking', 'verbreding', 'herorientatie']);
    expect(item?.max).toBe(2);
  });

  it('has no profile or type: no letters, no route, no cut-off advice (R17)', () => {
    expect(q.scoring.profiles).toEqual([]);
    expect(q.scoring.recommendations.map((r) => r.id)).toEqual([
      'richting-promotie',
      'richting-verrijking',
      'richting-verbreding',
      'richting-herorientatie',
    ]);
  });

  it('turns wil, kan, steun and the three self-direction themes into questions for the conversation (R18)', () => {
    const conversational = q.scoring.scales.filter((s) => s.conversation);
    expect(conversational.map((s) => [s.id, s.title, s.items])).toEqual([
      ['willen', 'Wil je mee?', ['willen-1', 'willen-2', 'willen-3']],
      ['kunnen', 'Denk je dat het lukt?', ['kunnen-1', 'kunnen-2']],
      ['steun', 'Tijd en hulp om te leren', ['steun-1', 'steun-2']],
      ['toekomstdromen', 'Wensen voor later', ['toekomst-1', 'toekomst-3']],
      ['zelfvertrouwen', 'Vertrouwen in wat je kunt', ['vertrouwen-1', 'vertrouwen-3']],
      ['zelfreflectie', 'Nadenken over wat je leert', ['reflectie-1', 'reflectie-2']],
    ]);
    for (const scale of conversational) for (const id of scale.items) expect(statement(id)?.reverse, id).toBe(false);
  });

  it('asks about support from the employer apart from what the employee can (R19)', () => {
    const steun = q.scoring.scales.find((s) => s.id === 'steun');
    expect(steun?.group).toBe('steun');
    expect(q.scoring.scales.find((s) => s.id === 'kunnen')?.items).not.toContain('kunnen-3');
    expect(
      q.sections
        .find((section) => section.id === 'wil-kan')
        ?.items.map((i) => i.id)
        .slice(-2),
    ).toEqual(['steun-1', 'steun-2']);
  });
});
