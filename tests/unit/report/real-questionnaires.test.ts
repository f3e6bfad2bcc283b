/**
 * The report finds its parts in the real questionnaires by what they declare (reportPart,
 * directionItem), not by their ids. This test keeps that promise honest when the content in
 * questionnaires/ changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../src/domain/answers';
import { allItems, type Item, type Questionnaire } from '../../../src/domain/format';
import { forKind, type KindMap } from '../../../src/domain/kinds';
import { buildReport } from '../../../src/domain/report';
import { parseIndex, parseQuestionnaire } from '../../../src/domain/validate';
import { notFinite } from '../domain/numbers';

const DIR = join(import.meta.dirname, '../../../questionnaires');
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown;

const index = parseIndex('index.json', read('index.json'));
if (!index.ok) throw new Error('questionnaires/index.json is not valid');
const all = index.value.questionnaires.map((file) => {
  const parsed = parseQuestionnaire(file, read(file));
  if (!parsed.ok) throw new Error(`${file} is not valid`);
  return parsed.value;
});
const packs = all.filter((q) => q.kind === 'takenpakket');
const general = all.filter((q) => q.kind === 'vragenlijst');

/** The highest answer per kind (and the maximum number of choices); a kind left out does not compile. */
const TOP_ANSWERS: KindMap<AnswerValue, [Questionnaire]> = {
  task(_item, q) {
    const top = (key: 'liking' | 'ability') => Math.max(...(q.taskQuestions?.[key].options.map((o) => o.value) ?? [0]));
    // The most time is the answer with the highest weight: a value says nothing ("Komt bij ons niet voor" is 9).
    const time = q.taskQuestions?.time.options.reduce((a, b) => (b.weight > a.weight ? b : a)).value ?? 0;
    return { time, liking: top('liking'), ability: top('ability') };
  },
  statement: (item, q) => q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 1,
  single: (item) => item.options[0]?.id ?? '',
  multi: (item) => item.options.slice(0, item.max).map((o) => o.id),
  text: () => 'Een eigen zin.',
};

const topAnswer = (q: Questionnaire, item: Item): AnswerValue => forKind(TOP_ANSWERS, item, q);

function fullAnswers(questionnaires: Questionnaire[]): Record<string, Record<string, AnswerValue>> {
  return Object.fromEntries(
    questionnaires.map((q) => [q.id, Object.fromEntries(allItems(q).map((item) => [item.id, topAnswer(q, item)]))]),
  );
}

const scan = {
  id: 'scan-1',
  createdAt: '2026-03-02T08:30:00.000Z',
  updatedAt: '2026-03-02T08:52:00.000Z',
  finishedAt: '2026-03-02T08:52:00.000Z',
};

describe.each(packs.map((pack) => [pack.id, pack] as const))('the report with the real %s pack', (_id, pack) => {
  const questionnaires = [pack, ...general];
  const data = buildReport({ scan, questionnaires, answers: fullAnswers(questionnaires), plan: null, earlier: null });

  it('finds every part of the report', () => {
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
    expect(data.complete).toBe(true);
    expect(data.mindset?.overall?.score).toEqual(expect.any(Number));
    expect(data.mindset?.areas.length).toBeGreaterThanOrEqual(5);
    expect(data.talent?.drivers.length).toBeGreaterThanOrEqual(3);
    // No type or route is printed for anyone (R17).
    expect(data.talent?.profiles).toEqual([]);
    expect(data.tallies[0]?.groups.map((g) => g.id)).toEqual(['70', '20', '10']);
    expect(data.direction?.options.length).toBeGreaterThanOrEqual(4);
    expect(data.ownWords.length).toBeGreaterThan(0);
  });

  it('explains every score in "Zo rekenen we" exactly once', () => {
    const explained = data.method.groups.flatMap((g) => g.scales.map((s) => s.id)).sort();
    expect(explained).toEqual(data.method.scales.map((s) => s.id).sort());
    expect(data.method.groups.map((g) => g.kind)).toEqual(
      expect.arrayContaining(['overall', 'areas', 'drivers', 'tally']),
    );
  });

  it('gives top scores for top answers and never NaN', () => {
    // Everything at its highest: liking and ability 100; the time shares still add up to 100.
    expect(data.work?.match.parts.liking).toBe(100);
    expect(data.work?.match.parts.ability).toBe(100);
    expect(data.work?.timeShare && Object.values(data.work.timeShare).reduce((a, b) => a + b, 0)).toBe(100);
    expect(notFinite(data)).toEqual([]);
    expect(data.talkingPoints).toHaveLength(3);
  });
});
