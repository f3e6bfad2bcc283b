/**
 * The library of scans on this device: the list (with what opened scans have in memory), the one
 * to continue, and starting and deleting scans.
 */
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { byNewest, latestUnfinished } from '../domain/history';
import type { QuestionnaireSnapshot, ScanRecord } from '../storage/types';
import { app as text } from '../text/app';
import type { Catalog } from './catalog';
import type { Device } from './device';
import type { OpenScans } from './open-scans';
import { saveCheckedMarks } from './open-scans';
import type { SaveQueue } from './save-queue';
import { createScanModel } from './scan-model';
import { summariseScans } from './scan-summaries';
import type { Startup } from './startup';
import type { ScanSummary } from './types';

export interface LibraryOptions {
  startup: Startup;
  catalog: Catalog;
  open: OpenScans;
  device: Device;
  queue: SaveQueue;
  now: () => Date;
  newId: () => string;
}

export interface Library {
  /** Newest first. */
  readonly scans: ReadonlySignal<ScanSummary[]>;
  /** The most recent unfinished scan. */
  readonly resumable: ReadonlySignal<ScanSummary | null>;
  /** Reads the list from storage again. */
  refresh(): Promise<void>;
  /**
   * The stored scans listed from storage alone: a screen that needs only them need not wait for
   * the host. Already done when the app has started.
   */
  listed(): Promise<void>;
  startScan(packId: string): Promise<string>;
  deleteScan(scanId: string): Promise<void>;
  deleteAll(): Promise<void>;
}

export function createScanId(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; a plain-http intranet host is not one.
  if (typeof c?.randomUUID === 'function' && globalThis.isSecureContext !== false) return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createLibrary(options: LibraryOptions): Library {
  const { startup, catalog, open, queue, now } = options;
  const stored = signal<ScanSummary[]>([]);
  let listing: Promise<void> | null = null;

  // An opened scan is newer than what storage has while writes are queued.
  const scans = computed(() => {
    const models = open.models.value;
    const list = stored.value.map((s) => {
      const model = models.get(s.scan.id);
      return model ? { ...s, scan: model.scan.value } : s;
    });
    return list.sort((a, b) => byNewest(a.scan, b.scan));
  });
  const resumable = computed(() => {
    const list = scans.value;
    const latest = latestUnfinished(list.map((s) => s.scan));
    return list.find((s) => s.scan === latest) ?? null;
  });

  async function refresh(): Promise<void> {
    const { repository } = await startup.storageReady();
    stored.value = await summariseScans(repository, catalog);
    listing ??= Promise.resolve();
  }

  async function startScan(packId: string): Promise<string> {
    const { repository } = await startup.ready();
    const pack = catalog.packs.peek().find((l) => l.questionnaire.id === packId);
    if (!pack) throw new Error(text.errorPackMissing);
    const used = [pack, ...catalog.general.peek()];
    const at = now().toISOString();
    const id = options.newId();
    const snapshots: QuestionnaireSnapshot[] = used.map((l) => ({
      hash: l.hash,
      id: l.questionnaire.id,
      version: l.questionnaire.version,
      content: l.raw,
      savedAt: at,
    }));
    const scan: ScanRecord = {
      id,
      createdAt: at,
      updatedAt: at,
      finishedAt: null,
      status: 'bezig',
      packId,
      questionnaires: used.map((l) => ({ id: l.questionnaire.id, version: l.questionnaire.version, hash: l.hash })),
      step: 0,
    };
    for (const snapshot of snapshots)
      void queue.save(`snapshot:${snapshot.hash}`, () => repository.putSnapshot(snapshot));
    void queue.save(`scan:${id}:record`, () => repository.putScan(scan));
    saveCheckedMarks(
      queue,
      repository,
      used.map((l) => ({ hash: l.hash, content: l.raw, questionnaire: l.questionnaire })),
    );
    const model = createScanModel({
      scan,
      questionnaires: used.map((l) => l.questionnaire),
      snapshots,
      answers: {},
      plan: undefined,
      repository,
      queue,
      now,
    });
    batch(() => {
      stored.value = [...stored.peek(), { scan, role: pack.questionnaire.role ?? null, totalSteps: model.totalSteps }];
      open.keep(model);
    });
    options.device.askPersistence();
    return id;
  }

  return {
    scans,
    resumable,
    refresh,
    listed() {
      listing ??= refresh();
      return listing;
    },
    startScan,
    async deleteScan(scanId) {
      const { repository } = await startup.ready();
      queue.discard(`scan:${scanId}:`);
      await queue.settled();
      await repository.deleteScan(scanId);
      batch(() => {
        open.forget(scanId);
        stored.value = stored.peek().filter((s) => s.scan.id !== scanId);
      });
    },
    async deleteAll() {
      const { repository } = await startup.ready();
      queue.discard('');
      await queue.settled();
      await repository.deleteAll();
      batch(() => {
        open.forget(null);
        stored.value = [];
      });
    },
  };
}
