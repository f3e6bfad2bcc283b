/**
 * Random questionnaires that are valid by construction, and random answers to them (valid and
 * invalid). Used by the property tests; the tests also check that every generated questionnaire
 * passes parseQuestionnaire, so this generator cannot drift away from the format unnoticed.
 */
import fc from 'fast-check';
import type { Answers, AnswerValue } from '../../../src/domain/answers';
import {
  allItems,
  type Condition,
  type Item,
  type Questionnaire,
  type QuestionnaireInput,
} from '../../../src/domain/format';
import { forKind, type ItemKind, type KindMap } from '../../../src/domain/kinds';
import { describeProblem, parseQuestionnaire } from '../../../src/domain/validate';

type Gen = fc.GeneratorValue;
type RawItem = Record<string, unknown> & { id: string; kind: ItemKind };

const source = { file: 'eigenschap.txt', lines: '1-2' };
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const int = (g: Gen, min: number, max: number) => g(fc.integer, { min, max });
const pick = <T>(g: Gen, values: readonly T[]): T => {
  if (values.length === 0) throw new Error('pick from an empty list');
  return values[int(g, 0, values.length - 1)] as T;
};
const subset = <T>(g: Gen, values: readonly T[], minLength: number, maxLength = values.length): T[] =>
  g(fc.shuffledSubarray, [...values], { minLength, maxLength: Math.min(maxLength, values.length) });
const uniqueInts = (g: Gen, min: number, max: number, minLength: number, maxLength: number): number[] =>
  [...(g(fc.uniqueArray, fc.integer({ min, max }), { minLength, maxLength }) as number[])].sort((a, b) => a - b);
const anything = (g: Gen): unknown => g(() => fc.anything());

/** Bands [0, c1), [c1, c2) … [ck, 100] with random cut points, or no bands at all. */
function bands(g: Gen, required: boolean) {
  if (!required && g(fc.boolean)) return [];
  const cuts = uniqueInts(g, 1, 99, 0, 3);
  const edges = [0, ...cuts, 100];
  return range(edges.length - 1).map((b) => ({
    min: edges[b],
    max: edges[b + 1],
    label: `Band ${b + 1}`,
    text: 'Uitleg bij deze band.',
  }));
}

function taskQuestions(g: Gen) {
  const values = (minLength: number) => uniqueInts(g, 0, 10, minLength, 7);
  return {
    time: {
      question: 'Hoeveel tijd?',
      options: values(2).map((value) => ({ value, label: `Tijd ${value}`, weight: int(g, 0, 100) })),
    },
    liking: { question: 'Hoe leuk?', options: values(2).map((value) => ({ value, label: `Leuk ${value}` })) },
    ability: { question: 'Kun je het?', options: values(2).map((value) => ({ value, label: `Kunnen ${value}` })) },
  };
}

interface ItemPlace {
  id: string;
  scaleIds: readonly string[];
  drivers: string[];
}

/** A raw item per kind, valid by construction; a kind left out does not compile. */
const RAW_ITEMS: { readonly [K in ItemKind]: (g: Gen, at: ItemPlace) => Record<string, unknown> & { id: string } } = {
  statement: (g, { id, scaleIds }) => ({
    id,
    text: 'Een stelling.',
    scale: pick(g, scaleIds),
    reverse: g(fc.boolean),
    required: g(fc.boolean),
    source,
  }),
  task: (g, { id, drivers }) => ({
    id,
    task: 'Een taak',
    trend: pick(g, ['groeit', 'blijft', 'krimpt'] as const),
    isNew: g(fc.boolean),
    tags: subset(g, drivers, 0, Math.min(5, drivers.length)),
    source,
  }),
  single: (g, { id }) => ({
    id,
    text: 'Kies er een.',
    options: range(int(g, 2, 6)).map((o) => ({ id: `o${o}`, label: `Optie ${o}` })),
    required: g(fc.boolean),
    source,
  }),
  multi(g, { id }) {
    const count = int(g, 2, 8);
    const max = int(g, 1, count);
    return {
      id,
      text: 'Kies er een paar.',
      options: range(count).map((o) => {
        const group = pick(g, ['g70', 'g20', 'g10', undefined]);
        return group ? { id: `o${o}`, label: `Optie ${o}`, group } : { id: `o${o}`, label: `Optie ${o}` };
      }),
      min: int(g, 0, max),
      max,
      required: g(fc.boolean),
      source,
    };
  },
  text: (g, { id }) => ({ id, text: 'Vertel het maar.', maxLength: int(g, 1, 40), source }),
};

function item(g: Gen, id: string, kinds: readonly ItemKind[], scaleIds: readonly string[], drivers: string[]): RawItem {
  const kind = pick(g, kinds);
  const { id: itemId, ...rest } = RAW_ITEMS[kind](g, { id, scaleIds, drivers });
  return { id: itemId, kind, ...rest };
}

function condition(g: Gen, items: readonly RawItem[], scaleIds: readonly string[], depth: number): Condition {
  const singles = items.filter((i) => i.kind === 'single');
  const multis = items.filter((i) => i.kind === 'multi');
  const leaves: (() => Condition)[] = [];
  if (scaleIds.length > 0)
    leaves.push(() => {
      const low = int(g, 0, 99);
      const which = int(g, 0, 2);
      const scale = pick(g, scaleIds);
      if (which === 0) return { scale, atLeast: low };
      if (which === 1) return { scale, below: low + 1 };
      return { scale, atLeast: low, below: int(g, low + 1, 100) };
    });
  const optionOf = (i: RawItem) =>
    pick(
      g,
      (i.options as { id: string }[]).map((o) => o.id),
    );
  if (singles.length > 0)
    leaves.push(() => {
      const single = pick(g, singles);
      return { item: single.id, equals: optionOf(single) };
    });
  if (multis.length > 0)
    leaves.push(() => {
      const multi = pick(g, multis);
      return { item: multi.id, includes: optionOf(multi) };
    });
  if (leaves.length === 0) throw new Error('a condition needs a score or a choice item to refer to');
  if (depth === 0 || g(fc.boolean)) return pick(g, leaves)();
  const kind = pick(g, ['all', 'any', 'not'] as const);
  const child = () => condition(g, items, scaleIds, Math.max(0, depth - 1));
  if (kind === 'not') return { not: child() };
  const parts = range(int(g, 1, 3)).map(child);
  return kind === 'all' ? { all: parts } : { any: parts };
}

export interface GeneratedQuestionnaire {
  raw: QuestionnaireInput;
  questionnaire: Questionnaire;
}

/**
 * A questionnaire that passes validation. `pack` makes it a task pack pointing at `driverId`,
 * whose drivers are `drivers` (scale ids of group "drijfveer" in the other questionnaire).
 */
export function buildQuestionnaire(
  g: Gen,
  options: { id: string; pack: boolean; driverId?: string; drivers?: string[] },
): GeneratedQuestionnaire {
  const drivers = options.drivers ?? [];
  const answerScales = range(int(g, 1, 3)).map((s) => ({
    id: `schaal-${s}`,
    labels: range(int(g, 2, 11)).map((n) => `Punt ${n + 1}`),
  }));
  const scaleIds = answerScales.map((s) => s.id);
  const kinds: ItemKind[] = options.pack
    ? ['statement', 'task', 'task', 'single', 'multi', 'text']
    : ['statement', 'statement', 'single', 'multi', 'text'];
  let counter = 0;
  const sections = range(int(g, 1, 3)).map((s) => ({
    id: `deel-${s}`,
    title: `Deel ${s + 1}`,
    items: range(int(g, 1, 6)).map(() => item(g, `v${counter++}`, kinds, scaleIds, drivers)) as RawItem[],
  }));
  const items = sections.flatMap((s) => s.items);
  if (options.pack && !items.some((i) => i.kind === 'task')) {
    const task = item(g, `v${counter++}`, ['task'], scaleIds, drivers) as RawItem;
    sections[0]?.items.push(task);
    items.push(task);
  }

  const statements = items.filter((i) => i.kind === 'statement');
  const pointsOf = (i: RawItem) => answerScales.find((s) => s.id === i.scale)?.labels.length;
  const scales =
    statements.length === 0
      ? []
      : range(int(g, 0, 4)).map((s) => {
          const method = pick(g, ['mean', 'sum'] as const);
          // A sum needs one answer scale length for all its items.
          const first = pick(g, statements);
          const pool = method === 'sum' ? statements.filter((i) => pointsOf(i) === pointsOf(first)) : statements;
          return {
            id: options.pack ? `s${s}` : (drivers[s] ?? `s${s}`),
            title: `Score ${s}`,
            explanation: 'Zo rekenen we.',
            ...(drivers[s] !== undefined && !options.pack ? { group: 'drijfveer' } : {}),
            items: subset(g, pool, 1, 4).map((i) => i.id),
            method,
            bands: bands(g, false),
          };
        });
  const scoreIds = scales.map((s) => s.id);

  const tallies = items
    .filter((i) => i.kind === 'multi' && g(fc.boolean))
    .map((multi, t) => ({
      id: `t${t}`,
      title: 'Telling',
      explanation: 'We tellen je keuzes.',
      item: multi.id,
      groups: ['g70', 'g20', 'g10'].map((id) => ({ id, label: `Groep ${id}` })),
    }));

  const canCondition = scoreIds.length > 0 || items.some((i) => i.kind === 'single' || i.kind === 'multi');
  const profiles = !canCondition
    ? []
    : range(int(g, 0, 1)).map((p) => {
        const profileOptions = range(int(g, 1, 3)).map((o) => ({
          id: `optie-${o}`,
          label: `Profiel ${o}`,
          text: 'Zo leer je.',
          when: condition(g, items, scoreIds, 2),
        }));
        return {
          id: `p${p}`,
          title: 'Profiel',
          explanation: 'Het eerste profiel dat past.',
          options: profileOptions,
          fallback: pick(g, profileOptions).id,
        };
      });
  const recommendations = !canCondition
    ? []
    : range(int(g, 0, 3)).map((r) => ({
        id: `r${r}`,
        when: condition(g, items, scoreIds, 2),
        title: 'Advies',
        advice: 'Probeer dit eens.',
      }));

  const questions = options.pack || g(fc.boolean) ? taskQuestions(g) : undefined;
  let taskShift: Record<string, unknown> | undefined;
  if (options.pack && questions) {
    const liking = int(g, 0, 100);
    const ability = int(g, 0, 100 - liking);
    taskShift = {
      driverQuestionnaire: options.driverId ?? 'lijst',
      topDrivers: int(g, 1, 5),
      matchWeights: { liking, ability, timeShare: 100 - liking - ability },
      likedFrom: pick(g, questions.liking.options).value,
      ableFrom: pick(g, questions.ability.options).value,
      muchTimeFrom: pick(g, questions.time.options).value,
      matchBands: bands(g, true),
    };
  }

  const raw = {
    schemaVersion: 1,
    id: options.id,
    version: int(g, 1, 5),
    kind: options.pack ? 'takenpakket' : 'vragenlijst',
    title: 'Eigenschap',
    ...(options.pack ? { role: 'Testrol' } : {}),
    intro: 'Gemaakt door de eigenschapstest.',
    estimatedMinutes: int(g, 1, 60),
    answerScales,
    ...(questions ? { taskQuestions: questions } : {}),
    sections,
    scoring: { scales, tallies, profiles, recommendations, ...(taskShift ? { taskShift } : {}) },
  } as unknown as QuestionnaireInput;
  const parsed = parseQuestionnaire(`${options.id}.json`, raw);
  if (!parsed.ok)
    throw new Error(`generated an invalid questionnaire:\n${parsed.problems.map(describeProblem).join('\n')}`);
  return { raw, questionnaire: parsed.value };
}

/** A valid answer per kind; a kind left out does not compile. */
const VALID_ANSWERS: KindMap<AnswerValue, [Gen, Questionnaire]> = {
  statement(item, g, q) {
    const points = q.answerScales.find((s) => s.id === item.scale)?.labels.length ?? 2;
    return int(g, 1, points);
  },
  single: (item, g) => pick(g, item.options).id,
  multi: (item, g) => subset(g, item.options, 0, item.max).map((o) => o.id),
  text: (item, g) => g(fc.string, { maxLength: item.maxLength }),
  task(_item, g, q) {
    const answer: Record<string, number> = {};
    for (const key of ['time', 'liking', 'ability'] as const) {
      const options = q.taskQuestions?.[key].options ?? [];
      if (options.length > 0 && g(fc.boolean)) answer[key] = pick(g, options).value;
    }
    return answer;
  },
};

/** A valid answer for the item. */
export function validAnswer(g: Gen, q: Questionnaire, item: Item): AnswerValue {
  return forKind(VALID_ANSWERS, item, g, q);
}

/** A value that does not fit the item, or anything at all. */
function invalidAnswer(g: Gen, item: Item): unknown {
  const nearMisses: unknown[] = [
    0,
    -1,
    12,
    2.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'onbekend',
    [],
    ['onbekend'],
    ['o0', 'o0'],
    { time: 99 },
    { tijd: 1 },
    null,
    true,
    item.kind === 'text' ? 'x'.repeat(item.maxLength + 1) : 'x',
  ];
  return g(fc.boolean) ? pick(g, nearMisses) : anything(g);
}

/** Answers to a random part of the items: valid, invalid or absent; plus a few unknown ids. */
export function buildAnswers(g: Gen, q: Questionnaire): Answers {
  const answers: Record<string, unknown> = {};
  for (const item of allItems(q)) {
    const choice = int(g, 0, 3);
    if (choice === 0) continue;
    answers[item.id] = choice === 3 ? invalidAnswer(g, item) : validAnswer(g, q, item);
  }
  if (g(fc.boolean)) answers[`onbekend-${int(g, 0, 9)}`] = anything(g);
  return answers as Answers;
}

/** The same entries in another order. */
export function shuffleKeys<T extends object>(g: Gen, value: T): T {
  const entries = Object.entries(value);
  const order = g(fc.shuffledSubarray, entries, { minLength: entries.length });
  return Object.fromEntries(order) as T;
}
