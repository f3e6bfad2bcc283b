/**
 * A deep link opens a stored scan without zod: its snapshots are trusted by their mark (format
 * version and SHA-256), and the full check afterwards still finds a record that is wrong.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Questionnaire } from '../../../src/domain/format';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { readTrustedScan } from '../../../src/storage/quick-read';
import { checkedKey, checkedMark, FORMAT_VERSION } from '../../../src/storage/snapshot-trust';
import { trustedScanHolds } from '../../../src/storage/stored-check';
import type { QuestionnaireSnapshot, Repository } from '../../../src/storage/types';
import { openRaw, rawGetAll, rawPut } from './fixture-db';
import { answer, MINDSET, PACK, plan, scan } from './sample-data';

const opened: Repository[] = [];
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
  vi.restoreAllMocks();
});

function parsed(snapshot: QuestionnaireSnapshot): Questionnaire {
  const result = parseQuestionnaire(snapshot.id, snapshot.content);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.value;
}

/** A stored scan with both snapshots; `marked`: with the marks a full check leaves. */
async function stored(marked: boolean) {
  const factory = new IDBFactory();
  const repo = await createIdbRepository({ indexedDB: factory });
  opened.push(repo);
  for (const snapshot of [PACK, MINDSET]) {
    await repo.putSnapshot(snapshot);
    const mark = await checkedMark(snapshot.content, parsed(snapshot));
    if (marked) await repo.putSetting(checkedKey(snapshot.hash), mark);
  }
  await repo.putScan(scan('scan-a'));
  await repo.putAnswer(answer('scan-a', 'gm-1', 2));
  await repo.putPlan(plan('scan-a'));
  return { factory, repo };
}

describe('opening a stored scan without zod', () => {
  it('trusts snapshots whose mark fits, with the questionnaires as the full check parsed them', async () => {
    const { factory } = await stored(true);
    const trusted = await readTrustedScan('scan-a', factory);
    expect(trusted?.questionnaires).toEqual([parsed(PACK), parsed(MINDSET)]);
    expect(trusted?.answers).toEqual({ groeimindset: { 'gm-1': 2 } });
    expect(trusted?.plan).toEqual(plan('scan-a'));
    expect(trusted && trustedScanHolds(trusted)).toBe(true);
  });

  it('trusts nothing without a mark, with a mark of another format version, or after the content changed', async () => {
    expect(await readTrustedScan('scan-a', (await stored(false)).factory)).toBeUndefined();

    const old = await stored(true);
    const mark = await checkedMark(MINDSET.content, parsed(MINDSET));
    await old.repo.putSetting(checkedKey(MINDSET.hash), { ...mark, formatVersion: FORMAT_VERSION - 1 });
    expect(await readTrustedScan('scan-a', old.factory)).toBeUndefined();

    const changed = await stored(true);
    const raw = await openRaw(changed.factory);
    const content = structuredClone(MINDSET.content) as { title: string };
    content.title = 'Een andere titel';
    await rawPut(raw, 'snapshots', { ...MINDSET, content });
    raw.close();
    expect(await readTrustedScan('scan-a', changed.factory)).toBeUndefined();
    expect(await readTrustedScan('geen-scan', changed.factory)).toBeUndefined();
  });

  it('the full check afterwards finds a corrupt record, reports it and leaves it stored', async () => {
    const { factory } = await stored(true);
    const raw = await openRaw(factory);
    // The content (and so the mark) is intact; the record around it is not.
    await rawPut(raw, 'snapshots', { ...MINDSET, savedAt: 12 });
    const trusted = await readTrustedScan('scan-a', factory);
    expect(trusted).toBeDefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(trusted && trustedScanHolds(trusted)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('snapshots:groeimindset overgeslagen (blijft bewaard)'));
    expect(await rawGetAll(raw, 'snapshots')).toHaveLength(2);
    raw.close();
  });

  it('the full check finds content the mark let through but the format refuses', async () => {
    const { factory, repo } = await stored(true);
    const content = { ...(MINDSET.content as object), estimatedMinutes: 'tien' };
    // As if an older check had let it pass: a mark that fits the broken content.
    const mark = await checkedMark(content, parsed(MINDSET));
    await repo.putSetting(checkedKey(MINDSET.hash), mark);
    const raw = await openRaw(factory);
    await rawPut(raw, 'snapshots', { ...MINDSET, content });
    raw.close();
    const trusted = await readTrustedScan('scan-a', factory);
    expect(trusted).toBeDefined();
    expect(trusted && trustedScanHolds(trusted)).toBe(false);
  });
});

describe('the format version', () => {
  it('is bumped with every change to what makes a questionnaire valid', () => {
    // Marks of an older format version are not trusted. When this fails, bump FORMAT_VERSION in
    // src/storage/snapshot-trust.ts and set the new pin here.
    const root = join(import.meta.dirname, '../../../src/domain');
    const files = [
      'format.ts',
      'format-rules.ts',
      'validate.ts',
      ...readdirSync(join(root, 'kinds'))
        .sort()
        .map((f) => `kinds/${f}`),
    ];
    const hash = createHash('sha256');
    for (const file of files) hash.update(`${file}\n${readFileSync(join(root, file), 'utf8')}\n`);
    expect({ version: FORMAT_VERSION, files: hash.digest('hex').slice(0, 16) }).toEqual({
      version: 1,
      files: 'e926c4d192ae758b',
    });
  });
});
