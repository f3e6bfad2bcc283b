/**
 * What the browser says about storage on this device. Every function answers null when the
 * browser cannot tell, so the screen can simply leave the line out.
 */

type StorageLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function storageManager(): Partial<StorageLike> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks the browser not to delete our data when space runs low. True when granted. */
export async function requestPersistence(manager = storageManager()): Promise<boolean | null> {
  if (!manager?.persist) return null;
  try {
    return await manager.persist();
  } catch {
    return null;
  }
}

/** Whether the data is already kept as persistent. */
export async function storagePersisted(manager = storageManager()): Promise<boolean | null> {
  if (!manager?.persisted) return null;
  try {
    return await manager.persisted();
  } catch {
    return null;
  }
}

/** Bytes used and bytes available to this site. */
export async function storageEstimate(manager = storageManager()): Promise<{ usage: number; quota: number } | null> {
  if (!manager?.estimate) return null;
  try {
    const { usage, quota } = await manager.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota };
  } catch {
    return null;
  }
}
