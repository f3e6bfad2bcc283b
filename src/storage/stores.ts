/**
 * The names of the object stores, in one list. The database schema (db.ts), the record schemas
 * (records.ts), export and import all take their names from here; a store left out of this list
 * does not compile (see `everyStore`).
 */
import type { StoreNames } from 'idb';
import type { MorgenscanDB } from './db';

export const STORES = [
  'scans',
  'answers',
  'snapshots',
  'plans',
  'settings',
] as const satisfies readonly StoreNames<MorgenscanDB>[];
export type StoreName = (typeof STORES)[number];

/** Fails to compile when the database has a store that STORES does not name. */
const everyStore: [Exclude<StoreNames<MorgenscanDB>, StoreName>] extends [never] ? true : never = true;
void everyStore;

/** A person's data: what export writes and import reads. Settings belong to the device, not the person. */
export type DataStoreName = Exclude<StoreName, 'settings'>;
export const DATA_STORES: readonly DataStoreName[] = STORES.filter(
  (store): store is DataStoreName => store !== 'settings',
);
