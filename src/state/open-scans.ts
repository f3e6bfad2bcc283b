/**
 * The scans opened in this tab, each as a scan model. While its writes are queued, memory is the
 * truth for an open scan, so every other model reads an open scan from here before storage.
 * A stored scan opens with the questionnaire versions it was taken with (its snapshots).
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { Questionnaire } from '../domain/format';
import type { AnsweredScan } from '../domain/scan';
import type { Problem } from '../domain/validate';
import type { TrustedScan } from '../storage/quick-read';
import { checkedKey, checkedMark } from '../storage/snapshot-trust';
import type { QuestionnaireSnapshot, Repository, ScanRecord } from '../storage/types';
import { app as text } from '../text/app';
import type { Catalog } from './catalog';
import type { SaveQueue } from './save-queue';
import { createScanModel, type ScanModel } from './scan-model';
import type { Backend, Startup } from './startup';

/** A scan that cannot be opened; `problems` lists broken questionnaire versions, if that is why. */
export class ScanOpenError extends Error {
  override readonly name = 'ScanOpenError';
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.problems = problems;
  }
}

export interface OpenScansOptions {
  startup: Startup;
  catalog: Catalog;
  queue: SaveQueue;
  now: () => Date;
  /**
   * A stored scan read without zod (storage/quick-read.ts), undefined when it cannot be trusted.
   * Without it (tests, the prerender) every scan opens the checked way.
   */
  readTrusted?: (scanId: string) => Promise<TrustedScan | undefined>;
  /** Runs the full check of a trusted scan once its first screen is shown. */
  afterFirstScreen?: (run: () => void) => void;
}

/**
 * Keeps, for snapshots that just passed the full check, the mark that lets the next opening trust
 * them without zod (storage/snapshot-trust.ts). Only worth it where the data stays.
 */
export function saveCheckedMarks(
  queue: SaveQueue,
  repository: Repository,
  checked: readonly { hash: string; content: unknown; questionnaire: Questionnaire }[],
): void {
  if (repository.kind !== 'indexeddb') return;
  for (const { hash, content, questionnaire } of checked)
    void queue.save(`gecontroleerd:${hash}`, async () => {
      const mark = await checkedMark(content, questionnaire);
      if (mark) await repository.putSetting(checkedKey(hash), mark);
    });
}

/** The repository once storage is ready; a scan opened from trusted records writes through it. */
function repositoryWhenReady(startup: Startup): Repository {
  const later =
    (name: keyof Repository) =>
    async (...args: unknown[]) => {
      const repository = (await startup.storageReady()).repository;
      return (repository[name] as (...a: unknown[]) => unknown)(...args);
    };
  return new Proxy({ kind: 'indexeddb' } as Repository, {
    // Not a thenable: only the repository's own methods are forwarded.
    get: (target, name) =>
      name === 'kind'
        ? target.kind
        : typeof name === 'string' && name !== 'then'
          ? later(name as keyof Repository)
          : undefined,
  });
}

function whenIdle(run: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, o?: { timeout: number }) => void })
    .requestIdleCallback;
  if (idle) idle(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

export interface OpenScans {
  /** The scan on screen (or last on screen). */
  readonly current: ReadonlySignal<ScanModel | null>;
  /** Every scan opened in this tab, by id. */
  readonly models: ReadonlySignal<ReadonlyMap<string, ScanModel>>;
  open(scanId: string): Promise<ScanModel>;
  /** A scan's data: from memory when it is open, else from storage (not opened). */
  read(scanId: string): Promise<AnsweredScan & { snapshots: QuestionnaireSnapshot[] }>;
  keep(model: ScanModel): void;
  /**
   * Counts the scans that were opened from trusted records and then failed the full check: they
   * were forgotten, so a screen showing one opens it again, the checked way.
   */
  readonly distrusted: ReadonlySignal<number>;
  /** Forgets one open scan, or all of them (null): they are read from storage again when needed. */
  forget(scanId: string | null): void;
}

export function createOpenScans(options: OpenScansOptions): OpenScans {
  const { startup, catalog, queue, now } = options;
  const current = signal<ScanModel | null>(null);
  const models = signal<ReadonlyMap<string, ScanModel>>(new Map());
  const opening = new Map<string, Promise<ScanModel>>();
  const distrusted = signal(0);
  /** Scans whose trusted records failed the full check in this tab: they open the checked way. */
  const failedCheck = new Set<string>();

  const keep = (model: ScanModel) => {
    models.value = new Map(models.peek()).set(model.id, model);
    current.value = model;
  };
  const forget = (scanId: string | null) => {
    if (scanId === null) models.value = new Map();
    else {
      const next = new Map(models.peek());
      next.delete(scanId);
      models.value = next;
    }
    if (scanId === null || current.peek()?.id === scanId) current.value = null;
  };

  /** The snapshot a scan refers to: stored, or else (never written) still on the host. */
  function onHost(hash: string): QuestionnaireSnapshot | undefined {
    const loaded = catalog.questionnaires.peek().find((l) => l.hash === hash);
    if (!loaded) return undefined;
    return {
      hash: loaded.hash,
      id: loaded.questionnaire.id,
      version: loaded.questionnaire.version,
      content: loaded.raw,
      savedAt: now().toISOString(),
    };
  }

  async function versionsOf(scan: ScanRecord, { services, repository }: Backend) {
    const snapshots: QuestionnaireSnapshot[] = [];
    const parsed: Questionnaire[] = [];
    const found: Problem[] = [];
    const stored = await Promise.all(scan.questionnaires.map((ref) => repository.getSnapshot(ref.hash)));
    // A snapshot that was never written (storage failed at the start) may still be on the host.
    if (stored.includes(undefined)) await startup.load();
    for (const [index, ref] of scan.questionnaires.entries()) {
      const snapshot = stored[index] ?? onHost(ref.hash);
      const file = text.snapshotFile(ref.id, ref.version);
      if (!snapshot) {
        found.push({ file, path: '', message: text.snapshotMissing });
        continue;
      }
      const known = catalog.checked(snapshot.hash);
      if (known) {
        snapshots.push(snapshot);
        parsed.push(known);
        continue;
      }
      const result = services.parseQuestionnaire(file, snapshot.content);
      if (!result.ok) {
        found.push(...result.problems);
        continue;
      }
      catalog.remember(snapshot.hash, result.value);
      snapshots.push(snapshot);
      parsed.push(result.value);
    }
    if (found.length > 0) throw new ScanOpenError(text.errorScanVersions, found);
    if (!failedCheck.has(scan.id))
      saveCheckedMarks(
        queue,
        repository,
        snapshots.map((s, i) => ({ hash: s.hash, content: s.content, questionnaire: parsed[i] as Questionnaire })),
      );
    return { snapshots, questionnaires: parsed };
  }

  async function read(scanId: string): Promise<AnsweredScan & { snapshots: QuestionnaireSnapshot[] }> {
    const backend = await startup.storageReady();
    const open = models.peek().get(scanId);
    if (open)
      return {
        scan: open.scan.peek(),
        questionnaires: [...open.questionnaires],
        answers: open.answers.peek(),
        snapshots: [...open.snapshots],
      };
    const scan = await backend.repository.getScan(scanId);
    if (!scan) throw new ScanOpenError(text.errorScanNotFound);
    const [{ snapshots, questionnaires }, answers] = await Promise.all([
      versionsOf(scan, backend),
      backend.repository.getAnswers(scanId),
    ]);
    return { scan, questionnaires, answers, snapshots };
  }

  /** After the first screen: the full check of what a trusted opening read; on a problem, open again checked. */
  function checkLater(model: ScanModel, trusted: TrustedScan): void {
    const schedule = options.afterFirstScreen ?? whenIdle;
    schedule(() => {
      void (async () => {
        const holds = await startup
          .storageReady()
          .then(({ services }) => services.trustedScanHolds(trusted))
          .catch(() => false);
        if (holds) return;
        failedCheck.add(model.id);
        if (models.peek().get(model.id) === model) forget(model.id);
        distrusted.value = distrusted.peek() + 1;
      })();
    });
  }

  async function openTrusted(scanId: string): Promise<ScanModel | undefined> {
    if (!options.readTrusted || failedCheck.has(scanId)) return undefined;
    const trusted = await options.readTrusted(scanId).catch(() => undefined);
    if (!trusted) return undefined;
    const model = createScanModel({
      scan: trusted.scan,
      questionnaires: trusted.questionnaires,
      answers: trusted.answers,
      snapshots: trusted.snapshots,
      plan: trusted.plan,
      repository: repositoryWhenReady(startup),
      queue,
      now,
    });
    keep(model);
    checkLater(model, trusted);
    return model;
  }

  function open(scanId: string): Promise<ScanModel> {
    const already = models.peek().get(scanId);
    if (already) {
      current.value = already;
      return Promise.resolve(already);
    }
    let pending = opening.get(scanId);
    if (!pending) {
      pending = (async () => {
        const trusted = await openTrusted(scanId);
        if (trusted) return trusted;
        const { repository } = await startup.storageReady();
        const [data, plan] = await Promise.all([read(scanId), repository.getPlan(scanId)]);
        const model = createScanModel({ ...data, plan, repository, queue, now });
        keep(model);
        return model;
      })().finally(() => opening.delete(scanId));
      opening.set(scanId, pending);
    }
    return pending;
  }

  return { current, models, open, read, keep, forget, distrusted };
}
