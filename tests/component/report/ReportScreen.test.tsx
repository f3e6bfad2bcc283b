import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Questionnaire } from '../../../src/domain/format';
import ReportScreen, { type ReportScreenProps } from '../../../src/report/ReportScreen';
import type { PlanRecord } from '../../../src/storage/types';
import { fixtureQuestionnaires } from '../../fixtures/report/load';
import { earlierAnswers, earlierScan, emptyPlan, personaAnswers, personaScan } from '../../fixtures/report/persona';

// jsdom has no canvas; the chart configs are tested on their own (tests/unit/report/charts.test.ts).
const charts = vi.hoisted(() => ({ created: [] as { type: string; options: Record<string, unknown> }[] }));
vi.mock('../../../src/report/charts/register', () => ({
  Chart: class {
    constructor(_canvas: unknown, config: { type: string; options: Record<string, unknown> }) {
      charts.created.push(config);
    }
    toBase64Image() {
      return 'data:image/png;base64,AAAA';
    }
    destroy() {}
  },
}));

const questionnaires = fixtureQuestionnaires();
const scan = personaScan(questionnaires);

function renderReport(overrides: Partial<ReportScreenProps> = {}) {
  const onPlanChange = vi.fn();
  const props: ReportScreenProps = {
    scan,
    questionnaires,
    answers: personaAnswers,
    plan: emptyPlan(scan.id),
    onPlanChange,
    earlier: null,
    ...overrides,
  };
  const view = render(<ReportScreen {...props} />);
  return { ...view, onPlanChange, props };
}

beforeEach(() => {
  charts.created.length = 0;
});

describe('the report screen for the persona', () => {
  it('shows the cover with the role, the date and whose report it is', () => {
    renderReport();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mijn koers naar morgen');
    expect(document.title).toBe('Mijn koers naar morgen - Morgenscan');
    expect(screen.getByText('Burgerzaken')).toBeInTheDocument();
    expect(screen.getAllByText('2 maart 2026').length).toBeGreaterThan(0);
    expect(screen.getByText('Dit rapport is van jou. Jij bepaalt met wie je het deelt.')).toBeInTheDocument();
  });

  it('shows the hand-worked match figure with its three onderdelen, and three things to talk about', () => {
    renderReport();
    const figure = screen.getByTestId('match-figure');
    expect(figure).toHaveTextContent('54 van de 100');
    // R22: the onderdelen beside the figure, each with what it counts.
    const parts = screen.getByTestId('match-figure-onderdelen');
    // The work section shows the same figure and onderdelen.
    expect(screen.getByTestId('match-figure-werk')).toHaveTextContent('54 van de 100');
    expect(parts).toHaveTextContent(
      // The persona's own words: this pack's liking scale tops out at "Graag".
      'Hoe leuk88 van de 100 Bij 3 van de 4 taken die meer worden koos je "Graag".',
    );
    expect(parts).toHaveTextContent('Hoe goed38 van de 100 Bij 1 van de 4 taken die meer worden koos je "Goed".');
    expect(parts).toHaveTextContent('Tijdongeveer 25% Ongeveer 25% van je tijd gaat nu naar werk dat meer wordt.');
    // R23: the band's text, not its label.
    expect(screen.getAllByText('Je bent op weg. Een deel van het nieuwe werk past al bij je.').length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByText(/^Op weg\.$/)).toBeNull();
    const talk = screen.getByRole('region', { name: 'Drie dingen om te bespreken' });
    const points = [...talk.querySelectorAll('ol.talk-list > li')];
    expect(points).toHaveLength(3);
    // R34/R35: a lead sentence, the tasks as bullets, then the question. Before issue 13 the task names
    // stood inside the sentence ("‘A’ en ‘B’ kost je nu veel tijd"), Verhuizingen ("Gemiddeld") included.
    expect(points[0]).toHaveTextContent(
      'Dit werk wordt meer, en je kunt het al goed:Inwoners helpen met digitale zakenHoe kun je er meer mee doen?',
    );
    expect(points[1]).toHaveTextContent(
      'Dit werk vind je leuk, of het lijkt je leuk:Lastige gesprekken voerenSamenwerken met ketenpartners (doe je nu niet)Wat helpt je om het te leren?',
    );
    expect(points[2]).toHaveTextContent(
      'Dit werk wordt minder en kost je nu veel tijd:Paspoorten uitreikenWat komt ervoor in de plaats?',
    );
    expect(points[2]).not.toHaveTextContent('Verhuizingen');
  });

  it('lists what goes well without profiles, the top as the R16 sentences (R34, R17)', () => {
    renderReport();
    const good = screen.getByTestId('dit-gaat-al-goed');
    expect(good).toHaveTextContent('Dit werk wordt meer, en je kunt het al goed:Inwoners helpen met digitale zaken');
    expect(good).toHaveTextContent(
      'Je krijgt de meeste energie van helpen en adviseren. Daarna komt contact met mensen. Daarna komt digitaal werken.',
    );
    expect(good).toHaveTextContent('Je groeimindset is het sterkst bij inspanning.');
    expect(good).not.toHaveTextContent('Groeien in je werk');
    expect(good).not.toHaveTextContent('Zelfsturende groeier');
  });

  it('labels every task with a word and an icon, not only a colour', () => {
    renderReport();
    const table = screen.getByRole('table', { name: 'Je taken en je antwoorden' });
    // One group of rows per trend, under a header with the trend's icon and word.
    const groups = [...table.querySelectorAll('tbody')];
    const heads = groups.map((group) => group.querySelector('th[scope="rowgroup"]'));
    // R30: one word per thing, the same as the scan's badges.
    expect(heads[0]).toHaveTextContent('Wordt meer (4 taken)');
    expect(heads[1]).toHaveTextContent('Blijft gelijk (2 taken)');
    expect(heads[2]).toHaveTextContent('Wordt minder (3 taken)');
    for (const head of heads) expect(head?.querySelector('.trend-badge svg')).not.toBeNull();
    const rows = within(groups[0] as HTMLElement)
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('Inwoners helpen met digitale zakenWeinigGraagGoed');
    expect(within(groups[2] as HTMLElement).getAllByRole('row')[3]).toHaveTextContent(
      'Uittreksels makenWeinigNiet graagGoed',
    );
  });

  it('lists sterk, past bij wat je energie geeft, kansen and werk dat minder wordt (R10–R14)', () => {
    renderReport();
    expect(screen.getByTestId('lijst-sterk')).toHaveTextContent('Inwoners helpen met digitale zaken');
    // Each set of top drivers is named once, lower-case, in top order, joined with "en bij" (R13, R32).
    expect(screen.getByTestId('lijst-passend')).toHaveTextContent(
      'Past bij helpen en adviseren en bij digitaal werken:Inwoners helpen met digitale zaken' +
        'Past bij helpen en adviseren en bij contact met mensen:Lastige gesprekken voeren',
    );
    // R6: the marker for work not done now.
    expect(screen.getByTestId('lijst-kansen')).toHaveTextContent('Samenwerken met ketenpartners (doe je nu niet)');
    // R14: grouped by the answer's own word; before issue 13 both stood under "veel van je tijd".
    expect(screen.getByTestId('lijst-minder')).toHaveTextContent(
      'Dit kost je nu veel tijd:Paspoorten uitreikenDit kost je nu een deel van je tijd:Verhuizingen invoeren',
    );
    // The neutral group is there, empty for this persona (no task answered "Niet graag").
    expect(screen.getByRole('heading', { name: 'Kun je al, maar vind je niet leuk' })).toBeInTheDocument();
    expect(screen.queryByTestId('lijst-niet-leuk')).toBeNull();
    // R6 in the answer's own words: this fixture's time answer is "Geen".
    expect(screen.getByText('Bij 2 taken koos je "Geen".', { exact: false })).toBeInTheDocument();
  });

  it('gives every chart a text alternative and a table with the same figures', async () => {
    renderReport();
    // The print images are drawn once the screen is idle.
    await waitFor(() => expect(document.querySelectorAll('img.chart-figure__print')).toHaveLength(2));
    // The print image has the same text; print CSS shows it instead of the canvas.
    const time = 'Staafdiagram van je tijd, ongeveer. Wordt meer: 25%. Blijft gelijk: 20%. Wordt minder: 55%.';
    expect(document.querySelector('canvas[data-chart="tijd"]')).toHaveAccessibleName(time);
    expect(document.querySelector('img[data-chart-print="tijd"]')).toHaveAccessibleName(time);
    expect(document.querySelector('canvas[data-chart="drijfveren"]')).toHaveAccessibleName(
      'Webdiagram van wat je energie geeft, van 0 tot 100. Contact met mensen 88, Helpen en adviseren 100, Digitaal werken 75, Uitzoeken 38, Precies werken 38, Samenwerken 63.',
    );
    const drivers = screen.getByRole('table', { name: 'Wat je energie geeft' });
    expect(within(drivers).getAllByRole('row')).toHaveLength(7);
    // One chart on screen and one fixed-size image for print, per figure; never animated.
    expect(charts.created.map((c) => c.type)).toEqual(['bar', 'radar', 'bar', 'radar']);
    expect(charts.created.every((c) => c.options.animation === false)).toBe(true);
    expect(charts.created.filter((c) => c.options.devicePixelRatio === 3)).toHaveLength(2);
    expect(document.querySelectorAll('img.chart-figure__print[src^="data:image/png"]')).toHaveLength(2);
  });

  it('shows the mindset, talent and learning figures worked out by hand', () => {
    renderReport();
    const areas = screen.getByRole('table', { name: 'Per onderwerp' });
    expect(within(areas).getAllByRole('row')[4]).toHaveTextContent('Kritiek40Nog zoekend.');
    expect(screen.getByText('Zelfsturende groeier')).toBeInTheDocument();
    expect(screen.getByText('Groeien in je werk')).toBeInTheDocument();
    // R24: an unnumbered list, the group lower-case in brackets (R32); counts out of the list, no percentages.
    const top = screen.getByTestId('leren-top');
    expect(top.tagName).toBe('UL');
    expect(top).toHaveTextContent('Feedback vragen (leren van anderen)');
    const mix = screen.getByRole('table', { name: 'Je keuzes per soort leren' });
    expect(within(mix).getAllByRole('row')[1]).toHaveTextContent('Leren in de praktijk34');
    expect(mix).not.toHaveTextContent('%');
    expect(screen.getByText('Leren in de praktijk: je koos er 3 van de 4.')).toBeInTheDocument();
    expect(screen.getByText('Leren van anderen: je koos er 1 van de 3.')).toBeInTheDocument();
    expect(screen.getByText(/De lijst heeft niet evenveel keuzes per soort: 4, 3 en 3\./)).toBeInTheDocument();
    // R21: only the chosen direction, in its own words.
    expect(screen.getByTestId('richting')).toHaveTextContent('Verbreding: er ander werk bij doen');
    expect(document.body.textContent).not.toMatch(/buiten de gemeente/);
  });

  it('explains how the match is computed with the weights from the questionnaire', () => {
    renderReport();
    const method = screen.getByRole('region', { name: 'Zo rekenen we' });
    // R38, with the labels of this questionnaire.
    expect(method).toHaveTextContent(
      'Hoe leuk: je antwoord bij "Doe je dit graag?". "Niet graag" telt als 0, "Graag" als 100. Dit onderdeel telt voor 40%.',
    );
    expect(method).toHaveTextContent(
      'Tijd: hoeveel van je tijd nu naar werk gaat dat meer wordt. Dit onderdeel telt voor 20%.',
    );
    expect(method).toHaveTextContent(
      'Jouw onderdelen: hoe leuk 88, hoe goed 38, tijd ongeveer 25%. Samen geeft dat 54 van de 100.',
    );
    // R30: punten, with 1 and many forms (before: "1 delen").
    expect(method).toHaveTextContent('Gemiddeld: 3 punten');
    expect(method).toHaveTextContent('Weinig: 1 punt');
    expect(method).toHaveTextContent('De verdeling 40, 40 en 20 is onze eigen keuze.');
    expect(method).toHaveTextContent('Je top: de onderwerpen met de hoogste score, boven de 50.');
    expect(method).toHaveTextContent('Bij leren in de praktijk staan 4 manieren in de lijst.');
  });
});

describe('the plan and the print choices', () => {
  it('sends every change of the plan to the model, field by field', () => {
    const { onPlanChange } = renderReport();
    fireEvent.input(screen.getByLabelText('Mijn doelen'), { target: { value: 'Lastige gesprekken leren voeren' } });
    fireEvent.input(screen.getByLabelText('Wanneer praten we weer?'), { target: { value: 'In juni' } });
    fireEvent.input(screen.getByLabelText('Je naam op de voorkant'), { target: { value: 'Sanne' } });
    expect(onPlanChange.mock.calls).toEqual([
      [{ goals: 'Lastige gesprekken leren voeren' }],
      [{ nextTalk: 'In juni' }],
      [{ name: 'Sanne' }],
    ]);
  });

  it('prints the plan as text, and lines to write on where it is empty', () => {
    const plan: PlanRecord = { ...emptyPlan(scan.id), goals: 'Zelf lastige gesprekken voeren.', name: 'Sanne' };
    renderReport({ plan });
    expect(screen.getByTestId('plan-print-goals')).toHaveTextContent('Zelf lastige gesprekken voeren.');
    expect(screen.queryByTestId('plan-print-support')).toBeNull();
    expect(screen.getByTestId('cover-name')).toHaveTextContent('Sanne');
  });

  it('keeps a section off the paper when it is unchecked, and can turn everything back on', () => {
    const { onPlanChange, rerender, props } = renderReport();
    const choice = screen.getByRole('group', { name: 'Wat komt er op papier?' });
    const boxes = within(choice).getAllByRole('checkbox');
    expect(boxes).toHaveLength(8);
    expect(boxes.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    fireEvent.click(within(choice).getByLabelText('Zo rekenen we'));
    expect(onPlanChange).toHaveBeenLastCalledWith({ hiddenSections: ['rekenen'] });

    rerender(<ReportScreen {...props} plan={{ ...props.plan, hiddenSections: ['rekenen'] }} />);
    const method = screen.getByRole('region', { name: 'Zo rekenen we' });
    expect(method).toHaveClass('report-section--not-printed');
    expect(method).toHaveTextContent('Dit deel gaat niet mee op papier.');
    fireEvent.click(screen.getByRole('button', { name: 'Zet alles aan' }));
    expect(onPlanChange).toHaveBeenLastCalledWith({ hiddenSections: [] });
  });

  it('opens the print window from the print button', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderReport();
    fireEvent.click(screen.getByRole('button', { name: 'Print of bewaar als PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});

describe('partial scans, earlier scans and odd text', () => {
  it('says honestly how much is answered and never shows NaN', () => {
    renderReport({ answers: { burgerzaken: { fraude: { time: 1, liking: 3, ability: 1 } } } });
    expect(screen.getByText(/Je hebt 1 van de 42 vragen beantwoord\./)).toBeInTheDocument();
    expect(screen.getByText('Groeimindset: 0 van 10 beantwoord')).toBeInTheDocument();
    expect(screen.getByText('Je hebt 1 van de 9 taken helemaal ingevuld.')).toBeInTheDocument();
    // One growing task: liking Graag → 100, ability Nog niet → 0, all time in growing work → 100.
    expect(screen.getByTestId('match-figure')).toHaveTextContent('60 van de 100');
    expect(
      screen.getByText('Je hebt 1 van de 9 taken ingevuld. Het cijfer gaat alleen over die taken.'),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|undefined|null/);
    expect(
      screen.getByText('Je hebt nog te weinig ingevuld om te laten zien wat je energie geeft.'),
    ).toBeInTheDocument();
  });

  it('shows what changed since the earlier scan', () => {
    const earlierQuestionnaires = fixtureQuestionnaires();
    renderReport({
      earlier: {
        scan: earlierScan(earlierQuestionnaires),
        questionnaires: earlierQuestionnaires,
        answers: earlierAnswers,
      },
    });
    const change = screen.getByRole('region', { name: 'Wat is er veranderd?' });
    expect(change).toHaveTextContent('Je deed de scan eerder op 15 september 2025.');
    const rows = within(within(change).getByRole('table', { name: 'Je werk toen en nu' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Match met morgen325422 hoger');
    // R36: time shares in multiples of 5, the difference "ongeveer" (before: 71% → 56%, "15 lager").
    expect(rows[3]).toHaveTextContent('Tijd in werk dat minder wordt (ongeveer)70%55%ongeveer 15 lager');
    expect(change).toHaveTextContent('Dit werk staat nu bij "Hier ben je al sterk in". Toen nog niet:');
    expect(screen.getByTestId('nieuw-sterk')).toHaveTextContent('Inwoners helpen met digitale zaken');
    expect(change).toHaveTextContent(
      'Bovenaan stond toen: helpen en adviseren, contact met mensen en samenwerken. Nu staat bovenaan: helpen en adviseren, contact met mensen en digitaal werken.',
    );
  });

  it('shows questionnaire text with markup as plain text', () => {
    const [pack, ...rest] = questionnaires as [Questionnaire, ...Questionnaire[]];
    const tricky = structuredClone(pack);
    const first = tricky.sections[0]?.items[0];
    if (first?.kind === 'task') first.task = '<img src=x onerror="alert(1)"> Inwoners <b>helpen</b>';
    renderReport({ questionnaires: [tricky, ...rest] });
    expect(screen.getByTestId('lijst-sterk')).toHaveTextContent(
      '<img src=x onerror="alert(1)"> Inwoners <b>helpen</b>',
    );
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});
