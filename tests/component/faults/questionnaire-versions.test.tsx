/**
 * Questionnaires change over time. A scan taken on version 1 of the real Burgerzaken pack and
 * mindset list keeps its report after an HR adviser puts version 2 on the host (other trends,
 * other weights, a task gone, a new task), after the pack is taken off the host altogether, and
 * after the data moved to another device by export and import: the snapshots stored with the scan
 * (by hash) are what it is opened and scored with. Storage is IndexedDB (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { configure, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { allItems, type Questionnaire } from '../../../src/domain/format';
import { scoreScan } from '../../../src/domain/scoring';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import type { Repository } from '../../../src/storage/types';
import type { App as AppModel } from '../../../src/ui/routes';
import { preloadScreens } from '../../../src/ui/routes';
import { seededRandom } from '../../unit/faults/fuzz-tools';
import { realQuestionnaire, validAnswer } from '../../unit/faults/scan-data';
import { createTestApp, go, renderApp } from '../ui/helpers';

vi.mock('../../../src/report/charts/register', () => ({
  Chart: class {
    toBase64Image() {
      return 'data:image/png;base64,AAAA';
    }
    destroy() {}
  },
}));

const NAMES = ['burgerzaken.json', 'groeimindset.json', 'talent-motivatie.json'];
const V1 = Object.fromEntries(NAMES.map((name) => [name, realQuestionnaire(name)]));
// biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON.
type Raw = any;

function filesOf(contents: Record<string, unknown>): Record<string, string> {
  return {
    'index.json': JSON.stringify({ schemaVersion: 1, questionnaires: Object.keys(contents) }),
    ...Object.fromEntries(Object.entries(contents).map(([name, raw]) => [name, JSON.stringify(raw)])),
  };
}
const FILES_V1 = filesOf(Object.fromEntries(NAMES.map((name) => [name, V1[name]?.raw])));

/** Version 2 of the pack: every trend turned round, other weights, the first task gone, a new one. */
const PACK_V2: Raw = structuredClone(V1['burgerzaken.json']?.raw);
PACK_V2.version += 1;
PACK_V2.title = 'Burgerzaken, versie 2';
PACK_V2.scoring.taskShift.matchWeights = { liking: 10, ability: 10, timeShare: 80 };
const REMOVED_TASK = PACK_V2.sections[0].items.shift();
for (const section of PACK_V2.sections)
  for (const item of section.items)
    if (item.kind === 'task')
      item.trend = { krimpt: 'groeit', groeit: 'krimpt', blijft: 'blijft' }[item.trend as string];
PACK_V2.sections[0].items.push({
  ...structuredClone(REMOVED_TASK),
  id: 'nieuwe-taak',
  task: 'Een taak die er in versie 2 bij kwam',
  trend: 'groeit',
});
/** Version 2 of the mindset list: the scale turned round. */
const MINDSET_V2: Raw = structuredClone(V1['groeimindset.json']?.raw);
MINDSET_V2.version += 1;
for (const section of MINDSET_V2.sections)
  for (const item of section.items) if (item.kind === 'statement') item.reverse = !item.reverse;

const FILES_V2 = filesOf({
  'burgerzaken.json': PACK_V2,
  'groeimindset.json': MINDSET_V2,
  'talent-motivatie.json': V1['talent-motivatie.json']?.raw,
});
/** The pack taken off the host: only the lists every scan has are left. */
const FILES_WITHOUT_PACK = filesOf({
  'groeimindset.json': MINDSET_V2,
  'talent-motivatie.json': V1['talent-motivatie.json']?.raw,
});

function parsed(name: string, raw: unknown): Questionnaire {
  const result = parseQuestionnaire(name, raw);
  if (!result.ok) throw new Error(`${name}: ${result.problems[0]?.path} ${result.problems[0]?.message}`);
  return result.value;
}

async function saved(model: AppModel) {
  await waitFor(() => expect(model.saving.status.value).toBe('opgeslagen'));
}

beforeAll(async () => {
  configure({ asyncUtilTimeout: 5000 });
  await preloadScreens();
});
beforeEach(() => {
  window.history.replaceState(null, '', '#/');
});

describe('a scan taken on version 1', () => {
  let factory: IDBFactory;
  let repository: Repository;
  let scanId: string;
  let answers: Record<string, Record<string, unknown>>;
  const v1 = [
    parsed('burgerzaken.json', V1['burgerzaken.json']?.raw),
    ...NAMES.slice(1).map((n) => parsed(n, V1[n]?.raw)),
  ];
  const v2 = [parsed('burgerzaken.json', PACK_V2), parsed('groeimindset.json', MINDSET_V2), v1[2] as Questionnaire];

  beforeAll(async () => {
    factory = new IDBFactory();
    repository = await createIdbRepository({ indexedDB: factory });
    const { model } = await createTestApp({ repository, files: FILES_V1 });
    scanId = await model.library.startScan('burgerzaken');
    const scan = await model.open.open(scanId);
    const random = seededRandom(11);
    for (const questionnaire of scan.questionnaires)
      for (const item of allItems(questionnaire))
        expect(scan.answer(questionnaire.id, item.id, validAnswer(questionnaire, item, random))).toBeUndefined();
    scan.finish();
    await saved(model);
    answers = scan.answers.value as typeof answers;
    model.dispose();
  });

  it('scores differently on version 2, so the version matters', () => {
    const one = scoreScan(v1, answers as never);
    const two = scoreScan(v2, answers as never);
    expect(one.pack?.taskShift?.match.score).not.toBe(two.pack?.taskShift?.match.score);
    expect(one.results[1]?.scales).not.toEqual(two.results[1]?.scales);
  });

  for (const [label, files] of [
    ['after version 2 is put on the host', FILES_V2],
    ['after the pack is taken off the host', FILES_WITHOUT_PACK],
  ] as const)
    it(`opens and scores with version 1 ${label}`, async () => {
      const { model } = await createTestApp({ repository, files });
      const loadedVersions = model.catalog.questionnaires.value.map(
        (l) => `${l.questionnaire.id}@${l.questionnaire.version}`,
      );
      expect(loadedVersions).toContain(`groeimindset@${MINDSET_V2.version}`);
      const { model: opened } = await model.reports.loadReport(scanId);
      expect(opened.questionnaires).toEqual(v1);
      expect(opened.answers.value).toEqual(answers);
      const expected = scoreScan(v1, answers as never);
      expect(scoreScan(opened.questionnaires, opened.answers.value)).toEqual(expected);

      renderApp(model);
      go(`#/rapport/${scanId}`);
      const figure = await screen.findByTestId('match-figure');
      const shown = Math.round(expected.pack?.taskShift?.match.score ?? Number.NaN);
      const onVersion2 = Math.round(scoreScan(v2, answers as never).pack?.taskShift?.match.score ?? Number.NaN);
      expect(shown).not.toBe(onVersion2);
      expect(figure).toHaveTextContent(`${shown} van de 100`);
      expect(document.body).toHaveTextContent(REMOVED_TASK.task);
      expect(document.body).not.toHaveTextContent('Een taak die er in versie 2 bij kwam');
      expect(document.body).not.toHaveTextContent('Burgerzaken, versie 2');
      model.dispose();
    });

  it('keeps version 1 on another device, after export and import', async () => {
    const { model } = await createTestApp({ repository, files: FILES_V2 });
    const file = await model.transfer.exportFile();
    model.dispose();

    const elsewhere = await createIdbRepository({ indexedDB: new IDBFactory() });
    const { model: other } = await createTestApp({ repository: elsewhere, files: FILES_V2 });
    await other.transfer.importData(file.text);
    const { model: opened } = await other.reports.loadReport(scanId);
    expect(opened.questionnaires).toEqual(v1);
    expect(scoreScan(opened.questionnaires, opened.answers.value)).toEqual(scoreScan(v1, answers as never));
    // A new scan on that device takes version 2.
    const fresh = await other.open.open(await other.library.startScan('burgerzaken'));
    expect(fresh.questionnaires.map((q) => q.version)).toEqual([
      PACK_V2.version,
      MINDSET_V2.version,
      V1['talent-motivatie.json']?.questionnaire.version,
    ]);
    other.dispose();
    elsewhere.close();
  });
});
