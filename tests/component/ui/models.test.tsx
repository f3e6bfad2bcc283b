/**
 * The app and scan models over a memory repository: every answer reaches storage at once, a
 * failed write keeps the answer and is retried, a scan keeps its questionnaire version, and
 * export → delete all → import gives back exactly what was there.
 */
import { describe, expect, it } from 'vitest';
import { ScanOpenError } from '../../../src/state/open-scans';
import { createSaveQueue } from '../../../src/state/save-queue';
import { createMemoryRepository } from '../../../src/storage/memory';
import type { Repository } from '../../../src/storage/types';
import { hrefFor, parseHash, type Route } from '../../../src/ui/routes';
import { compareRows } from '../../../src/ui/screens/CompareScreen';
import { createTestApp, fixtureFiles, fixtureJson, manualTimers } from './helpers';

/** Answers every required question of the balie scan. */
function answerAll(model: Awaited<ReturnType<typeof startBalie>>['scan']) {
  for (const task of ['t-paspoort', 't-hulp', 't-archief', 't-fraude'])
    expect(model.answer('werk-balie', task, { time: 2, liking: 3, ability: 1 })).toBeUndefined();
  model.answer('mindset', 'm1', 4);
  model.answer('mindset', 'm2', 1);
  model.answer('talent', 'd-mensen', 4);
  model.answer('talent', 'd-zeker', 2);
  model.answer('talent', 'wil-kan', 'ja');
  model.answer('talent', 'leer-top', ['doen', 'coach']);
}

async function startBalie(repository?: Repository) {
  const app = await createTestApp({ repository });
  const scanId = await app.model.library.startScan('werk-balie');
  const scan = await app.model.open.open(scanId);
  return { ...app, scanId, scan };
}

describe('routes', () => {
  it('reads every screen from the hash and writes it back the same', () => {
    const routes: Route[] = [
      { name: 'start' },
      { name: 'kies' },
      { name: 'scan', scanId: 'abc-1', step: 3 },
      { name: 'scan', scanId: 'abc-1', step: null },
      { name: 'scans' },
      { name: 'vergelijk', a: 'x', b: 'y' },
      { name: 'rapport', scanId: 'abc-1' },
      { name: 'gegevens' },
      { name: 'problemen' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('treats a broken address as unknown, not as another screen', () => {
    expect(parseHash('#/scan/abc/0').name).toBe('onbekend');
    expect(parseHash('#/scan/abc/drie').name).toBe('onbekend');
    expect(parseHash('#/rapport').name).toBe('onbekend');
    expect(parseHash('#/kies/extra').name).toBe('onbekend');
    expect(parseHash('').name).toBe('start');
    expect(parseHash('#/').name).toBe('start');
  });
});

describe('the app model', () => {
  it('loads the questionnaires: packs to choose from, the rest for every scan', async () => {
    const { model } = await createTestApp();
    expect(model.startup.phase.value).toBe('klaar');
    expect(model.catalog.packs.value.map((l) => l.questionnaire.role)).toEqual(['Balie (test)', 'Buiten (test)']);
    expect(model.catalog.general.value.map((l) => l.questionnaire.id)).toEqual(['mindset', 'talent']);
    expect(model.catalog.problems.value).toEqual([]);
    expect(model.startup.repositoryKind.value).toBe('memory');
    // Balie: 2 sections + 4 tasks = 20 + 48 = 68 s; buiten: 10 + 24 = 34 s;
    // mindset 10 + 3 × 7 = 31 s; talent (10 + 14) + (10 + 10 + 6 × 5 + 0) = 74 s.
    // 68 + 105 = 173 s → 3 minutes; 34 + 105 = 139 s → 3 minutes.
    expect(model.catalog.minutes.value).toEqual({ min: 3, max: 3 });
  });

  it('keeps the valid questionnaires usable and names the broken file', async () => {
    const broken = fixtureJson('werk-buiten.json');
    broken.kleur = 'rood';
    const { model } = await createTestApp({
      files: fixtureFiles({ 'werk-buiten.json': JSON.stringify(broken) }),
    });
    expect(model.catalog.packs.value.map((l) => l.questionnaire.id)).toEqual(['werk-balie']);
    expect(model.catalog.problems.value).toEqual([
      { file: 'werk-buiten.json', path: '', message: expect.stringContaining('"kleur"') },
    ]);
  });

  it('starts a scan: the pack first, then every questionnaire, each with a stored snapshot', async () => {
    const { model, repository, scanId } = await startBalie();
    await waitSaved(model);
    const stored = await repository.getScan(scanId);
    expect(stored?.status).toBe('bezig');
    expect(stored?.step).toBe(0);
    expect(stored?.questionnaires.map((r) => `${r.id}@${r.version}`)).toEqual([
      'werk-balie@1',
      'mindset@1',
      'talent@1',
    ]);
    for (const ref of stored?.questionnaires ?? []) {
      const snapshot = await repository.getSnapshot(ref.hash);
      expect(snapshot?.content).toEqual(fixtureJson(`${ref.id}.json`));
    }
    expect(model.library.resumable.value?.scan.id).toBe(scanId);
    expect(model.library.resumable.value?.role).toBe('Balie (test)');
    // 2 + 1 + 2 sections, plus the overview.
    expect(model.library.resumable.value?.totalSteps).toBe(6);
  });

  it('writes every answer to storage the moment it is given', async () => {
    const { scan, repository, scanId, model } = await startBalie();
    scan.answer('werk-balie', 't-hulp', { time: 1 });
    scan.answer('mindset', 'm1', 3);
    await Promise.resolve();
    await waitSaved(model);
    expect(await repository.getAnswers(scanId)).toEqual({
      'werk-balie': { 't-hulp': { time: 1 } },
      mindset: { m1: 3 },
    });
    expect(model.saving.status.value).toBe('opgeslagen');
  });

  it('refuses an answer that does not fit the question, in Dutch', async () => {
    const { scan } = await startBalie();
    expect(scan.answer('mindset', 'm1', 7)).toBe('Het antwoord moet een heel getal van 1 tot en met 4 zijn.');
    expect(scan.answer('talent', 'leer-top', ['doen', 'coach', 'boek', 'cursus'])).toBe('Kies er hoogstens 3.');
    expect(scan.answerOf('mindset', 'm1')).toBeUndefined();
  });

  it('clears an emptied answer in storage too', async () => {
    const { scan, repository, scanId, model } = await startBalie();
    scan.answer('talent', 'leer-top', ['doen']);
    scan.answer('talent', 'wens', 'Meer buiten werken');
    await waitSaved(model);
    scan.answer('talent', 'leer-top', []);
    scan.answer('talent', 'wens', '');
    await waitSaved(model);
    expect(await repository.getAnswers(scanId)).toEqual({});
  });

  it('knows what is open, the step and the minutes left', async () => {
    const { scan, repository, scanId, model } = await startBalie();
    // 4 tasks, m1 and m2 (m3 is optional), 2 drivers, the single and the multi choice.
    expect(scan.openItems.value).toHaveLength(10);
    // The time model (estimate.ts), worked out by hand: five screens of 65, 53, 50, 38 and 67 words
    // (each distinct text once per screen) = 273 words, 91 s; 6 + 6 + 3 + 2 + 4 = 21 answers, 63 s;
    // 5 screens, 25 s. Together 179 s → 3 minutes.
    expect(scan.minutesLeft.value).toBe(3);
    answerAll(scan);
    expect(scan.openItems.value).toEqual([]);
    // Every screen is still read (91 s + 25 s); of the answers only m3 (optional) is left, 3 s
    // (the text counts none): 119 s → 2 minutes.
    expect(scan.minutesLeft.value).toBe(2);
    scan.visit(5);
    expect(scan.minutesLeft.value).toBe(0);
    scan.visit(3);
    expect(scan.progress.value).toEqual({ current: 4, total: 6 });
    expect(scan.next()).toBe(5);
    expect(scan.back()).toBe(4);
    scan.visit(99);
    expect(scan.progress.value).toEqual({ current: 6, total: 6 });
    expect(scan.next()).toBe(6);
    scan.visit(3);
    await waitSaved(model);
    expect((await repository.getScan(scanId))?.step).toBe(3);
  });

  it('a multi choice under its minimum stays open', async () => {
    const { scan } = await startBalie();
    scan.answer('talent', 'leer-top', []);
    expect(scan.openItems.value.some((o) => o.item.id === 'leer-top')).toBe(true);
  });

  it('finishes a scan once; the report then sees it as the earlier scan of a next one', async () => {
    const { scan, scanId, model, repository } = await startBalie();
    answerAll(scan);
    scan.finish();
    const finishedAt = scan.scan.value.finishedAt;
    scan.finish();
    expect(scan.scan.value.finishedAt).toBe(finishedAt);
    await waitSaved(model);
    expect((await repository.getScan(scanId))?.status).toBe('klaar');
    expect(model.library.resumable.value).toBeNull();

    const second = await model.library.startScan('werk-buiten');
    const report = await model.reports.loadReport(second);
    expect(report.earlier?.scan.id).toBe(scanId);
    expect(report.earlier?.answers.mindset).toEqual({ m1: 4, m2: 1 });
    expect(report.model.plan.value.goals).toBe('');
  });

  it('saves the plan through the scan model', async () => {
    const { scan, scanId, model, repository } = await startBalie();
    scan.updatePlan({ goals: 'Leren over fraude', hiddenSections: ['werk'] });
    await waitSaved(model);
    const plan = await repository.getPlan(scanId);
    expect(plan?.goals).toBe('Leren over fraude');
    expect(plan?.hiddenSections).toEqual(['werk']);
  });

  it('opens an old scan with the questionnaire version it was taken with', async () => {
    const repository = createMemoryRepository();
    const first = await createTestApp({ repository });
    const scanId = await first.model.library.startScan('werk-balie');
    await waitSaved(first.model);

    const newer = fixtureJson('mindset.json');
    newer.version = 2;
    (newer.sections as { title: string }[])[0]!.title = 'Nieuwe titel';
    const second = await createTestApp({
      repository,
      files: fixtureFiles({ 'mindset.json': JSON.stringify(newer) }),
    });
    const opened = await second.model.open.open(scanId);
    const mindset = opened.questionnaires.find((q) => q.id === 'mindset');
    expect(mindset?.version).toBe(1);
    expect(mindset?.sections[0]?.title).toBe('Hoe kijk je naar leren?');
    const fresh = await second.model.library.startScan('werk-balie');
    const freshModel = await second.model.open.open(fresh);
    expect(freshModel.questionnaires.find((q) => q.id === 'mindset')?.version).toBe(2);
  });

  it('lists stored scans from their snapshots when the host is gone, reading each version once', async () => {
    const repository = createMemoryRepository();
    const first = await createTestApp({ repository });
    for (let i = 0; i < 3; i++) await first.model.library.startScan('werk-balie');
    await waitSaved(first.model);

    const read: string[] = [];
    const counting: Repository = {
      ...repository,
      getSnapshot: (hash) => {
        read.push(hash);
        return repository.getSnapshot(hash);
      },
    };
    const { 'index.json': _gone, ...withoutIndex } = fixtureFiles();
    const second = await createTestApp({ repository: counting, files: withoutIndex });
    expect(second.model.catalog.questionnaires.value).toEqual([]);
    // Three scans of the same three questionnaire versions: three reads, not nine.
    expect(read).toHaveLength(3);
    expect(new Set(read).size).toBe(3);
    // werk-balie has 2 sections, mindset 1, talent 2: 5 screens and the overview.
    expect(second.model.library.scans.value.map((s) => [s.role, s.totalSteps])).toEqual([
      ['Balie (test)', 6],
      ['Balie (test)', 6],
      ['Balie (test)', 6],
    ]);
  });

  it('says in Dutch which questionnaire is broken when a scan cannot be opened', async () => {
    const repository = createMemoryRepository();
    const { model } = await createTestApp({ repository });
    await repository.putScan({
      id: 'kapot',
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
      finishedAt: null,
      status: 'bezig',
      packId: 'werk-balie',
      questionnaires: [{ id: 'werk-balie', version: 9, hash: '00000000000000' }],
      step: 0,
    });
    const error = await model.open.open('kapot').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanOpenError);
    expect((error as ScanOpenError).problems).toEqual([
      {
        file: 'werk-balie (versie 9)',
        path: '',
        message: 'Deze versie van de vragenlijst staat niet meer op dit apparaat.',
      },
    ]);
    await expect(model.open.open('bestaat-niet')).rejects.toThrow('Deze scan staat niet (meer) op dit apparaat.');
  });

  it('deletes one scan, or everything', async () => {
    const { model, repository, scanId } = await startBalie();
    const other = await model.library.startScan('werk-buiten');
    await waitSaved(model);
    await model.library.deleteScan(scanId);
    expect(model.library.scans.value.map((s) => s.scan.id)).toEqual([other]);
    expect(await repository.getScan(scanId)).toBeUndefined();
    await model.library.deleteAll();
    expect(model.library.scans.value).toEqual([]);
    expect(await repository.listScans()).toEqual([]);
  });

  it('export → delete all → import gives back every scan exactly', async () => {
    const { model, scan, repository } = await startBalie();
    answerAll(scan);
    scan.finish();
    scan.updatePlan({ name: 'Sam', goals: 'Meer met mensen' });
    const second = await model.library.startScan('werk-buiten');
    (await model.open.open(second)).answer('werk-buiten', 't-melding', { time: 1, liking: 2 });
    await waitSaved(model);
    const before = await repository.exportAll();

    const file = await model.transfer.exportFile();
    expect(file.name).toMatch(/^morgenscan-\d{4}-\d{2}-\d{2}\.json$/);
    await model.library.deleteAll();
    expect(await repository.listScans()).toEqual([]);

    const preview = await model.transfer.previewImport(file.text);
    expect(preview).toEqual({ scansNew: 2, scansSame: 0, scansUpdated: 0, scansKept: 0, answers: 11, plans: 1 });
    expect(await repository.listScans()).toEqual([]);
    await model.transfer.importData(file.text);
    const after = await repository.exportAll();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(model.library.scans.value).toHaveLength(2);
  });

  it('refuses a corrupted file and changes nothing', async () => {
    const { model, repository, scan } = await startBalie();
    scan.answer('mindset', 'm1', 2);
    await waitSaved(model);
    const before = await repository.exportAll();
    const text = (await model.transfer.exportFile()).text;
    await expect(model.transfer.previewImport(text.slice(0, text.length / 2))).rejects.toThrow(
      /Dit bestand is geen geldige JSON\. Kijk bij regel \d+, teken \d+\./,
    );
    const wrong = JSON.parse(text) as { scans: { status: string }[] };
    wrong.scans[0]!.status = 'half';
    await expect(model.transfer.importData(JSON.stringify(wrong))).rejects.toThrow('scans[0].status');
    expect({ ...(await repository.exportAll()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});

describe('when storage fails', () => {
  function flaky(): Repository & { failing: boolean } {
    const inner = createMemoryRepository();
    const repo = Object.create(inner) as Repository & { failing: boolean };
    repo.failing = true;
    repo.putAnswer = async (answer) => {
      if (repo.failing) throw new Error('Je antwoord is nog niet opgeslagen: de opslag op dit apparaat is vol.');
      return inner.putAnswer(answer);
    };
    return repo;
  }

  it('keeps the answer, says so in Dutch, retries, and export still has it', async () => {
    const repository = flaky();
    const { model, timers } = await createTestApp({ repository });
    const scanId = await model.library.startScan('werk-balie');
    const scan = await model.open.open(scanId);
    scan.answer('mindset', 'm1', 4);
    await settle();
    expect(model.saving.status.value).toBe('fout');
    expect(model.saving.error.value).toBe('Je antwoord is nog niet opgeslagen: de opslag op dit apparaat is vol.');
    expect(scan.answerOf('mindset', 'm1')).toBe(4);
    expect(timers.count()).toBe(1);

    const exported = JSON.parse((await model.transfer.exportFile()).text) as {
      answers: { itemId: string; value: unknown }[];
    };
    expect(exported.answers.map((a) => [a.itemId, a.value])).toEqual([['m1', 4]]);

    // A later answer tries the failed one again too.
    scan.answer('mindset', 'm2', 2);
    await settle();
    expect(model.saving.status.value).toBe('fout');

    repository.failing = false;
    timers.runAll();
    await settle();
    expect(model.saving.status.value).toBe('opgeslagen');
    expect(model.saving.error.value).toBeNull();
    expect(await repository.getAnswers(scanId)).toEqual({ mindset: { m1: 4, m2: 2 } });
  });
});

describe('the save queue', () => {
  it('writes the newest value of a key, after the one in flight', async () => {
    const queue = createSaveQueue({ timers: manualTimers() });
    const written: number[] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    void queue.save('a', async () => {
      await slow;
      written.push(1);
    });
    void queue.save('a', async () => {
      written.push(2);
    });
    void queue.save('a', async () => {
      written.push(3);
    });
    release();
    await queue.flush();
    expect(written).toEqual([1, 3]);
    expect(queue.status.value).toBe('opgeslagen');
  });
});

describe('comparing two scans', () => {
  it('puts the same scores side by side, with a gap where one scan has none', async () => {
    const { model, scan } = await startBalie();
    answerAll(scan);
    scan.finish();
    const second = await model.library.startScan('werk-balie');
    const next = await model.open.open(second);
    next.answer('mindset', 'm1', 1);
    const { first, second: other } = await model.comparisons.compare(scan.id, second);
    const rows = compareRows(first.result, other.result);
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, [r.first, r.second]]));
    // Mindset: m1 = 4 → 100, m2 = 1 reversed → 4 → 100; mean 100. Second scan: m1 = 1 → 0.
    expect(byLabel.Groeimindset).toEqual([100, 0]);
    // All tasks "Veel" (weight 3): growing t-hulp and t-fraude have 6 of 12 parts = 50 %.
    // (Row names per R30; 50 and 25 are already multiples of 5, R7.)
    expect(byLabel['Tijd aan werk dat meer wordt (ongeveer)']).toEqual([50, null]);
    expect(byLabel['Tijd aan werk dat minder wordt (ongeveer)']).toEqual([25, null]);
    // Liking 3 of 1..3 = 100, ability 1 = 0; match = (40 × 100 + 40 × 0 + 20 × 50) / 100 = 50.
    expect(byLabel['Match met morgen']).toEqual([50, null]);
    expect(byLabel['Mensen helpen']).toEqual([100, null]);
  });
});

async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

async function waitSaved(model: { saving: { status: { value: string }; pending: { value: number } } }) {
  for (let i = 0; i < 50 && (model.saving.pending.value > 0 || model.saving.status.value === 'bezig'); i++)
    await settle();
}
