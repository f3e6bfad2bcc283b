import { describe, expect, it } from 'vitest';
import { requestPersistence, storageEstimate, storagePersisted } from '../../../src/storage/device';

describe('storage on this device', () => {
  it('asks for persistent storage and reports what the browser answers', async () => {
    expect(await requestPersistence({ persist: async () => true })).toBe(true);
    expect(await requestPersistence({ persist: async () => false })).toBe(false);
    expect(await storagePersisted({ persisted: async () => true })).toBe(true);
  });

  it('reports usage and quota in bytes', async () => {
    const manager = { estimate: async () => ({ usage: 52_000, quota: 1_000_000_000 }) };
    expect(await storageEstimate(manager)).toEqual({ usage: 52_000, quota: 1_000_000_000 });
  });

  it('answers null where the browser cannot tell, instead of failing', async () => {
    expect(await requestPersistence({})).toBeNull();
    expect(await storagePersisted(undefined)).toBeNull();
    expect(await storageEstimate({ estimate: async () => ({}) })).toBeNull();
    expect(
      await requestPersistence({
        persist: async () => {
          throw new DOMException('nee', 'SecurityError');
        },
      }),
    ).toBeNull();
  });
});
