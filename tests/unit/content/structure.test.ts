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

  it.each(PACKS)('%s has 15 to 26 tasks, at most 8 per screen, each with a trend and drivers', (name) => {
    const q = load(name);
    const tasks = allItems(q).filter((i): i is TaskItem => i.kind === 'task');
    expect(tasks.length).toBeGreaterThanOrEqual(15);
    expect(tasks.length).toBeLessThanOrEqual(26);
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
    ]);
    expect(q.scoring.taskShift).toMatchObject({
      driverQuestionnaire: 'talent-motivatie',
      topDrivers: 3,
      matchWeights: { liking: 40, ability: 40, timeShare: 20 },
      likedFrom: 3,
      ableFrom: 3,
      muchTimeFrom: 2,
    });
  });
});

describe('groeimindset', () => {
  const q = load('groeimindset');
  const statements = allItems(q).filter((i): i is StatementItem => i.kind === 'statement');

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

  it('has 6 to 9 drivers with at least 3 statements each', () => {
    const drivers = q.scoring.scales.filter((s) => s.group === 'drijfveer');
    expect(drivers.length).toBeGreaterThanOrEqual(6);
    expect(drivers.length).toBeLessThanOrEqual(9);
    for (const d of drivers) expect(d.items.length).toBeGreaterThanOrEqual(3);
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

  it('has the self-direction profiles A, B and C, each with what helps and what helps less', () => {
    const profile = q.scoring.profiles.find((p) => p.id === 'zelfsturing');
    for (const id of ['a', 'b', 'c']) {
      const option = profile?.options.find((o) => o.id === id);
      expect(option?.helps.length, id).toBeGreaterThan(0);
      expect(option?.helpsLess.length, id).toBeGreaterThan(0);
    }
    expect(profile?.options.find((o) => o.id === 'a')?.label).toMatch(/Zelfsturende groeier/);
    expect(profile?.options.find((o) => o.id === 'b')?.label).toMatch(/Richtingzoeker/);
    expect(profile?.options.find((o) => o.id === 'c')?.label).toMatch(/Noodzaakgestuurde leerder/);
  });

  it('has the route "wil ik mee, kan ik mee" with professionaliseren, bewegen and a fallback', () => {
    const route = q.scoring.profiles.find((p) => p.id === 'route');
    expect(route?.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(['professionaliseren', 'bewegen', route?.fallback ?? '']),
    );
  });
});
