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

  it('shows the hand-worked match figure, its meaning and three things to talk about', () => {
    renderReport();
    expect(screen.getByTestId('match-figure')).toHaveTextContent('54 van de 100');
    expect(screen.getByText(/Je bent op weg/)).toBeInTheDocument();
    const talk = screen.getByRole('region', { name: 'Drie dingen om te bespreken' });
    const points = within(talk).getAllByRole('listitem');
    expect(points).toHaveLength(3);
    expect(points[0]).toHaveTextContent('Je bent al sterk in ‘Inwoners helpen met digitale zaken’.');
    expect(points[1]).toHaveTextContent('Je vindt ‘Lastige gesprekken voeren’ en ‘Samenwerken met ketenpartners’ leuk');
    expect(points[2]).toHaveTextContent('‘Paspoorten uitreiken’ en ‘Verhuizingen invoeren’ kost je nu veel tijd.');
  });

  it('labels every task with a word and an icon, not only a colour', () => {
    renderReport();
    const table = screen.getByRole('table', { name: 'Je taken en je antwoorden' });
    // One group of rows per trend, under a header with the trend's icon and word.
    const groups = [...table.querySelectorAll('tbody')];
    const heads = groups.map((group) => group.querySelector('th[scope="rowgroup"]'));
    expect(heads[0]).toHaveTextContent('Groeit Wordt meer of is nieuw (4 taken)');
    expect(heads[1]).toHaveTextContent('Blijft Blijft ongeveer gelijk (2 taken)');
    expect(heads[2]).toHaveTextContent('Krimpt Wordt minder (3 taken)');
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

  it('lists sterk, past bij je drijfveren, kansen and loslaten', () => {
    renderReport();
    expect(screen.getByTestId('lijst-sterk')).toHaveTextContent('Inwoners helpen met digitale zaken');
    // Each set of drivers is named once, with the growing tasks that fit it.
    expect(screen.getByTestId('lijst-passend')).toHaveTextContent(
      'Past bij Contact met mensen en Helpen en adviseren:Lastige gesprekken voeren',
    );
    expect(screen.getByTestId('lijst-kansen')).toHaveTextContent('Samenwerken met ketenpartners');
    expect(screen.getByTestId('lijst-loslaten')).toHaveTextContent('Paspoorten uitreikenVerhuizingen invoeren');
  });

  it('gives every chart a text alternative and a table with the same figures', async () => {
    renderReport();
    // The print images are drawn once the screen is idle.
    await waitFor(() => expect(document.querySelectorAll('img.chart-figure__print')).toHaveLength(2));
    // The print image has the same text; print CSS shows it instead of the canvas.
    const time = 'Staafdiagram van je tijd. Groeit: 22%. Blijft: 22%. Krimpt: 56%.';
    expect(document.querySelector('canvas[data-chart="tijd"]')).toHaveAccessibleName(time);
    expect(document.querySelector('img[data-chart-print="tijd"]')).toHaveAccessibleName(time);
    expect(document.querySelector('canvas[data-chart="drijfveren"]')).toHaveAccessibleName(
      'Webdiagram van je drijfveren, van 0 tot 100. Contact met mensen 88, Helpen en adviseren 100, Digitaal werken 75, Uitzoeken 38, Precies werken 38, Samenwerken 63.',
    );
    const drivers = screen.getByRole('table', { name: 'Je drijfveren' });
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
    expect(screen.getByTestId('leren-top')).toHaveTextContent('Feedback vragen (Leren van anderen)');
    const mix = screen.getByRole('table', { name: 'Je keuzes per soort leren' });
    expect(within(mix).getAllByRole('row')[1]).toHaveTextContent('Leren in de praktijk (70)360%');
    expect(screen.getByTestId('richting')).toHaveTextContent('In de scan koos je: Verbreding: er ander werk bij doen.');
  });

  it('explains how the match is computed with the weights from the questionnaire', () => {
    renderReport();
    const method = screen.getByRole('region', { name: 'Zo rekenen we' });
    expect(method).toHaveTextContent('Hoe graag je dit werk doet. Dit telt voor 40%. Jouw score: 88 van de 100.');
    expect(method).toHaveTextContent(
      'Hoeveel van je tijd je al aan dit werk besteedt. Dit telt voor 20%. Jouw deel: 22%.',
    );
    expect(method).toHaveTextContent('Samen geeft dat 54 van de 100.');
    expect(method).toHaveTextContent('Gemiddeld: 3 delen');
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
    expect(screen.getByText('Je hebt nog te weinig ingevuld om je drijfveren te laten zien.')).toBeInTheDocument();
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
    expect(rows[3]).toHaveTextContent('Tijd in werk dat krimpt71%56%15 lager');
    expect(change).toHaveTextContent('Nieuw sterk in groeiend werk: Inwoners helpen met digitale zaken.');
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
