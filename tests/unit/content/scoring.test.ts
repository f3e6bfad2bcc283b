/**
 * The real content, scored: what a person sees for answers we worked out by hand. Statements use
 * the 6-point scale, so point p counts as (p − 1) × 20 (1 → 0, 4 → 60, 6 → 100); a fixed-worded
 * statement counts the other way round (point p counts as point 7 − p).
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers';
import { scoreQuestionnaire, scoreScan } from '../../../src/domain/scoring';
import { load } from './load';

const mindset = load('groeimindset');
const talent = load('talent-motivatie');
const burgerzaken = load('burgerzaken');

const GROWTH = ['uitdaging-groei', 'tegenslag-groei', 'inspanning-groei', 'kritiek-groei', 'succes-groei'];
const FIXED = ['uitdaging-vast', 'tegenslag-vast', 'inspanning-vast', 'kritiek-vast', 'succes-vast'];
const all = (ids: readonly string[], point: number) => Object.fromEntries(ids.map((id) => [id, point]));
const scale = (result: ReturnType<typeof scoreQuestionnaire>, id: string) => result.scales.find((s) => s.id === id);

describe('groeimindset', () => {
  it('agreeing with every growth statement and disagreeing with every fixed one gives 100 everywhere', () => {
    const result = scoreQuestionnaire(mindset, { ...all(GROWTH, 6), ...all(FIXED, 1) });
    for (const area of result.scales.filter((s) => s.group === 'mindset-gebied')) {
      expect(area.score).toBe(100);
      expect(area.band?.label).toBe('Sterk punt');
    }
    expect(scale(result, 'groeimindset')?.band?.label).toBe('Sterke groeimindset');
    expect(result.recommendations.map((r) => r.id)).toEqual(['deel-je-aanpak']);
  });

  it('"een beetje eens" with everything gives 50 (60 and 40) per area: "Op weg", no advice yet', () => {
    const result = scoreQuestionnaire(mindset, { ...all(GROWTH, 4), ...all(FIXED, 4) });
    expect(scale(result, 'uitdaging')?.score).toBe(50);
    expect(scale(result, 'uitdaging')?.band?.label).toBe('Op weg');
    expect(scale(result, 'groeimindset')?.band?.label).toBe('Groeiend');
    expect(result.recommendations).toEqual([]);
  });

  it('a low score on one area gives the tip for that area only', () => {
    // uitdaging: growth 2 → 20, fixed 5 → counts as 2 → 20; the rest 100.
    const answers = { ...all(GROWTH, 6), ...all(FIXED, 1), 'uitdaging-groei': 2, 'uitdaging-vast': 5 };
    const result = scoreQuestionnaire(mindset, answers);
    expect(scale(result, 'uitdaging')?.score).toBe(20);
    expect(scale(result, 'uitdaging')?.band?.label).toBe('Hier kun je groeien');
    expect(scale(result, 'uitdaging')?.band?.tips.join(' ')).toMatch(/nog niet/);
    // overall: (20 + 20 + 8 × 100) / 10 = 84
    expect(scale(result, 'groeimindset')?.score).toBe(84);
    expect(result.recommendations.map((r) => r.id)).toEqual(['probeer-iets-nieuws', 'deel-je-aanpak']);
  });
});

describe('talent-motivatie: wil je mee, denk je dat het lukt, steun', () => {
  const willen = ['willen-1', 'willen-2', 'willen-3'];
  const kunnen = ['kunnen-1', 'kunnen-2'];
  const steun = ['steun-1', 'steun-2'];

  it('classifies nobody: no route, no self-direction type, whatever the answers (R17)', () => {
    for (const point of [1, 3, 4, 6]) {
      const result = scoreQuestionnaire(talent, { ...all(willen, point), ...all(kunnen, point), ...all(steun, point) });
      expect(result.profiles).toEqual([]);
      expect(result.recommendations).toEqual([]);
    }
  });

  it('keeps support from the employer out of "Denk je dat het lukt?" (R19)', () => {
    const result = scoreQuestionnaire(talent, { ...all(kunnen, 6), ...all(steun, 1) });
    expect(scale(result, 'kunnen')?.score).toBe(100);
    expect(scale(result, 'steun')?.score).toBe(0);
  });
});

describe('a Burgerzaken scan', () => {
  // The third statement of each driver (-4) is worded the other way round: point p counts as 7 − p.
  const drivers: Answers = {
    ...all(['mensen-1', 'mensen-2'], 6), // 100
    'mensen-4': 1,
    ...all(['uitzoeken-1', 'uitzoeken-2'], 5), // 80
    'uitzoeken-4': 2,
    ...all(['digitaal-1', 'digitaal-2'], 4), // 60
    'digitaal-4': 3,
    ...all(['precisie-1', 'precisie-2', 'samenwerken-1', 'samenwerken-2', 'vrijheid-1', 'vrijheid-2'], 1), // 0
    ...all(['precisie-4', 'samenwerken-4', 'vrijheid-4'], 6),
  };
  const tasks: Answers = {
    'lastige-vragen': { time: 2, liking: 4, ability: 2 }, // groeit, weight 3
    'identiteit-vaststellen': { time: 1, liking: 3, ability: 4 }, // groeit, weight 1
    'telefoon-en-mail': { time: 2 }, // blijft, weight 3: only time is asked
    verhuisaangiften: { time: 3 }, // krimpt, weight 6
  };
  const scan = scoreScan([burgerzaken, mindset, talent], { burgerzaken: tasks, 'talent-motivatie': drivers });

  it('shows the time per trend and the match with tomorrow', () => {
    const shift = scan.pack?.taskShift;
    // time: groeit 3 + 1 = 4, blijft 3, krimpt 6, of 13
    expect(shift?.timeShare?.groeit).toBeCloseTo((4 / 13) * 100, 6);
    expect(shift?.timeShare?.krimpt).toBeCloseTo((6 / 13) * 100, 6);
    // liking on growing tasks: (100 + 66.7) / 2; ability: (33.3 + 100) / 2
    expect(shift?.likingGrowing).toBeCloseTo(83.333, 2);
    expect(shift?.abilityGrowing).toBeCloseTo(66.667, 2);
    // 0.4 × 83.33 + 0.4 × 66.67 + 0.2 × 30.77 = 66.15
    expect(shift?.match.score).toBeCloseTo(66.154, 2);
    expect(shift?.match.band?.label).toBe('40 tot 70');
  });

  it('names the chances, the strengths and what may go', () => {
    const shift = scan.pack?.taskShift;
    expect(shift?.kansen.map((t) => t.id)).toEqual(['lastige-vragen']);
    expect(shift?.sterk.map((t) => t.id)).toEqual(['identiteit-vaststellen']);
    // Work that wordt minder, answered "Veel" (R14: grouped by the answer's own word).
    expect(shift?.minder.much.map((t) => t.id)).toEqual(['verhuisaangiften']);
    expect(shift?.minder.part).toEqual([]);
  });

  it('links liked growing tasks to the top three drivers: contact, uitzoeken, digitaal (R13, R16)', () => {
    // 100, 80 and 60 are three groups of one; all three are above 50.
    expect(scan.topDrivers.groups.map((g) => g.map((d) => d.id))).toEqual([['mensen'], ['uitzoeken'], ['digitaal']]);
    // Only growing tasks answered "Leuk" or "Heel leuk" can fit (R13); the unanswered ones never do
    // (before issue 13, 12 growing tasks were listed, answered or not).
    expect(scan.fitting.tasks.map((t) => [t.id, t.matchingDrivers.length])).toEqual([
      ['lastige-vragen', 2],
      ['identiteit-vaststellen', 1],
    ]);
    expect(scan.fitting.more).toBe(0);
  });
});
