/**
 * T1 (rendered) and T4 of issue 13: the six hand-worked personas rendered as the employee sees the
 * report, with the real questionnaires. Every key sentence is asserted verbatim as the spec (R1–R38)
 * words it; lists are asserted member by member, in order. Expected content:
 * tests/fixtures/report/personas.ts (from /work/notes/issue13-personas.md).
 */
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Questionnaire } from '../../../src/domain/format';
import ReportScreen from '../../../src/report/ReportScreen';
import type { ScanRecord } from '../../../src/storage/types';
import { emptyPlan } from '../../fixtures/report/persona';
import { type Line, MATCH_NOTE, PERSONAS, type Persona, STEUN_NOTE, WORK_INTRO } from '../../fixtures/report/personas';
import { realJson, realQuestionnaires, scanQuestionnaires } from '../../fixtures/report/real-files';

// jsdom has no canvas; the chart configs are tested on their own (tests/unit/report/charts.test.ts).
vi.mock('../../../src/report/charts/register', () => ({
  Chart: class {
    toBase64Image() {
      return 'data:image/png;base64,AAAA';
    }
    destroy() {}
  },
}));

const real = realQuestionnaires();

function scanRecord(id: string, packId: string, questionnaires: Questionnaire[]): ScanRecord {
  return {
    id: `scan-${id}`,
    createdAt: '2026-03-02T08:30:00.000Z',
    updatedAt: '2026-03-02T08:52:00.000Z',
    finishedAt: '2026-03-02T08:52:00.000Z',
    status: 'klaar',
    packId,
    questionnaires: questionnaires.map((q) => ({ id: q.id, version: q.version, hash: `hash-${q.id}-${q.version}` })),
    step: 0,
  };
}

function renderPersona(persona: Persona) {
  const questionnaires = scanQuestionnaires(real, persona.pack);
  const scan = scanRecord(persona.id, persona.pack, questionnaires);
  return render(
    <ReportScreen
      scan={scan}
      questionnaires={questionnaires}
      answers={persona.answers}
      plan={emptyPlan(scan.id)}
      onPlanChange={() => {}}
      earlier={null}
    />,
  );
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const textOf = (el: Element | null | undefined) => squash(el?.textContent);
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parts in this order, with nothing but white space (or element boundaries) between them. */
const adjacent = (parts: readonly string[]) => new RegExp(parts.map(literal).join('\\s*'));
/** The parts in this order, anything between them. */
const inOrder = (parts: readonly string[]) => new RegExp(parts.map(literal).join('[\\s\\S]*?'));

/** Sentences may stand in separate paragraphs: textContent then runs them together without a space. */
const sentences = (text: string) => text.split(/(?<=[.?!])\s+(?=[A-Z"])/);
const lineParts = (line: Line): string[] =>
  typeof line === 'string' ? sentences(line) : [line.lead, ...line.tasks, ...(line.after ? sentences(line.after) : [])];

/** The part of the report under a heading with exactly this text: its section, or its parent. */
function partUnder(root: Element, heading: string): HTMLElement {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  // Exactly this text; or this text with something after it (a count, a hidden word).
  const h = headings.find((el) => textOf(el) === heading) ?? headings.find((el) => textOf(el).startsWith(heading));
  expect(h ? heading : `no heading "${heading}"`).toBe(heading);
  return (h?.closest('section') ?? h?.parentElement) as HTMLElement;
}

/** The texts of the list items directly inside a part, in order (nested lists not flattened). */
const items = (part: HTMLElement) => [...part.querySelectorAll('li')].map(textOf);

/** Short failure messages: the report's whole text would drown the sentence that is missing. */
function has(text: string | undefined, part: string | RegExp) {
  const ok = typeof part === 'string' ? (text ?? '').includes(part) : part.test(text ?? '');
  expect(ok, `the report should contain: ${String(part)}`).toBe(true);
}
function lacks(text: string | undefined, part: string | RegExp) {
  const found = typeof part === 'string' ? (text ?? '').includes(part) : part.test(text ?? '');
  expect(found, `the report should not contain: ${String(part)}`).toBe(false);
}

const TREND_WORDS = { groeit: 'Wordt meer', blijft: 'Blijft gelijk', krimpt: 'Wordt minder' } as const;

/** Everything in the report outside "Zo rekenen we": where a printed share must say "ongeveer". */
function runningText(root: Element): string[] {
  const method = [...root.querySelectorAll('h2')].find((h) => textOf(h) === 'Zo rekenen we')?.closest('section');
  return [...root.querySelectorAll('p, li, dd')].filter((el) => !method?.contains(el)).map(textOf);
}

describe.each(PERSONAS.map((p) => [p.id, p] as const))('the rendered report of persona %s', (_id, persona) => {
  const e = persona.expected;

  it('opens the work section with the intro and the left-out and "Doe ik nu niet" sentences (R5, R6, R30)', () => {
    const { container } = renderPersona(persona);
    const all = textOf(container);
    has(all, WORK_INTRO);
    if (e.leftOutSentence) {
      has(all, e.leftOutSentence);
      const part = partUnder(container, 'Niet meegeteld');
      has(textOf(part), adjacent(['Niet meegeteld', ...e.leftOut]));
    } else {
      lacks(all, /Die taa?k(en)? tell?t(en)? nergens mee/);
      lacks(all, 'Niet meegeteld');
    }
    if (e.notDoneSentences.length > 0) has(all, adjacent(e.notDoneSentences));
    else lacks(all, /taa?k(en)? koos je "Doe ik nu niet"/);
  });

  it('prints the time shares rounded to 5 with "ongeveer", and the number of tasks per trend (R7)', () => {
    const { container } = renderPersona(persona);
    const header = [...container.querySelectorAll('th')].find((th) => textOf(th) === 'Deel van je tijd (ongeveer)');
    expect(header, 'a column "Deel van je tijd (ongeveer)"').toBeDefined();
    const table = header?.closest('table') as HTMLTableElement;
    const rows = [...table.querySelectorAll('tr')].map(textOf);
    for (const trend of ['groeit', 'blijft', 'krimpt'] as const) {
      const row = rows.find((r) => r.startsWith(TREND_WORDS[trend]));
      expect(row, `a row for ${TREND_WORDS[trend]}`).toBeDefined();
      // Cells run together in textContent: no word boundaries, only "no digit next to it".
      has(row, new RegExp(`(?<!\\d)${e.shares[trend]}%`));
      has(row?.replace(/\d+%/g, ' '), new RegExp(`(?<!\\d)${e.taskCount[trend]}(?!\\d)`));
    }
    for (const text of runningText(container))
      if (/\d\s?%/.test(text)) expect(text, 'a printed share says "ongeveer"').toMatch(/ongeveer|Ongeveer/);
  });

  it('shows the match figure with its three onderdelen and their sentences (R22, R23)', () => {
    const { container } = renderPersona(persona);
    const all = textOf(container);
    has(all, new RegExp(`(?<!\\d)${e.match.score} van de 100`));
    has(all, new RegExp(`Hoe leuk:?\\s*${e.match.liking} van de 100\\s*${literal(e.parts.liking)}`));
    has(all, new RegExp(`Hoe goed:?\\s*${e.match.ability} van de 100\\s*${literal(e.parts.ability)}`));
    has(all, new RegExp(`Tijd:?\\s*ongeveer ${e.match.time}%\\s*${literal(e.parts.time)}`));
    has(all, e.band);
    has(all, MATCH_NOTE);
    // The band texts of before (a claim about the person) are gone.
    lacks(all, 'Dit cijfer laat zien hoe goed het werk dat groeit bij jou past.');
    lacks(all, /Je doet al veel taken die groeien/);
  });

  it('names the top drivers as tie groups, never broken by file order (R16)', () => {
    const { container } = renderPersona(persona);
    has(textOf(container), adjacent(sentences(e.driverSentences)));
  });

  it('lists sterk, the neutral group, passend, kansen and minder, member by member (R10–R14)', () => {
    const { container } = renderPersona(persona);
    const sterk = partUnder(container, 'Hier ben je al sterk in');
    const kansen = partUnder(container, 'Kansen om te groeien');
    for (const [part, tasks] of [
      [sterk, e.sterk],
      [kansen, e.kansen],
    ] as const) {
      expect(items(part)).toEqual(tasks);
      if (tasks.length === 0) has(textOf(part), 'Hier staat nu niets.');
    }
    has(textOf(sterk), 'Werk dat meer wordt. Je doet het al en je kunt het goed.');

    const passend = partUnder(container, 'Past bij wat je energie geeft');
    const groups = e.passend.flatMap((g) => [g.label, ...g.tasks]);
    if (groups.length > 0) has(textOf(passend), adjacent(groups));
    expect(
      items(passend).filter((li) => !li.startsWith('Past bij')),
      'only the fitting tasks are listed',
    ).toEqual(e.passend.flatMap((g) => g.tasks));
    if (e.passendNote) has(textOf(passend), e.passendNote);
    else lacks(textOf(passend), /Er pass?t(en)? nog|geen top/);
    if (e.passend.length === 0 && !e.passendNote) has(textOf(passend), 'Hier staat nu niets.');

    const minder = partUnder(container, 'Werk dat minder wordt');
    has(textOf(minder), 'Dit werk kost je nu tijd. Wat komt ervoor in de plaats?');
    for (const [lead, tasks] of [
      ['Dit kost je nu veel tijd:', e.minder.veel],
      ['Dit kost je nu een deel van je tijd:', e.minder.deel],
    ] as const) {
      if (tasks.length > 0) has(textOf(minder), adjacent([lead, ...tasks]));
      else lacks(textOf(minder), lead);
    }
    expect(items(minder).filter((li) => !li.startsWith('Dit kost je nu'))).toEqual([
      ...e.minder.veel,
      ...e.minder.deel,
    ]);
    // Before: "Wat je kunt loslaten … kost je nu veel tijd" also for "Een deel".
    lacks(textOf(container), 'Wat je kunt loslaten');
  });

  it('shows the neutral group "Kun je al, maar vind je niet leuk", also when empty (R11, personas doc)', () => {
    const { container } = renderPersona(persona);
    const neutral = partUnder(container, 'Kun je al, maar vind je niet leuk');
    expect(items(neutral)).toEqual(e.nietLeuk);
    if (e.nietLeuk.length === 0) has(textOf(neutral), 'Hier staat nu niets.');
    has(
      textOf(neutral),
      'Werk dat meer wordt en dat je goed kunt. Je koos wel "Niet leuk". Wat maakt dit werk niet leuk?',
    );
  });

  it('never puts a task answered "Niet leuk" in a positive list, page 1 or a talking point (R15)', () => {
    const { container } = renderPersona(persona);
    const positive = [
      'Hier ben je al sterk in',
      'Past bij wat je energie geeft',
      'Kansen om te groeien',
      'Dit gaat al goed',
    ];
    for (const heading of positive) {
      const listed = items(partUnder(container, heading));
      for (const task of e.likingNietLeuk) expect(listed, `${task} under "${heading}"`).not.toContain(task);
    }
    const talk = textOf(partUnder(container, 'Drie dingen om te bespreken'));
    const neutralLead = 'Dit kun je goed, maar je koos "Niet leuk":';
    const outsideNeutral = talk.includes(neutralLead)
      ? talk.replace(new RegExp(`${literal(neutralLead)}[\\s\\S]*?Wat zou het leuker maken\\?`), '')
      : talk;
    for (const task of e.likingNietLeuk) lacks(outsideNeutral, task);
  });

  it('says what already goes well, strengths first, nothing about wil/kan or self-direction (R34, R17)', () => {
    const { container } = renderPersona(persona);
    const good = textOf(partUnder(container, 'Dit gaat al goed'));
    for (const line of e.good) has(good, adjacent(lineParts(line)));
    has(good, inOrder(e.good.map((line) => lineParts(line)[0] as string)));
    for (const word of ['Wil je mee', 'Denk je dat het lukt', 'Tijd en hulp', 'Wil ik mee', 'Kan ik mee', 'Verkennen'])
      lacks(good, word);
  });

  it('gives three things to talk about, in the spec order and words (R35)', () => {
    const { container } = renderPersona(persona);
    const talk = partUnder(container, 'Drie dingen om te bespreken');
    const text = textOf(talk);
    for (const line of e.talk) has(text, adjacent(lineParts(line)));
    has(text, inOrder(e.talk.map((line) => lineParts(line)[0] as string)));
  });

  it('turns wil, kan, steun and self-direction into counted answers and questions, never a number or letter (R17–R20)', () => {
    const { container } = renderPersona(persona);
    const all = textOf(container);
    has(all, 'Meegaan met de veranderingen');
    for (const block of e.conversation) has(all, inOrder([block.title, `${block.count} ${block.question}`]));
    has(all, STEUN_NOTE);
    for (const title of ['Wil je mee?', 'Denk je dat het lukt?', 'Tijd en hulp om te leren'])
      lacks(all, new RegExp(`${literal(title)}:?\\s*\\d+( van de 100)?`));
    lacks(all, /\b[ABC]: /);
    for (const word of ['Richtingzoeker', 'Zelfsturende', 'Noodzaak', 'Verkennen wat bij je past', 'NaN', 'Infinity'])
      lacks(all, word);
  });

  it('shows only the chosen directions and the own words (R21)', () => {
    const { container } = renderPersona(persona);
    const all = textOf(container);
    for (const label of e.directions) has(all, label);
    const others = [
      'Doorgroeien naar werk met meer verantwoordelijkheid',
      'Dieper in mijn vak: lastigere taken en meer kennis',
      'Breder werken: er andere taken bij doen',
      'Iets anders gaan doen, binnen of buiten de gemeente',
    ].filter((label) => !e.directions.includes(label));
    for (const label of others) lacks(all, label);
    for (const jargon of ['Promotie', 'Verrijking', 'Verbreding', 'Heroriëntatie']) lacks(all, jargon);
    if (e.ownWords) has(all, e.ownWords);
  });

  it('counts the ways of learning, unnumbered, without percentages (R24)', () => {
    const { container } = renderPersona(persona);
    const all = textOf(container);
    has(all, adjacent(e.learning.slice(0, 1)));
    for (const sentence of e.learning) has(all, sentence);
    lacks(all, 'Je leert vooral in de praktijk');
    const chosen = partUnder(container, 'Jouw keuzes');
    expect(chosen.querySelector('ol')).toBeNull();
    expect(chosen.querySelectorAll('ul > li')).toHaveLength(5);
  });
});

/** T4: "buiten de gemeente" only through the chosen direction, its advice, or the own words. */
describe('"buiten de gemeente" in the rendered report (T4, R21)', () => {
  const talent = realJson('talent-motivatie.json') as {
    recommendations?: { when?: { includes?: string }; title?: string; advice?: string; activities?: string[] }[];
  };
  const herorientatieAdvice = (talent.recommendations ?? [])
    .filter((r) => r.when?.includes === 'herorientatie')
    .flatMap((r) => [r.title ?? '', r.advice ?? '', ...(r.activities ?? [])])
    .filter((s) => s.includes('buiten de gemeente'));

  it.each(PERSONAS.filter((p) => !p.expected.buitenDeGemeente).map((p) => [p.id, p] as const))(
    'never appears for %s, who did not choose it',
    (_id, persona) => {
      const { container } = renderPersona(persona);
      lacks(textOf(container), 'buiten de gemeente');
    },
  );

  it.each(PERSONAS.filter((p) => p.expected.buitenDeGemeente).map((p) => [p.id, p] as const))(
    'appears for %s only in the chosen option, its advice and the own words',
    (_id, persona) => {
      const { container } = renderPersona(persona);
      let rest = textOf(container);
      has(rest, 'buiten de gemeente');
      for (const allowed of [...persona.expected.directions, ...herorientatieAdvice, persona.expected.ownWords ?? ''])
        if (allowed) rest = rest.split(allowed).join('');
      lacks(rest, 'buiten de gemeente');
    },
  );

  it('disappears when the same person had not chosen it and wrote nothing about it', () => {
    const persona = PERSONAS.find((p) => p.id === 'niets-leuk') as Persona;
    const talentAnswers = { ...persona.answers['talent-motivatie'], richting: ['verbreding'] };
    delete (talentAnswers as Record<string, unknown>)['voor-het-gesprek'];
    const { container } = renderPersona({
      ...persona,
      answers: { ...persona.answers, 'talent-motivatie': talentAnswers },
    });
    lacks(textOf(container), 'buiten de gemeente');
  });
});
