/**
 * What every repository does, written once and run for both the IndexedDB and the memory one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/hash';
import { ImportError, StorageError } from '../../../src/storage/errors';
import { parseExportText } from '../../../src/storage/export-format';
import { createMemoryRepository } from '../../../src/storage/memory';
import type { ExportFile, Repository } from '../../../src/storage/types';
import { answer, MINDSET, PACK, plan, scan, snapshot } from './sample-data';

/** An export without its time stamp, as text: equal text means byte-for-byte equal data. */
export async function exportText(repo: Repository): Promise<string> {
  const { exportedAt: _ignored, ...rest } = await repo.exportAll();
  return JSON.stringify(rest);
}

/** Two scans with answers, plans and their snapshots. */
export async function fillRepository(repo: Repository): Promise<void> {
  await repo.putSnapshot(PACK);
  await repo.putSnapshot(MINDSET);
  await repo.putScan(scan('scan-a', '2025-03-01T10:00:00.000Z'));
  await repo.putScan(
    scan('scan-b', '2025-03-02T10:00:00.000Z', { status: 'klaar', finishedAt: '2025-03-02T10:00:00.000Z' }),
  );
  await repo.putAnswer(answer('scan-a', 'gm-1', 4));
  await repo.putAnswer(answer('scan-a', 'taak-balie', { time: 3, liking: 2, ability: 4 }, PACK.id));
  await repo.putAnswer(answer('scan-a', 'gm-keuze', ['meelopen', 'cursus']));
  await repo.putAnswer(answer('scan-b', 'gm-1', 2));
  await repo.putAnswer(answer('scan-b', 'gm-open', 'Ik wil graag meer met mensen werken.'));
  await repo.putPlan(plan('scan-a'));
  await repo.putPlan(plan('scan-b', 'Leren werken met het nieuwe zaaksysteem.'));
  await repo.putSetting('persistentieGevraagd', true);
}

/** The file with other content for the mindset snapshot: its hash (and the scans' refs) follow. */
function withMindsetContent(
  file: ExportFile,
  change: (content: Record<string, unknown>) => Record<string, unknown>,
): ExportFile {
  const content = change(MINDSET.content as Record<string, unknown>);
  const hash = contentHash(content);
  return {
    ...file,
    snapshots: file.snapshots.map((s) => (s.hash === MINDSET.hash ? { ...s, content, hash } : s)),
    scans: file.scans.map((scan) => ({
      ...scan,
      questionnaires: scan.questionnaires.map((ref) => (ref.hash === MINDSET.hash ? { ...ref, hash } : ref)),
    })),
  };
}

export function describeRepository(name: string, open: () => Promise<Repository>): void {
  describe(`${name}: behaviour every repository shares`, () => {
    let repo: Repository;
    beforeEach(async () => {
      repo = await open();
    });
    afterEach(() => repo.close());

    it('starts empty', async () => {
      expect(await repo.listScans()).toEqual([]);
      expect(await repo.getScan('scan-a')).toBeUndefined();
      expect(await repo.getAnswers('scan-a')).toEqual({});
      expect(await repo.getPlan('scan-a')).toBeUndefined();
      expect(await repo.getSnapshot(PACK.hash)).toBeUndefined();
      expect(await repo.getSetting('x')).toBeUndefined();
    });

    it('keeps a scan and updates it in place', async () => {
      await repo.putScan(scan('scan-a'));
      await repo.putScan({ ...scan('scan-a', '2025-03-01T11:00:00.000Z'), step: 5 });
      expect(await repo.getScan('scan-a')).toEqual({ ...scan('scan-a', '2025-03-01T11:00:00.000Z'), step: 5 });
      expect(await repo.listScans()).toHaveLength(1);
    });

    it('lists scans with the one worked on last first', async () => {
      await repo.putScan(scan('scan-oud', '2025-01-01T10:00:00.000Z'));
      await repo.putScan(scan('scan-nieuw', '2025-03-01T10:00:00.000Z'));
      await repo.putScan(scan('scan-midden', '2025-02-01T10:00:00.000Z'));
      expect((await repo.listScans()).map((s) => s.id)).toEqual(['scan-nieuw', 'scan-midden', 'scan-oud']);
    });

    it('hands out copies: changing a record outside never changes what is stored', async () => {
      const record = scan('scan-a');
      await repo.putScan(record);
      record.step = 99;
      const read = await repo.getScan('scan-a');
      expect(read?.step).toBe(2);
      if (read) read.questionnaires.length = 0;
      expect((await repo.getScan('scan-a'))?.questionnaires).toHaveLength(2);
      const value = ['meelopen'];
      await repo.putAnswer(answer('scan-a', 'gm-keuze', value));
      value.push('cursus');
      expect(await repo.getAnswers('scan-a')).toEqual({ groeimindset: { 'gm-keuze': ['meelopen'] } });
    });

    it('keeps one answer per item and groups them per questionnaire', async () => {
      await repo.putScan(scan('scan-a'));
      await repo.putScan(scan('scan-b'));
      await repo.putAnswer(answer('scan-a', 'gm-1', 2));
      await repo.putAnswer(answer('scan-a', 'gm-1', 5));
      await repo.putAnswer(answer('scan-a', 'taak-balie', { time: 1 }, PACK.id));
      await repo.putAnswer(answer('scan-b', 'gm-1', 3));
      expect(await repo.getAnswers('scan-a')).toEqual({
        groeimindset: { 'gm-1': 5 },
        burgerzaken: { 'taak-balie': { time: 1 } },
      });
      await repo.deleteAnswer('scan-a', MINDSET.id, 'gm-1');
      expect(await repo.getAnswers('scan-a')).toEqual({ burgerzaken: { 'taak-balie': { time: 1 } } });
      expect(await repo.getAnswers('scan-b')).toEqual({ groeimindset: { 'gm-1': 3 } });
    });

    it('refuses an answer of the wrong shape with a Dutch message, and stores nothing', async () => {
      const bad = { ...answer('scan-a', 'gm-1', 1), value: { tijd: 3 } } as never;
      const error = await repo.putAnswer(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as Error).message).toMatch(/^Je antwoord is nog niet opgeslagen: de gegevens hebben niet/);
      expect((error as StorageError).retry).toBe(false);
      expect(await repo.getAnswers('scan-a')).toEqual({});
    });

    it('refuses a snapshot whose content does not match its hash', async () => {
      const error = await repo.putSnapshot({ ...PACK, hash: MINDSET.hash }).catch((e: unknown) => e);
      expect((error as Error).message).toBe(
        'Je gegevens zijn nog niet opgeslagen: de inhoud van de vragenlijst past niet bij de hash.',
      );
      expect(await repo.getSnapshot(MINDSET.hash)).toBeUndefined();
    });

    it('keeps snapshots, plans and settings', async () => {
      await repo.putSnapshot(PACK);
      expect(await repo.getSnapshot(PACK.hash)).toEqual(PACK);
      await repo.putPlan(plan('scan-a'));
      await repo.putPlan(plan('scan-a', 'Beter leren plannen.'));
      expect(await repo.getPlan('scan-a')).toEqual(plan('scan-a', 'Beter leren plannen.'));
      await repo.putSetting('lettergrootte', { stap: 2 });
      expect(await repo.getSetting('lettergrootte')).toEqual({ stap: 2 });
    });

    it('deletes a scan with its answers and plan, and leaves other scans alone', async () => {
      await fillRepository(repo);
      await repo.deleteScan('scan-a');
      expect(await repo.getScan('scan-a')).toBeUndefined();
      expect(await repo.getAnswers('scan-a')).toEqual({});
      expect(await repo.getPlan('scan-a')).toBeUndefined();
      expect((await repo.listScans()).map((s) => s.id)).toEqual(['scan-b']);
      expect(await repo.getAnswers('scan-b')).toEqual({
        groeimindset: { 'gm-1': 2, 'gm-open': 'Ik wil graag meer met mensen werken.' },
      });
      expect(await repo.getPlan('scan-b')).toBeDefined();
    });

    it('deletes everything at once', async () => {
      await fillRepository(repo);
      await repo.deleteAll();
      expect(await repo.listScans()).toEqual([]);
      expect(await repo.getAnswers('scan-b')).toEqual({});
      expect(await repo.getSnapshot(PACK.hash)).toBeUndefined();
      expect(await repo.getSetting('persistentieGevraagd')).toBeUndefined();
      expect(await exportText(repo)).toBe(
        '{"format":"morgenscan-export","formatVersion":1,"scans":[],"answers":[],"snapshots":[],"plans":[]}',
      );
    });

    it('exports everything, and an import after deleting restores it exactly', async () => {
      await fillRepository(repo);
      const file = await repo.exportAll();
      expect(file.scans.map((s) => s.id)).toEqual(['scan-a', 'scan-b']);
      expect(file.answers).toHaveLength(5);
      expect(file.snapshots).toHaveLength(2);
      expect(file.plans).toHaveLength(2);
      const before = await exportText(repo);
      const asText = JSON.stringify(file);
      await repo.deleteAll();
      const data = parseExportText(asText);
      expect(await repo.previewImport(data)).toEqual({
        scansNew: 2,
        scansSame: 0,
        scansUpdated: 0,
        scansKept: 0,
        answers: 5,
        plans: 2,
      });
      expect(await exportText(repo)).toContain('"scans":[]');
      await repo.importAll(data);
      expect(await exportText(repo)).toBe(before);
      expect(await repo.getAnswers('scan-a')).toEqual({
        groeimindset: { 'gm-1': 4, 'gm-keuze': ['meelopen', 'cursus'] },
        burgerzaken: { 'taak-balie': { time: 3, liking: 2, ability: 4 } },
      });
    });

    it('imports the same file twice without duplicates', async () => {
      await fillRepository(repo);
      const file = await repo.exportAll();
      const before = await exportText(repo);
      expect(await repo.importAll(file)).toEqual({
        scansNew: 0,
        scansSame: 2,
        scansUpdated: 0,
        scansKept: 0,
        answers: 0,
        plans: 0,
      });
      expect(await exportText(repo)).toBe(before);
    });

    it('merges: a newer scan in the file replaces the stored one with its answers and plan', async () => {
      await fillRepository(repo);
      const file = await repo.exportAll();
      // The file holds a later version of scan-a: one answer changed, one removed, no plan.
      const newer: ExportFile = {
        ...file,
        scans: file.scans.map((s) =>
          s.id === 'scan-a' ? { ...s, updatedAt: '2025-04-01T10:00:00.000Z', status: 'klaar' } : s,
        ),
        answers: [
          ...file.answers.filter((a) => a.scanId !== 'scan-a'),
          answer('scan-a', 'gm-1', 5, MINDSET.id, '2025-04-01T09:00:00.000Z'),
        ],
        plans: file.plans.filter((p) => p.scanId !== 'scan-a'),
      };
      await repo.putScan(scan('scan-c'));
      expect(await repo.importAll(newer)).toEqual({
        scansNew: 0,
        scansSame: 1,
        scansUpdated: 1,
        scansKept: 0,
        answers: 1,
        plans: 0,
      });
      expect((await repo.getScan('scan-a'))?.status).toBe('klaar');
      expect(await repo.getAnswers('scan-a')).toEqual({ groeimindset: { 'gm-1': 5 } });
      expect(await repo.getPlan('scan-a')).toBeUndefined();
      expect((await repo.listScans()).map((s) => s.id).sort()).toEqual(['scan-a', 'scan-b', 'scan-c']);
    });

    it('merges: an older scan in the file leaves the stored one as it is', async () => {
      await fillRepository(repo);
      const file = await repo.exportAll();
      await repo.putAnswer(answer('scan-a', 'gm-1', 1, MINDSET.id, '2025-05-01T09:00:00.000Z'));
      const before = await exportText(repo);
      expect(await repo.importAll(file)).toEqual({
        scansNew: 0,
        scansSame: 1,
        scansUpdated: 0,
        scansKept: 1,
        answers: 0,
        plans: 0,
      });
      expect(await exportText(repo)).toBe(before);
    });

    it('adds a new scan from a file next to the stored ones, snapshots by hash', async () => {
      await fillRepository(repo);
      const other = snapshot('groeimindset', 2);
      const file: ExportFile = {
        format: 'morgenscan-export',
        formatVersion: 1,
        exportedAt: '2025-06-01T12:00:00.000Z',
        scans: [
          scan('scan-z', '2025-06-01T10:00:00.000Z', {
            questionnaires: [{ id: other.id, version: 2, hash: other.hash }],
          }),
        ],
        answers: [answer('scan-z', 'gm-1', 3)],
        snapshots: [other, MINDSET],
        plans: [],
      };
      expect(await repo.importAll(file)).toMatchObject({ scansNew: 1, answers: 1 });
      expect(await repo.getSnapshot(other.hash)).toEqual(other);
      expect((await repo.exportAll()).snapshots).toHaveLength(3);
    });

    it('leaves out of the export what import would refuse, keeps it stored, and the file imports', async () => {
      await fillRepository(repo);
      const before = await repo.exportAll();
      // Only a lax import of an older version could have stored these.
      const brokenContent = { ...(MINDSET.content as object), sections: [] };
      const broken = { ...MINDSET, content: brokenContent, hash: contentHash(brokenContent) };
      await repo.putSnapshot(broken);
      await repo.putScan(
        scan('scan-c', '2025-03-03T10:00:00.000Z', {
          questionnaires: [{ id: MINDSET.id, version: MINDSET.version, hash: broken.hash }],
        }),
      );
      await repo.putAnswer(answer('scan-c', 'gm-1', 3));
      await repo.putScan(
        scan('scan-d', '2025-03-04T10:00:00.000Z', {
          questionnaires: [{ id: 'verdwenen', version: 1, hash: '0000000000000' }],
        }),
      );
      await repo.putPlan(plan('scan-d'));
      await repo.putAnswer(answer('scan-a', 'gm-2', 9));
      await repo.putAnswer(answer('scan-a', 'gm-oud', 2));

      const file = await repo.exportAll();
      expect(file.scans.map((s) => s.id)).toEqual(['scan-a', 'scan-b']);
      expect(file.answers).toEqual(before.answers);
      expect(file.snapshots).toEqual(before.snapshots);
      expect(file.plans).toEqual(before.plans);
      // Nothing is deleted: the device still has every record.
      expect((await repo.listScans()).map((s) => s.id).sort()).toEqual(['scan-a', 'scan-b', 'scan-c', 'scan-d']);
      expect((await repo.getAnswers('scan-a')).groeimindset).toMatchObject({ 'gm-2': 9, 'gm-oud': 2 });
      expect(await repo.getSnapshot(broken.hash)).toEqual(broken);

      const elsewhere = createMemoryRepository();
      expect(await elsewhere.importAll(JSON.parse(JSON.stringify(file)))).toMatchObject({ scansNew: 2, answers: 5 });
    });

    it('refuses a bad file, names what is wrong and where, and changes nothing', async () => {
      await fillRepository(repo);
      const good = await repo.exportAll();
      const before = await exportText(repo);
      const badFiles: [unknown, RegExp][] = [
        [
          { ...good, scans: good.scans.map((s, i) => (i === 1 ? { ...s, createdAt: 'gisteren' } : s)) },
          /scans\[1\]\.createdAt: Hier hoort een datum/,
        ],
        [{ ...good, format: 'iets-anders' }, /format: Dit is geen bestand dat Morgenscan heeft bewaard/],
        [
          { ...good, answers: [...good.answers, answer('scan-x', 'gm-1', 1)] },
          /answers\[5\]\.scanId: De scan "scan-x" staat niet in het bestand/,
        ],
        [
          { ...good, snapshots: good.snapshots.slice(1) },
          /scans\[0\]\.questionnaires\[\d\]\.hash: De vragenlijst met hash "[0-9a-f]+" ontbreekt/,
        ],
        [
          { ...good, answers: good.answers.map((a, i) => (i === 0 ? { ...a, value: true } : a)) },
          /answers\[0\]\.value: Dit antwoord heeft niet de juiste vorm/,
        ],
        [
          { ...good, answers: good.answers.map((a, i) => (i === 1 ? { ...a, value: { tijd: 1 } } : a)) },
          /answers\[1\]\.value: Onbekend veld "tijd"/,
        ],
        [{ ...good, extra: 1 }, /Onbekend veld "extra"/],
        [
          { ...good, plans: [...good.plans, good.plans[0]] },
          /plans\[2\]\.scanId: Het plan van scan "scan-a" staat twee keer/,
        ],
        [null, /Hier hoort een object/],
        // Content: every answer must fit its question in the scan's own snapshot.
        [
          { ...good, answers: good.answers.map((a, i) => (i === 0 ? { ...a, value: 9 } : a)) },
          /answers\[0\]\.value: Het antwoord op een taak past niet\. Het kan alleen gaan over tijd, hoe leuk en hoe goed\./,
        ],
        [
          { ...good, answers: good.answers.map((a, i) => (i === 1 ? { ...a, value: 6 } : a)) },
          /answers\[1\]\.value: Het antwoord moet een heel getal van 1 tot en met 5 zijn\./,
        ],
        [
          { ...good, answers: good.answers.map((a, i) => (i === 2 ? { ...a, itemId: 'gm-weg' } : a)) },
          /answers\[2\]\.itemId: De vraag "gm-weg" bestaat niet in de vragenlijst "groeimindset"\./,
        ],
        // Content: a snapshot whose hash fits must still be a valid questionnaire of that id.
        [
          withMindsetContent(good, (content) => ({ ...content, sections: [] })),
          /snapshots\[\d\]\.content\.sections: Een vragenlijst heeft minstens 1 deel\./,
        ],
        [
          withMindsetContent(good, (content) => ({ ...content, estimatedMinutes: 'vijf' })),
          /snapshots\[\d\]\.content\.estimatedMinutes: Hier hoort een getal, maar er staat tekst\./,
        ],
        [
          withMindsetContent(good, (content) => ({ ...content, id: 'iets-anders' })),
          /snapshots\[\d\]\.content\.id: Hier hoort het id "groeimindset"\. Zo heet deze vragenlijst in het bestand\./,
        ],
        [
          withMindsetContent(good, (content) => ({ ...content, version: 2 })),
          /snapshots\[\d\]\.content\.version: Hier hoort versie 1\. Die versie staat bij deze vragenlijst/,
        ],
      ];
      for (const [bad, message] of badFiles) {
        const previewError = await repo.previewImport(bad).catch((e: unknown) => e);
        expect(previewError).toBeInstanceOf(ImportError);
        const error = await repo.importAll(bad).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(
          /^Dit bestand kan Morgenscan niet inlezen\. Er is niets veranderd\.\n/,
        );
        expect((error as Error).message).toMatch(message);
        expect(await exportText(repo)).toBe(before);
      }
    });
  });
}
