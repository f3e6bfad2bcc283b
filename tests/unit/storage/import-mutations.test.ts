/**
 * Mutated export files: each one is imported correctly or refused with a Dutch ImportError,
 * and after a refusal the stored data is exactly what it was.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/storage/errors';
import { validateExportFile } from '../../../src/storage/export-format';
import { createIdbRepository } from '../../../src/storage/idb-repository';
import { createMemoryRepository } from '../../../src/storage/memory';
import type { Repository } from '../../../src/storage/types';
import { exportText, fillRepository } from './repository-behaviour';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, at: Path = []): Path[] {
  const own = [at];
  if (Array.isArray(value)) return own.concat(value.flatMap((v, i) => pathsOf(v, [...at, i])));
  if (value && typeof value === 'object')
    return own.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])));
  return own;
}

type Mutation = { kind: 'delete' | 'replace' | 'duplicate'; pick: number; value: Json };

function mutate(file: Json, { kind, pick, value }: Mutation): Json {
  const copy = structuredClone(file);
  const paths = pathsOf(copy).filter((p) => p.length > 0);
  const path = paths[pick % paths.length] as Path;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, copy);
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (kind === 'delete') parent.splice(key, 1);
    else if (kind === 'duplicate') parent.splice(key, 0, structuredClone(parent[key] as Json));
    else parent[key] = value;
  } else if (parent && typeof parent === 'object') {
    const object = parent as Record<string, Json>;
    if (kind === 'delete') delete object[key];
    else object[kind === 'duplicate' ? `${key}2` : key] = kind === 'duplicate' ? (object[key] as Json) : value;
  }
  return copy;
}

const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'replace', 'duplicate'),
  pick: fc.nat(),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>('', 'scan-a', 'scan-b', '2025-13-01T00:00:00Z', '2030-01-01T00:00:00.000Z', -1, 1e308),
  ),
});

async function checkMutations(label: string, runs: number, open: () => Promise<Repository>) {
  const counts = { tried: 0, accepted: 0, refused: 0, lost: 0 };
  const source = await open();
  await fillRepository(source);
  const good = (await source.exportAll()) as unknown as Json;
  source.close();
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
      const repo = await open();
      try {
        await fillRepository(repo);
        const before = await exportText(repo);
        const data = mutations.reduce(mutate, good);
        counts.tried++;
        const outcome = await repo.importAll(data).then(
          () => 'accepted' as const,
          (error: unknown) => error,
        );
        if (outcome === 'accepted') {
          counts.accepted++;
          // What is stored is still a file import accepts, and a second import adds nothing.
          const after = await repo.exportAll();
          validateExportFile(after);
          const again = await repo.importAll(data);
          expect(again.scansNew + again.scansUpdated).toBe(0);
        } else {
          expect(outcome).toBeInstanceOf(ImportError);
          expect((outcome as Error).message).toMatch(/^Dit bestand kan Morgenscan niet inlezen\./);
          counts.refused++;
          const after = await exportText(repo);
          if (after !== before) counts.lost++;
          expect(after).toBe(before);
        }
      } finally {
        repo.close();
      }
    }),
    { numRuns: runs, seed: 20250301 },
  );
  console.log(`import-mutaties (${label}): ${JSON.stringify(counts)}`);
  expect(counts.lost).toBe(0);
  expect(counts.refused).toBeGreaterThan(runs / 2);
}

describe('mutated import files', () => {
  it('memory: every file is imported or refused, and a refusal changes nothing', async () => {
    await checkMutations('memory', 400, async () => createMemoryRepository());
  }, 60_000);

  it('indexeddb: every file is imported or refused, and a refusal changes nothing', async () => {
    await checkMutations('indexeddb', 100, async () => createIdbRepository({ indexedDB: new IDBFactory() }));
  }, 60_000);
});
