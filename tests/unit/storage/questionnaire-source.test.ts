import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/hash';
import { loadQuestionnaires } from '../../../src/storage/questionnaire-source';

const FIXTURES = join(import.meta.dirname, '../../fixtures/questionnaires');
const pack = readFileSync(join(FIXTURES, 'takenpakket.json'), 'utf8');
const drivers = readFileSync(join(FIXTURES, 'drijfveren.json'), 'utf8');
const HOST = 'https://gemeente.example/intranet/hr/morgenscan/';

/** A host with these files under questionnaires/; `null` makes the network fail for that file. */
function fakeHost(files: Record<string, string | null>) {
  const requests: { url: string; cache: RequestCache | undefined }[] = [];
  const fetchFn = async (input: URL, init?: RequestInit) => {
    requests.push({ url: input.href, cache: init?.cache });
    const name = input.href.startsWith(`${HOST}questionnaires/`) ? input.href.slice(HOST.length + 15) : '';
    const body = files[name];
    if (body === null) throw new TypeError('Failed to fetch');
    if (body === undefined) return new Response('Niet gevonden', { status: 404 });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetchFn, requests };
}

const index = (...files: string[]) => JSON.stringify({ schemaVersion: 1, questionnaires: files });

describe('loadQuestionnaires', () => {
  it('loads the index, then every file, from a sub-folder of the host, asking past the cache', async () => {
    const host = fakeHost({
      'index.json': index('takenpakket.json', 'drijfveren.json'),
      'takenpakket.json': pack,
      'drijfveren.json': drivers,
    });
    const result = await loadQuestionnaires(`${HOST}index.html#/kies`, host.fetchFn);
    expect(result.problems).toEqual([]);
    expect(result.loaded.map((l) => [l.file, l.questionnaire.id])).toEqual([
      ['takenpakket.json', 'fixture-pakket'],
      ['drijfveren.json', 'fixture-drijfveren'],
    ]);
    expect(result.loaded[0]?.raw).toEqual(JSON.parse(pack));
    expect(result.loaded[0]?.hash).toBe(contentHash(JSON.parse(pack)));
    expect(host.requests.map((r) => r.url).sort()).toEqual([
      `${HOST}questionnaires/drijfveren.json`,
      `${HOST}questionnaires/index.json`,
      `${HOST}questionnaires/takenpakket.json`,
    ]);
    expect(host.requests.every((r) => r.cache === 'no-cache')).toBe(true);
  });

  it('leaves a broken file out with its problem named, and keeps the others usable', async () => {
    const wrongKey = JSON.stringify({ ...JSON.parse(drivers), id: 'ander-id', titel: 'Tikfout' });
    const host = fakeHost({
      'index.json': index(
        'takenpakket.json',
        'kapot.json',
        'tikfout.json',
        'drijfveren.json',
        'weg.json',
        'offline.json',
      ),
      'takenpakket.json': pack,
      'drijfveren.json': drivers,
      'kapot.json': '{\n  "schemaVersion": 1,\n  "id": "kapot"\n  "version": 1\n}',
      'tikfout.json': wrongKey,
      'offline.json': null,
    });
    const result = await loadQuestionnaires(HOST, host.fetchFn);
    expect(result.loaded.map((l) => l.file)).toEqual(['takenpakket.json', 'drijfveren.json']);
    expect(result.problems).toEqual([
      { file: 'kapot.json', path: '', message: 'Dit bestand is geen geldige JSON. Kijk bij regel 4, teken 3.' },
      {
        file: 'tikfout.json',
        path: '',
        message: 'Onbekend veld "titel". Controleer de spelling of haal het weg.',
      },
      { file: 'weg.json', path: '', message: 'Dit bestand kon niet worden opgehaald. De server gaf code 404.' },
      {
        file: 'offline.json',
        path: '',
        message: 'Dit bestand kon niet worden opgehaald. Controleer je verbinding en probeer het opnieuw.',
      },
    ]);
  });

  it('leaves out a second file with the same id, and a pack whose drivers are gone', async () => {
    const host = fakeHost({
      'index.json': index('takenpakket.json', 'drijfveren.json', 'kopie.json'),
      'takenpakket.json': pack,
      'drijfveren.json': drivers,
      'kopie.json': drivers,
    });
    const duplicate = await loadQuestionnaires(HOST, host.fetchFn);
    expect(duplicate.loaded.map((l) => l.file)).toEqual(['takenpakket.json', 'drijfveren.json']);
    expect(duplicate.problems).toEqual([
      { file: 'kopie.json', path: 'id', message: 'Het id "fixture-drijfveren" staat ook in drijfveren.json.' },
    ]);

    const withoutDrivers = fakeHost({
      'index.json': index('takenpakket.json', 'drijfveren.json'),
      'takenpakket.json': pack,
      'drijfveren.json': '[]',
    });
    const cascade = await loadQuestionnaires(HOST, withoutDrivers.fetchFn);
    expect(cascade.loaded).toEqual([]);
    expect(cascade.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'drijfveren.json ',
      'takenpakket.json scoring.taskShift.driverQuestionnaire',
    ]);
  });

  it('names it in the index when no task pack or no general questionnaire is listed', async () => {
    const noPack = 'Hier staat geen takenpakket (kind "takenpakket"). Zonder takenpakket kan niemand een scan starten.';
    const noList =
      'Hier staat geen vragenlijst voor iedereen (kind "vragenlijst"). Elke scan heeft er minstens één nodig.';
    const onlyDrivers = await loadQuestionnaires(
      HOST,
      fakeHost({ 'index.json': index('drijfveren.json'), 'drijfveren.json': drivers }).fetchFn,
    );
    expect(onlyDrivers.loaded.map((l) => l.file)).toEqual(['drijfveren.json']);
    expect(onlyDrivers.problems).toEqual([{ file: 'index.json', path: 'questionnaires', message: noPack }]);

    // The pack alone: its drivers are missing too, which its own file says.
    const onlyPack = await loadQuestionnaires(
      HOST,
      fakeHost({ 'index.json': index('takenpakket.json'), 'takenpakket.json': pack }).fetchFn,
    );
    expect(onlyPack.problems).toEqual([
      { file: 'index.json', path: 'questionnaires', message: noList },
      {
        file: 'takenpakket.json',
        path: 'scoring.taskShift.driverQuestionnaire',
        message: 'De vragenlijst "fixture-drijfveren" bestaat niet.',
      },
    ]);

    // A pack that is listed but broken is named in its own file, not as missing from the index.
    const brokenPack = JSON.stringify({ ...JSON.parse(pack), intro: '' });
    const broken = await loadQuestionnaires(
      HOST,
      fakeHost({
        'index.json': index('takenpakket.json', 'drijfveren.json'),
        'takenpakket.json': brokenPack,
        'drijfveren.json': drivers,
      }).fetchFn,
    );
    expect(broken.problems.map((p) => `${p.file} ${p.path}`)).toEqual(['takenpakket.json intro']);
    // And a file that cannot be read may be the pack: the index is not blamed for it.
    const unreadable = await loadQuestionnaires(
      HOST,
      fakeHost({ 'index.json': index('takenpakket.json', 'drijfveren.json'), 'drijfveren.json': drivers }).fetchFn,
    );
    expect(unreadable.problems.map((p) => `${p.file} ${p.path}`)).toEqual(['takenpakket.json ']);
  });

  it('says so when the index itself cannot be had or read', async () => {
    const missing = await loadQuestionnaires(HOST, fakeHost({}).fetchFn);
    expect(missing).toEqual({
      loaded: [],
      problems: [
        { file: 'index.json', path: '', message: 'Dit bestand kon niet worden opgehaald. De server gaf code 404.' },
      ],
    });
    const wrong = await loadQuestionnaires(
      HOST,
      fakeHost({ 'index.json': '{"schemaVersion":1,"questionnaires":[]}' }).fetchFn,
    );
    expect(wrong.loaded).toEqual([]);
    expect(wrong.problems).toEqual([
      { file: 'index.json', path: 'questionnaires', message: 'Deze lijst moet minstens 1 onderdeel hebben.' },
    ]);
  });

  it('does not check a file again that this tab already checked (same content), but does check a changed one', async () => {
    const host = fakeHost({
      'index.json': index('takenpakket.json', 'drijfveren.json'),
      'takenpakket.json': pack,
      'drijfveren.json': drivers,
    });
    const first = await loadQuestionnaires(HOST, host.fetchFn);
    const checkedPack = first.loaded[0]!;
    const again = await loadQuestionnaires(
      HOST,
      host.fetchFn,
      new Map([[checkedPack.hash, checkedPack.questionnaire]]),
    );
    // The very same object: it was taken from the map, not parsed anew.
    expect(again.loaded[0]?.questionnaire).toBe(checkedPack.questionnaire);
    expect(again.loaded[1]?.questionnaire).not.toBe(first.loaded[1]?.questionnaire);
    expect(again.loaded[1]?.questionnaire).toEqual(first.loaded[1]?.questionnaire);

    // A file whose content changed on the host has another hash: it is checked, and its problem shows.
    const edited = fakeHost({
      'index.json': index('takenpakket.json', 'drijfveren.json'),
      'takenpakket.json': JSON.stringify({ ...JSON.parse(pack), version: 'twee' }),
      'drijfveren.json': drivers,
    });
    const changed = await loadQuestionnaires(
      HOST,
      edited.fetchFn,
      new Map([[checkedPack.hash, checkedPack.questionnaire]]),
    );
    expect(changed.loaded.map((l) => l.file)).toEqual(['drijfveren.json']);
    expect(changed.problems.some((p) => p.file === 'takenpakket.json' && p.path === 'version')).toBe(true);

    // Too deep to even compare: refused with a message, like any other broken file.
    const deep = fakeHost({
      'index.json': index('takenpakket.json', 'drijfveren.json'),
      'takenpakket.json': `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      'drijfveren.json': drivers,
    });
    const refused = await loadQuestionnaires(
      HOST,
      deep.fetchFn,
      new Map([[checkedPack.hash, checkedPack.questionnaire]]),
    );
    expect(refused.loaded.map((l) => l.file)).toEqual(['drijfveren.json']);
    expect(refused.problems.filter((p) => p.file === 'takenpakket.json')).not.toEqual([]);
  });
});
