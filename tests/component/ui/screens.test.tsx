/**
 * The screens with a real app model over a memory repository: what a person sees and does.
 * The report itself (chart.js) is replaced by a small stand-in that shows the props it gets.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportScreenProps } from '../../../src/report/ReportScreen';
import { createAppModel } from '../../../src/state/app';
import { createMemoryRepository } from '../../../src/storage/memory';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';
import { preloadScreens, router } from '../../../src/ui/routes';
import { createTestApp, fixtureFiles, fixtureJson, go, renderApp, testServices, tick } from './helpers';

vi.mock('../../../src/report/ReportScreen.tsx', () => ({
  default: (props: ReportScreenProps) => (
    <div>
      <h1>Rapport (stand-in)</h1>
      <p>status: {props.scan.status}</p>
      <p>lijsten: {props.questionnaires.map((q) => q.id).join(',')}</p>
      <p>mindset m1: {String(props.answers.mindset?.m1)}</p>
      <p>doelen: {props.plan.goals}</p>
      <p>eerder: {props.earlier ? props.earlier.scan.id : 'geen'}</p>
      <button type="button" onClick={() => props.onPlanChange({ goals: 'Leren over fraude' })}>
        Vul een doel in
      </button>
    </div>
  ),
}));

beforeAll(async () => {
  configure({ asyncUtilTimeout: 4000 });
  await preloadScreens();
});
beforeEach(() => {
  window.history.replaceState(null, '', '#/');
});
afterEach(() => {
  document.title = '';
});

async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function radio(groupName: RegExp | string, option: string) {
  return within(screen.getByRole('group', { name: groupName })).getByRole('radio', { name: option });
}

describe('the start screen', () => {
  it('says how long it takes and what happens with your data', async () => {
    const { model } = await createTestApp();
    renderApp(model);
    expect(screen.getByRole('heading', { level: 1, name: 'Morgenscan' })).toBeVisible();
    expect(screen.getByText('Ongeveer 3 minuten.')).toBeVisible();
    expect(screen.getByText('Alles blijft in deze browser, op dit apparaat.')).toBeVisible();
    expect(screen.getByText('Je werkgever kan je antwoorden dus niet zien.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Start de scan' })).toHaveAttribute('href', '#/kies');
    expect(screen.queryByRole('link', { name: 'Ga verder waar je was' })).toBeNull();
  });

  it('offers to continue an unfinished scan on the screen where you were', async () => {
    const { model } = await createTestApp();
    const scanId = await model.library.startScan('werk-balie');
    (await model.open.open(scanId)).visit(2);
    renderApp(model);
    const resume = screen.getByRole('link', { name: 'Ga verder waar je was' });
    expect(resume).toHaveAttribute('href', `#/scan/${scanId}`);
    expect(screen.getByText('Je was bij stap 3 van 6.')).toBeVisible();
  });

  it('shows the broken files and keeps the rest usable', async () => {
    const broken = fixtureJson('werk-buiten.json');
    (broken.sections as { items: { trend: string }[] }[])[0]!.items[0]!.trend = 'stijgt';
    const { model } = await createTestApp({ files: fixtureFiles({ 'werk-buiten.json': JSON.stringify(broken) }) });
    renderApp(model);
    expect(screen.getByText(/Niet alle vragenlijsten zijn in orde/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Bekijk welke bestanden een fout hebben' })).toHaveAttribute(
      'href',
      '#/problemen',
    );
    go('#/problemen');
    await screen.findByRole('heading', { level: 1, name: 'Sommige vragenlijsten hebben een fout' });
    const file = screen.getByRole('region', { name: 'Bestand werk-buiten.json' });
    expect(within(file).getByText('sections[0].items[0].trend')).toBeVisible();
    expect(within(file).getByText(/Deze waarde kan niet\. Kies uit: "groeit", "blijft", "krimpt"\./)).toBeVisible();
    expect(screen.getByText(/Balie \(test\)/)).toBeVisible();
  });
});

describe('choosing your work and taking the scan', () => {
  it('asks to choose first, then starts the scan on step 1', async () => {
    const { model } = await createTestApp();
    go('#/kies');
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Kies je werk' });
    fireEvent.click(screen.getByRole('button', { name: 'Begin met de vragen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies eerst je werk.');
    fireEvent.click(screen.getByRole('radio', { name: /Balie \(test\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Begin met de vragen' }));
    await screen.findByRole('heading', { level: 1, name: 'Werk met klanten' });
    expect(model.route.current.value).toMatchObject({ name: 'scan', step: 1 });
    expect(screen.getByText('Stap 1 van 6')).toBeVisible();
    expect(screen.getByText('Nog ongeveer 3 minuten')).toBeVisible();
  });

  it('shows each task with its trend in words and saves three answers', async () => {
    const { model, repository } = await createTestApp();
    const scanId = await model.library.startScan('werk-balie');
    go(`#/scan/${scanId}/1`);
    renderApp(model);
    const task = await screen.findByRole('group', { name: /^Paspoort aanvragen\W+Wordt minder$/ });
    expect(within(task).getByText('Wordt minder')).toBeVisible();
    expect(screen.getByRole('group', { name: /^Klanten helpen met digitale zaken\W+Wordt meer$/ })).toBeVisible();
    // The questionnaire's intro stands on its first screen.
    expect(screen.getByText('Testpakket met taken aan de balie.')).toBeVisible();

    // Each question names its task, so it is clear on its own (a screen reader's list of groups).
    const time = within(task).getByRole('group', { name: 'Hoeveel tijd kost het nu? (Paspoort aanvragen)' });
    fireEvent.click(within(time).getByRole('radio', { name: 'Veel' }));
    fireEvent.click(
      within(within(task).getByRole('group', { name: 'Doe je het graag? (Paspoort aanvragen)' })).getByLabelText(
        'Graag',
      ),
    );
    fireEvent.click(
      within(within(task).getByRole('group', { name: 'Kun je het? (Paspoort aanvragen)' })).getByLabelText('Goed'),
    );
    await settle();
    expect(await repository.getAnswers(scanId)).toEqual({
      'werk-balie': { 't-paspoort': { time: 2, liking: 3, ability: 3 } },
    });
    expect(screen.getByText('Opgeslagen')).toBeVisible();
    expect(within(time).getByRole('radio', { name: 'Veel' })).toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: 'Ga verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Werk achter de schermen' });
    expect(screen.getByRole('link', { name: 'Ga terug' })).toHaveAttribute('href', `#/scan/${scanId}/1`);
    expect(screen.getByRole('group', { name: /^Fraude herkennen\W+Wordt meer\W*Nieuw$/ })).toHaveTextContent('Nieuw');
  });

  it('a statement is a fieldset with the scale as radios; an optional one says so', async () => {
    const { model, repository } = await createTestApp();
    const scanId = await model.library.startScan('werk-balie');
    go(`#/scan/${scanId}/3`);
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Hoe kijk je naar leren?' });
    fireEvent.click(radio('Ik kan nieuwe dingen leren.', 'Eens'));
    expect(screen.getByRole('group', { name: /Fouten helpen me verder\.\s*\(mag je overslaan\)/ })).toBeVisible();
    expect(screen.getByText('Denk aan je laatste fout.')).toBeVisible();
    await settle();
    expect((await repository.getAnswers(scanId)).mindset).toEqual({ m1: 3 });
  });

  it('refuses a fourth choice when at most three may be chosen', async () => {
    const { model, repository } = await createTestApp();
    const scanId = await model.library.startScan('werk-balie');
    go(`#/scan/${scanId}/5`);
    renderApp(model);
    const group = await screen.findByRole('group', { name: /Hoe leer je het liefst\?/ });
    for (const label of ['Door het te doen', 'Een cursus', 'Met een coach'])
      fireEvent.click(within(group).getByRole('checkbox', { name: label }));
    expect(within(group).getByText('3 van 3 gekozen')).toBeVisible();
    const fourth = within(group).getByRole('checkbox', { name: 'Een boek lezen' });
    fireEvent.click(fourth);
    expect(fourth).not.toBeChecked();
    expect(within(group).getByRole('alert')).toHaveTextContent('Kies er hoogstens 3. Haal eerst een vinkje weg.');
    await settle();
    // Stored in the order of the options, not the order of clicking.
    expect((await repository.getAnswers(scanId)).talent).toEqual({ 'leer-top': ['doen', 'coach', 'cursus'] });

    const field = screen.getByRole('textbox', { name: /Wat wil je nog kwijt\?/ });
    fireEvent.input(field, { target: { value: 'Meer buiten werken' } });
    expect(screen.getByText('18 van 200 tekens')).toBeVisible();
    await settle();
    expect((await repository.getAnswers(scanId)).talent?.wens).toBe('Meer buiten werken');
  });

  it('lists what is still open before finishing, then opens the report', async () => {
    const { model, repository } = await createTestApp();
    const scanId = await model.library.startScan('werk-balie');
    const scan = await model.open.open(scanId);
    for (const task of ['t-paspoort', 't-hulp', 't-archief', 't-fraude'])
      scan.answer('werk-balie', task, { time: 1, liking: 2, ability: 2 });
    scan.answer('mindset', 'm1', 4);
    go(`#/scan/${scanId}/6`);
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Bijna klaar: je overzicht' });
    expect(screen.getByText('Er staan nog 5 vragen open.')).toBeVisible();
    const list = screen.getByRole('list', { name: 'Open vragen' });
    expect(within(list).getByRole('link', { name: 'Stap 3: Hoe kijk je naar leren?' })).toHaveAttribute(
      'href',
      `#/scan/${scanId}/3`,
    );
    expect(within(list).getByText('Mijn talent staat vast.')).toBeVisible();
    expect(within(list).getByRole('link', { name: 'Stap 5: Jouw keuzes' })).toBeVisible();
    expect(within(list).queryByText('Wat wil je nog kwijt?')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Maak de scan af' }));
    await screen.findByRole('heading', { name: 'Rapport (stand-in)' });
    expect(screen.getByText('status: klaar')).toBeVisible();
    expect(screen.getByText('lijsten: werk-balie,mindset,talent')).toBeVisible();
    expect(screen.getByText('mindset m1: 4')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Vul een doel in' }));
    expect(await screen.findByText('doelen: Leren over fraude')).toBeVisible();
    await settle();
    expect((await repository.getPlan(scanId))?.goals).toBe('Leren over fraude');
    expect((await repository.getScan(scanId))?.status).toBe('klaar');
  });

  it('after a reload, comes back on the step where you were with every answer', async () => {
    const repository = createMemoryRepository();
    const first = await createTestApp({ repository });
    const scanId = await first.model.library.startScan('werk-balie');
    const scan = await first.model.open.open(scanId);
    scan.answer('mindset', 'm1', 2);
    scan.visit(2);
    await first.model.transfer.exportData();

    const second = await createTestApp({ repository });
    go(`#/scan/${scanId}`);
    renderApp(second.model);
    await screen.findByRole('heading', { level: 1, name: 'Hoe kijk je naar leren?' });
    expect(second.model.route.current.value).toEqual({ name: 'scan', scanId, step: 3 });
    expect(radio('Ik kan nieuwe dingen leren.', 'Oneens')).toBeChecked();
  });
});

describe('opening a scan at its address', () => {
  it('shows the step from the copy stored with the scan, without waiting for the files on the host', async () => {
    const repository = createMemoryRepository();
    const first = await createTestApp({ repository });
    const scanId = await first.model.library.startScan('werk-balie');
    (await first.model.open.open(scanId)).answer('mindset', 'm1', 2);
    await first.model.transfer.exportData();

    // The host never answers: the files of questionnaires/ do not arrive at all.
    const offline = createAppModel({
      router,
      services: async () => ({ ...testServices(repository), loadQuestionnaires: () => new Promise(() => {}) }),
      now: tick,
    });
    void offline.startup.load();
    go(`#/scan/${scanId}/3`);
    renderApp(offline);
    await screen.findByRole('heading', { level: 1, name: 'Hoe kijk je naar leren?' });
    expect(radio('Ik kan nieuwe dingen leren.', 'Oneens')).toBeChecked();
    expect(offline.startup.phase.value).toBe('laden');
  });

  it('shows the report from what is stored as well, with the earlier scan to compare', async () => {
    const repository = createMemoryRepository();
    const first = await createTestApp({ repository, ids: ['eerder', 'nu'] });
    for (const id of ['eerder', 'nu']) {
      await first.model.library.startScan('werk-balie');
      const scan = await first.model.open.open(id);
      scan.answer('mindset', 'm1', id === 'eerder' ? 1 : 2);
      scan.finish();
    }
    await first.model.transfer.exportData();

    const offline = createAppModel({
      router,
      services: async () => ({ ...testServices(repository), loadQuestionnaires: () => new Promise(() => {}) }),
      now: tick,
    });
    void offline.startup.load();
    go('#/rapport/nu');
    renderApp(offline);
    expect(await screen.findByText('mindset m1: 2')).toBeVisible();
    expect(screen.getByText('eerder: eerder')).toBeVisible();
    expect(offline.startup.phase.value).toBe('laden');
  });
});

function cardsOnScreen(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Je scans, de nieuwste eerst' })).getAllByRole('listitem');
}

describe('my scans', () => {
  it('lists scans with date, work and status, and deletes one only after confirming', async () => {
    const { model, repository } = await createTestApp();
    const done = await model.library.startScan('werk-balie');
    (await model.open.open(done)).finish();
    const busy = await model.library.startScan('werk-buiten');
    await model.transfer.exportData();
    go('#/scans');
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Mijn scans' });
    const cards = cardsOnScreen();
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(
      /2 maart 2026 om .*, Buiten \(test\)/,
    );
    expect(cards[0]).toHaveTextContent('Nog bezig, stap 1 van 5');
    expect(within(cards[0]!).getByRole('link', { name: /Ga verder met de scan van/ })).toHaveAttribute(
      'href',
      `#/scan/${busy}`,
    );
    expect(cards[1]).toHaveTextContent('Klaar');
    expect(within(cards[1]!).getByRole('link', { name: /Open het rapport van/ })).toHaveAttribute(
      'href',
      `#/rapport/${done}`,
    );

    fireEvent.click(within(cards[1]!).getByRole('button', { name: /Verwijder de scan van/ }));
    expect(screen.getByText(/Je antwoorden en je plan bij deze scan zijn dan weg\./)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Nee, bewaar de scan' }));
    expect(cardsOnScreen()).toHaveLength(2);

    fireEvent.click(within(cardsOnScreen()[1]!).getByRole('button', { name: /Verwijder/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijder deze scan' }));
    expect(await screen.findByText('De scan is verwijderd.')).toBeVisible();
    expect(cardsOnScreen()).toHaveLength(1);
    expect(await repository.getScan(done)).toBeUndefined();
    expect(screen.getByText('Vergelijken kan als je twee scans hebt afgemaakt.')).toBeVisible();
  });

  it('compares two finished scans side by side', async () => {
    const { model } = await createTestApp();
    const first = await model.library.startScan('werk-balie');
    const a = await model.open.open(first);
    a.answer('mindset', 'm1', 4);
    a.finish();
    const second = await model.library.startScan('werk-balie');
    const b = await model.open.open(second);
    b.answer('mindset', 'm1', 2);
    b.finish();
    go('#/scans');
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Mijn scans' });
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijk de scans' }));
    await screen.findByRole('heading', { level: 1, name: 'Twee scans naast elkaar' });
    expect(model.route.current.value).toEqual({ name: 'vergelijk', a: first, b: second });
    const row = screen.getByRole('row', { name: /Groeimindset/ });
    // m1 = 4 of 4 → 100; m1 = 2 of 4 → 33 (one third of the way from 1 to 4).
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['100', '33']);
  });
});

describe('my data', () => {
  function chooseFile(content: string, name = 'morgenscan-2026-03-02.json') {
    const input = screen.getByLabelText('Kies een bestand') as HTMLInputElement;
    const file = new File([content], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  }

  it('shows what a file contains and changes nothing until you confirm', async () => {
    const source = await createTestApp();
    const scanId = await source.model.library.startScan('werk-balie');
    (await source.model.open.open(scanId)).answer('mindset', 'm1', 3);
    const file = await source.model.transfer.exportFile();

    const { model, repository } = await createTestApp();
    go('#/gegevens');
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    chooseFile(file.text);
    const preview = await screen.findByRole('region', { name: 'Dit staat in het bestand' });
    expect(within(preview).getByText('1 nieuwe scan')).toBeVisible();
    expect(within(preview).getByText('1 antwoord')).toBeVisible();
    expect(await repository.listScans()).toEqual([]);
    fireEvent.click(within(preview).getByRole('button', { name: 'Stop, verander niets' }));
    expect(await screen.findByText('Er is niets veranderd.')).toBeVisible();
    expect(await repository.listScans()).toEqual([]);

    chooseFile(file.text);
    fireEvent.click(await screen.findByRole('button', { name: 'Zet de gegevens terug' }));
    expect(await screen.findByText('Klaar. Je gegevens zijn teruggezet. Je hebt nu 1 scan.')).toBeVisible();
    expect((await repository.getAnswers(scanId)).mindset).toEqual({ m1: 3 });
  });

  it('refuses a bad file with a Dutch message that says what is wrong', async () => {
    const { model, repository } = await createTestApp();
    const scanId = await model.library.startScan('werk-balie');
    await model.transfer.exportData();
    go('#/gegevens');
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    chooseFile('{"format": "iets anders"');
    const alert = await screen.findByText('Dit bestand kunnen we niet gebruiken');
    const box = alert.closest('.utrecht-alert') as HTMLElement;
    expect(box).toHaveTextContent(/Dit bestand is geen geldige JSON\./);
    expect(box).toHaveTextContent('Er is niets veranderd aan je gegevens.');
    expect(screen.queryByRole('button', { name: 'Zet de gegevens terug' })).toBeNull();
    expect((await repository.listScans()).map((s) => s.id)).toEqual([scanId]);

    chooseFile(JSON.stringify({ format: 'morgenscan-export', formatVersion: 1, exportedAt: 'gisteren' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('exportedAt'));
    expect((await repository.listScans()).map((s) => s.id)).toEqual([scanId]);
  });

  it('deletes everything only after a confirmation that says what will be gone', async () => {
    const { model, repository } = await createTestApp();
    await model.library.startScan('werk-balie');
    await model.library.startScan('werk-buiten');
    await model.transfer.exportData();
    go('#/gegevens');
    renderApp(model);
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder al mijn gegevens' }));
    const confirm = screen.getByRole('region', { name: 'Weet je het zeker?' });
    expect(confirm).toHaveTextContent('Je 2 scans, met alle antwoorden.');
    expect(confirm).toHaveTextContent('Je ontwikkelplannen en je keuzes voor het rapport.');
    expect(confirm).toHaveTextContent('Dit kun je niet ongedaan maken.');
    expect(confirm).toHaveFocus();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, verwijder alles' }));
    expect(await screen.findByText('Al je gegevens zijn verwijderd.')).toBeVisible();
    expect(await repository.listScans()).toEqual([]);
  });
});

describe('when a screen breaks', () => {
  it('offers a way back to the start and a way to save your data', async () => {
    const { model } = await createTestApp();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('kapot');
    }
    render(
      <ErrorBoundary model={model}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ga naar de start' })).toHaveAttribute('href', '#/');
    expect(screen.getByRole('button', { name: 'Download je gegevens' })).toBeVisible();
    expect(screen.getByText('kapot')).toBeVisible();
    spy.mockRestore();
  });

  it('an unknown address gets a page that says so', async () => {
    const { model } = await createTestApp();
    go('#/bestaat/niet/echt/zo');
    renderApp(model);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  });
});
