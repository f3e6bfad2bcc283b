/**
 * A scan opens from trusted records (no zod) once its questionnaires were checked, and a record
 * that fails the full check afterwards makes it open again the checked way: reported, not deleted.
 * Storage is IndexedDB (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { readTrustedScan } from '../../../src/storage/quick-read';
import { openRaw, rawGetAll, rawPut } from '../../unit/storage/fixture-db';
import { createTestApp } from '../ui/helpers';

async function startedScan() {
  const factory = new IDBFactory();
  const repository = await createIdbRepository({ indexedDB: factory });
  const { model } = await createTestApp({ repository });
  const scanId = await model.library.startScan('werk-balie');
  await waitFor(() => expect(model.saving.status.value).toBe('opgeslagen'));
  const questionnaires = (await model.open.open(scanId)).questionnaires;
  model.dispose();
  return { factory, repository, scanId, questionnaires };
}

describe('opening a stored scan from trusted records', () => {
  it('opens with the questionnaires the full check parsed when the scan started', async () => {
    const { factory, repository, scanId, questionnaires } = await startedScan();
    const readTrusted = vi.fn((id: string) => readTrustedScan(id, factory));
    const { model } = await createTestApp({ repository, readTrusted });
    const opened = await model.open.open(scanId);
    expect(await readTrusted.mock.results[0]?.value).toBeDefined();
    expect(opened.questionnaires).toEqual(questionnaires);
    // The full check afterwards agrees: the scan stays open as it is.
    await new Promise((done) => setTimeout(done, 20));
    expect(model.open.distrusted.value).toBe(0);
    expect(model.open.models.value.get(scanId)).toBe(opened);
    model.dispose();
  });

  it('opens again the checked way when the full check finds a bad record, and deletes nothing', async () => {
    const { factory, repository, scanId } = await startedScan();
    const raw = await openRaw(factory);
    const [snapshot] = (await rawGetAll(raw, 'snapshots')) as { hash: string }[];
    await rawPut(raw, 'snapshots', { ...snapshot, savedAt: 12 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { model } = await createTestApp({ repository, readTrusted: (id) => readTrustedScan(id, factory) });
    const trusted = await model.open.open(scanId);
    await waitFor(() => expect(model.open.distrusted.value).toBe(1));
    expect(model.open.models.value.has(scanId)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('overgeslagen (blijft bewaard)'));
    const checked = await model.open.open(scanId);
    expect(checked).not.toBe(trusted);
    expect(await rawGetAll(raw, 'snapshots')).toHaveLength(3);
    expect(((await rawGetAll(raw, 'snapshots')) as { savedAt: unknown }[]).some((s) => s.savedAt === 12)).toBe(true);
    raw.close();
    warn.mockRestore();
    model.dispose();
  });
});
