/**
 * The app as a whole: which screen, which questionnaires (and which files are broken), where the
 * data lives, the list of scans, and whether the last answer is saved. Made by a factory and passed
 * down by context, so tests can build one with a memory repository.
 *
 * Storage, zod and scoring come in through `services`, a dynamic import started after first paint.
 */
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { answerProblem } from '../domain/answers';
import { estimateMinutes } from '../domain/estimate';
import type { Questionnaire } from '../domain/format';
import { allItems } from '../domain/items';
import type { AnsweredScan } from '../domain/scan';
import type { ScanResult } from '../domain/scoring';
import type { Problem } from '../domain/validate';
import type {
  AnswerRecord,
  ExportFile,
  ImportPreview,
  QuestionnaireSnapshot,
  Repository,
  ScanRecord,
} from '../storage/types';
import { app as text } from '../text/app';
import { hrefFor, parseHash, type Route } from './route';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './save-queue';
import { createScanModel, type ScanModel } from './scan-model';
import type { LoadedQuestionnaire, MinutesRange, ScanSummary, Services, StorageEstimate } from './types';

export type LoadPhase = 'laden' | 'klaar' | 'fout';

/** A scan that cannot be opened; `problems` lists broken questionnaire versions, if that is why. */
export class ScanOpenError extends Error {
  override readonly name = 'ScanOpenError';
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.problems = problems;
  }
}

/** What the report and compare screens need of an earlier scan. */
export type ScanData = AnsweredScan;

/** The scan to report on, and the finished scan before it (for the changes). */
export interface ReportScans {
  model: ScanModel;
  earlier: ScanData | null;
}

export interface Comparison {
  first: { data: ScanData; result: ScanResult; role: string | null };
  second: { data: ScanData; result: ScanResult; role: string | null };
}

export interface HostWindow {
  location: { hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface AppModelOptions {
  services: () => Promise<Services>;
  window?: HostWindow;
  /** Minutes worked out when the start screen was prerendered, shown until the files are loaded. */
  initialMinutes?: MinutesRange | null;
  now?: () => Date;
  newId?: () => string;
  queue?: SaveQueue;
  /** Another tab upgraded the database; this tab must reload before it can save again. */
  onDatabaseVersionChange?: () => void;
}

export interface AppModel {
  readonly route: ReadonlySignal<Route>;
  readonly phase: ReadonlySignal<LoadPhase>;
  /** A Dutch message when the app itself could not start (not a broken questionnaire). */
  readonly fatal: ReadonlySignal<string | null>;
  readonly saveError: ReadonlySignal<string | null>;
  readonly questionnaires: ReadonlySignal<LoadedQuestionnaire[]>;
  readonly problems: ReadonlySignal<Problem[]>;
  readonly packs: ReadonlySignal<LoadedQuestionnaire[]>;
  readonly general: ReadonlySignal<LoadedQuestionnaire[]>;
  readonly minutes: ReadonlySignal<MinutesRange | null>;
  readonly repositoryKind: ReadonlySignal<Repository['kind'] | null>;
  readonly scans: ReadonlySignal<ScanSummary[]>;
  /** The most recent unfinished scan. */
  readonly resumable: ReadonlySignal<ScanSummary | null>;
  readonly saveStatus: ReadonlySignal<SaveStatus>;
  readonly unsaved: ReadonlySignal<number>;
  readonly current: ReadonlySignal<ScanModel | null>;
  load(): Promise<void>;
  navigate(route: Route, options?: { replace?: boolean }): void;
  startScan(packId: string): Promise<string>;
  openScan(scanId: string): Promise<ScanModel>;
  loadReport(scanId: string): Promise<ReportScans>;
  compare(firstId: string, secondId: string): Promise<Comparison>;
  deleteScan(scanId: string): Promise<void>;
  deleteAll(): Promise<void>;
  exportData(): Promise<ExportFile>;
  /**
   * The export as a file to download: its name and its text, and how many of the scans in the
   * list could not be put in it (storage could not be read, or a questionnaire is broken).
   */
  exportFile(): Promise<{ name: string; text: string; leftOut: number }>;
  previewImport(text: string): Promise<ImportPreview>;
  importData(text: string): Promise<ImportPreview>;
  storageEstimate(): Promise<StorageEstimate | null>;
  storagePersisted(): Promise<boolean | null>;
  dispose(): void;
}

export function createScanId(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; a plain-http intranet host is not one.
  if (typeof c?.randomUUID === 'function' && globalThis.isSecureContext !== false) return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The shortest and the longest scan over all task packs (a scan = one pack + every general list). */
export function minutesRange(
  packs: readonly Pick<Questionnaire, 'sections'>[],
  general: readonly Pick<Questionnaire, 'sections'>[],
): MinutesRange | null {
  if (packs.length === 0) return null;
  const all = packs.map((pack) => estimateMinutes([pack, ...general]));
  return { min: Math.min(...all), max: Math.max(...all) };
}

function byNewest(a: ScanRecord, b: ScanRecord): number {
  return b.createdAt.localeCompare(a.createdAt);
}

export function createAppModel(options: AppModelOptions): AppModel {
  const win = options.window ?? window;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? createScanId;
  const queue = options.queue ?? createSaveQueue();

  const route = signal<Route>(parseHash(win.location.hash));
  const onHashChange = () => {
    route.value = parseHash(win.location.hash);
  };
  win.addEventListener('hashchange', onHashChange);

  const phase = signal<LoadPhase>('laden');
  const fatal = signal<string | null>(null);
  const questionnaires = signal<LoadedQuestionnaire[]>([]);
  const problems = signal<Problem[]>([]);
  const repositoryKind = signal<Repository['kind'] | null>(null);
  const storedScans = signal<ScanSummary[]>([]);
  const current = signal<ScanModel | null>(null);
  /** Every scan opened in this tab: memory is the truth while its writes are queued. */
  const models = signal<ReadonlyMap<string, ScanModel>>(new Map());
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

  const packs = computed(() => questionnaires.value.filter((l) => l.questionnaire.kind === 'takenpakket'));
  const general = computed(() => questionnaires.value.filter((l) => l.questionnaire.kind === 'vragenlijst'));
  const minutes = computed(() => {
    if (phase.value !== 'klaar') return options.initialMinutes ?? null;
    return minutesRange(
      packs.value.map((l) => l.questionnaire),
      general.value.map((l) => l.questionnaire),
    );
  });
  // An opened scan is newer than what storage has while writes are queued.
  const scans = computed(() => {
    const open = models.value;
    const list = storedScans.value.map((s) => {
      const model = open.get(s.scan.id);
      return model ? { ...s, scan: model.scan.value } : s;
    });
    return list.sort((a, b) => byNewest(a.scan, b.scan));
  });
  const resumable = computed(
    () =>
      scans.value
        .filter((s) => s.scan.status === 'bezig')
        .sort((a, b) => b.scan.updatedAt.localeCompare(a.scan.updatedAt))[0] ?? null,
  );

  let services: Services | null = null;
  let repository: Repository | null = null;
  let loading: Promise<void> | null = null;
  let servicesLoading: Promise<Services> | null = null;
  let storageLoading: Promise<{ services: Services; repository: Repository }> | null = null;
  /** Validated questionnaires by content hash: a snapshot is checked once per tab, not per opening. */
  const parsedByHash = new Map<string, Questionnaire>();
  let persistenceAsked = false;
  const opening = new Map<string, Promise<ScanModel>>();

  const ready = async (): Promise<{ services: Services; repository: Repository }> => {
    await load();
    if (!services || !repository) throw new Error(fatal.peek() ?? text.errorAppLoad);
    return { services, repository };
  };

  const loadServices = () => {
    servicesLoading ??= options.services().then((loaded) => {
      services = loaded;
      return loaded;
    });
    return servicesLoading;
  };

  /** Code and database only: an existing scan opens from its stored snapshots, without the network. */
  const storage = () => {
    storageLoading ??= (async () => {
      const svc = await loadServices();
      const repo = await svc.openRepository(() => options.onDatabaseVersionChange?.());
      repository = repo;
      repositoryKind.value = repo.kind;
      return { services: svc, repository: repo };
    })();
    return storageLoading;
  };

  const storageReady = async (): Promise<{ services: Services; repository: Repository }> => {
    try {
      return await storage();
    } catch {
      // load() fails on the same promise and says why, for every screen at once.
      await load();
      throw new Error(fatal.peek() ?? text.errorAppLoad);
    }
  };

  /**
   * Role and number of screens of a scan: from a questionnaire this tab already checked, or else
   * from its stored snapshot. `snapshots` is shared by one listing, so each version is read once.
   */
  async function summarise(scan: ScanRecord, snapshots: Map<string, Promise<unknown>>): Promise<ScanSummary> {
    let role: string | null = null;
    let sections = 0;
    let known = true;
    for (const ref of scan.questionnaires) {
      let content: unknown = parsedByHash.get(ref.hash);
      if (!content && repository) {
        const repo = repository;
        let stored = snapshots.get(ref.hash);
        if (!stored) {
          stored = repo.getSnapshot(ref.hash).then(
            (snapshot) => snapshot?.content,
            () => undefined,
          );
          snapshots.set(ref.hash, stored);
        }
        content = await stored;
      }
      const record = content && typeof content === 'object' ? (content as Record<string, unknown>) : null;
      if (ref.id === scan.packId && typeof record?.role === 'string') role = record.role;
      if (Array.isArray(record?.sections)) sections += record.sections.length;
      else known = false;
    }
    return { scan, role, totalSteps: known ? sections + 1 : null };
  }

  async function refreshScans(): Promise<void> {
    if (!repository) return;
    const list = await repository.listScans();
    const snapshots = new Map<string, Promise<unknown>>();
    const summaries = await Promise.all(list.map((scan) => summarise(scan, snapshots)));
    storedScans.value = summaries;
  }

  /**
   * The stored scans listed from storage alone: a screen that needs only them need not wait for the
   * host. Already done when load() has listed them.
   */
  let listing: Promise<void> | null = null;
  function scansListed(): Promise<void> {
    listing ??= storageReady().then(() => refreshScans());
    return listing;
  }

  function load(): Promise<void> {
    loading ??= (async () => {
      try {
        const [, result] = await Promise.all([
          storage(),
          loadServices().then((svc) => svc.loadQuestionnaires(parsedByHash)),
        ]);
        for (const loaded of result.loaded) parsedByHash.set(loaded.hash, loaded.questionnaire);
        batch(() => {
          questionnaires.value = result.loaded;
          problems.value = result.problems;
        });
        await refreshScans();
        listing ??= Promise.resolve();
        phase.value = 'klaar';
      } catch (error) {
        batch(() => {
          fatal.value = error instanceof Error && error.message ? error.message : text.errorAppLoad;
          phase.value = 'fout';
        });
      }
    })();
    return loading;
  }

  function navigate(target: Route, navigateOptions: { replace?: boolean } = {}) {
    const href = hrefFor(target);
    if (navigateOptions.replace) {
      win.history.replaceState(null, '', href);
      route.value = parseHash(href);
    } else if (win.location.hash !== href) {
      win.location.hash = href;
      // Some hosts (and jsdom) fire hashchange late; the screen should not wait for it.
      route.value = parseHash(href);
    }
  }

  async function opened(scan: ScanRecord, svc: Services, repo: Repository) {
    const snapshots: QuestionnaireSnapshot[] = [];
    const parsed: Questionnaire[] = [];
    const found: Problem[] = [];
    const stored = await Promise.all(scan.questionnaires.map((ref) => repo.getSnapshot(ref.hash)));
    // A snapshot that was never written (storage failed at the start) may still be on the host.
    if (stored.includes(undefined)) await load();
    for (const [index, ref] of scan.questionnaires.entries()) {
      let snapshot = stored[index];
      if (!snapshot) {
        const loaded = questionnaires.peek().find((l) => l.hash === ref.hash);
        if (loaded)
          snapshot = {
            hash: loaded.hash,
            id: loaded.questionnaire.id,
            version: loaded.questionnaire.version,
            content: loaded.raw,
            savedAt: now().toISOString(),
          };
      }
      const file = text.snapshotFile(ref.id, ref.version);
      if (!snapshot) {
        found.push({ file, path: '', message: text.snapshotMissing });
        continue;
      }
      const known = parsedByHash.get(snapshot.hash);
      if (known) {
        snapshots.push(snapshot);
        parsed.push(known);
        continue;
      }
      const result = svc.parseQuestionnaire(file, snapshot.content);
      if (!result.ok) {
        found.push(...result.problems);
        continue;
      }
      parsedByHash.set(snapshot.hash, result.value);
      snapshots.push(snapshot);
      parsed.push(result.value);
    }
    if (found.length > 0) throw new ScanOpenError(text.errorScanVersions, found);
    return { snapshots, questionnaires: parsed };
  }

  async function readScan(scanId: string): Promise<ScanData & { snapshots: QuestionnaireSnapshot[] }> {
    const { services: svc, repository: repo } = await storageReady();
    const open = models.peek().get(scanId);
    if (open)
      return {
        scan: open.scan.peek(),
        questionnaires: [...open.questionnaires],
        answers: open.answers.peek(),
        snapshots: [...open.snapshots],
      };
    const scan = await repo.getScan(scanId);
    if (!scan) throw new ScanOpenError(text.errorScanNotFound);
    const [{ snapshots, questionnaires: list }, answers] = await Promise.all([
      opened(scan, svc, repo),
      repo.getAnswers(scanId),
    ]);
    return { scan, questionnaires: list, answers, snapshots };
  }

  function openScan(scanId: string): Promise<ScanModel> {
    const open = models.peek().get(scanId);
    if (open) {
      current.value = open;
      return Promise.resolve(open);
    }
    let pending = opening.get(scanId);
    if (!pending) {
      pending = (async () => {
        const { repository: repo } = await storageReady();
        const [data, plan] = await Promise.all([readScan(scanId), repo.getPlan(scanId)]);
        const model = createScanModel({ ...data, plan, repository: repo, queue, now });
        keep(model);
        return model;
      })().finally(() => opening.delete(scanId));
      opening.set(scanId, pending);
    }
    return pending;
  }

  async function startScan(packId: string): Promise<string> {
    const { services: svc, repository: repo } = await ready();
    const pack = packs.peek().find((l) => l.questionnaire.id === packId);
    if (!pack) throw new Error(text.errorPackMissing);
    const used = [pack, ...general.peek()];
    const at = now().toISOString();
    const id = newId();
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
    for (const snapshot of snapshots) void queue.save(`snapshot:${snapshot.hash}`, () => repo.putSnapshot(snapshot));
    void queue.save(`scan:${id}:record`, () => repo.putScan(scan));
    const model = createScanModel({
      scan,
      questionnaires: used.map((l) => l.questionnaire),
      snapshots,
      answers: {},
      plan: undefined,
      repository: repo,
      queue,
      now,
    });
    batch(() => {
      storedScans.value = [
        ...storedScans.peek(),
        { scan, role: pack.questionnaire.role ?? null, totalSteps: model.totalSteps },
      ];
      keep(model);
    });
    if (!persistenceAsked) {
      persistenceAsked = true;
      void svc.requestPersistence().catch(() => false);
    }
    return id;
  }

  async function loadReport(scanId: string): Promise<ReportScans> {
    // The earlier scan to compare with comes from the list of stored scans; the host's files are not needed.
    const [model] = await Promise.all([openScan(scanId), scansListed()]);
    const self = model.scan.peek();
    const when = (s: ScanRecord) => s.finishedAt ?? s.createdAt;
    const previous = scans
      .peek()
      .map((s) => s.scan)
      .filter((s) => s.id !== scanId && s.status === 'klaar' && when(s) < when(self))
      .sort((a, b) => when(b).localeCompare(when(a)))[0];
    let earlier: ScanData | null = null;
    if (previous) {
      try {
        const data = await readScan(previous.id);
        earlier = { scan: data.scan, questionnaires: data.questionnaires, answers: data.answers };
      } catch {
        // An earlier scan whose questionnaire is broken is left out of the comparison, not fatal.
        earlier = null;
      }
    }
    return { model, earlier };
  }

  async function compare(firstId: string, secondId: string): Promise<Comparison> {
    const { services: svc } = await ready();
    const side = async (scanId: string) => {
      const data = await readScan(scanId);
      const result = svc.scoreScan(data.questionnaires, data.answers);
      const role = scans.peek().find((s) => s.scan.id === scanId)?.role ?? null;
      return { data: { scan: data.scan, questionnaires: data.questionnaires, answers: data.answers }, result, role };
    };
    const [first, second] = await Promise.all([side(firstId), side(secondId)]);
    return { first, second };
  }

  async function deleteScan(scanId: string): Promise<void> {
    const { repository: repo } = await ready();
    queue.discard(`scan:${scanId}:`);
    await queue.settled();
    await repo.deleteScan(scanId);
    batch(() => {
      forget(scanId);
      storedScans.value = storedScans.peek().filter((s) => s.scan.id !== scanId);
    });
  }

  async function deleteAll(): Promise<void> {
    const { repository: repo } = await ready();
    queue.discard('');
    await queue.settled();
    await repo.deleteAll();
    batch(() => {
      forget(null);
      storedScans.value = [];
    });
  }

  /**
   * What storage has, as a file import accepts. While writes are still queued (or failing), the
   * scans opened in this tab are taken from memory instead, so the file holds every answer given.
   * When storage cannot be read at all, the file holds only the scans opened in this tab: only
   * for those are the questionnaires and answers known (the others are left out, not emptied).
   */
  async function exportData(): Promise<ExportFile> {
    const { repository: repo } = await ready();
    await queue.flush();
    let file: ExportFile;
    let readFromStorage = true;
    try {
      file = await repo.exportAll();
    } catch {
      readFromStorage = false;
      file = {
        format: 'morgenscan-export',
        formatVersion: 1,
        exportedAt: now().toISOString(),
        scans: [],
        answers: [],
        snapshots: [],
        plans: [],
      };
    }
    if (readFromStorage && queue.pending.peek() === 0) return file;
    for (const open of models.peek().values()) file = withMemory(file, open);
    return file;
  }

  function withMemory(file: ExportFile, open: ScanModel): ExportFile {
    const scan = open.scan.peek();
    const stored = new Map(
      file.answers
        .filter((a) => a.scanId === scan.id)
        .map((a) => [`${a.questionnaireId}\u0000${a.itemId}`, a] as const),
    );
    const answers = open
      .answerRecords()
      .filter((record) => fitsItsQuestion(open, record))
      .map((record) => {
        const before = stored.get(`${record.questionnaireId}\u0000${record.itemId}`);
        return before && JSON.stringify(before.value) === JSON.stringify(record.value) ? before : record;
      });
    const hashes = new Set(file.snapshots.map((s) => s.hash));
    const plan = open.planRecord();
    return {
      ...file,
      scans: [...file.scans.filter((s) => s.id !== scan.id), scan],
      answers: [...file.answers.filter((a) => a.scanId !== scan.id), ...answers],
      snapshots: [...file.snapshots, ...open.snapshots.filter((s) => !hashes.has(s.hash))],
      plans: [...file.plans.filter((p) => p.scanId !== scan.id), ...(plan ? [plan] : [])],
    };
  }

  /**
   * An answer read from storage may predate a stricter check; import refuses such an answer, and
   * the scan counts it as not given anyway, so the file leaves it out.
   */
  function fitsItsQuestion(open: ScanModel, record: AnswerRecord): boolean {
    const questionnaire = open.questionnaires.find((q) => q.id === record.questionnaireId);
    const item = questionnaire && allItems(questionnaire).find((i) => i.id === record.itemId);
    return !!questionnaire && !!item && answerProblem(questionnaire, item, record.value) === undefined;
  }

  async function parseFile(content: string): Promise<unknown> {
    const { services: svc } = await ready();
    return svc.parseExportText(content);
  }

  async function previewImport(content: string): Promise<ImportPreview> {
    const { repository: repo } = await ready();
    return repo.previewImport(await parseFile(content));
  }

  async function importData(content: string): Promise<ImportPreview> {
    const { repository: repo } = await ready();
    const data = await parseFile(content);
    await queue.flush();
    const preview = await repo.importAll(data);
    // Imported scans may replace opened ones; read them again from storage when they are needed.
    forget(null);
    await refreshScans();
    return preview;
  }

  return {
    route,
    phase,
    fatal,
    saveError: queue.error,
    questionnaires,
    problems,
    packs,
    general,
    minutes,
    repositoryKind,
    scans,
    resumable,
    saveStatus: queue.status,
    unsaved: queue.pending,
    current,
    load,
    navigate,
    startScan,
    openScan,
    loadReport,
    compare,
    deleteScan,
    deleteAll,
    exportData,
    async exportFile() {
      const { services: svc } = await ready();
      const file = await exportData();
      const inFile = new Set(file.scans.map((scan) => scan.id));
      const leftOut = scans.peek().filter((s) => !inFile.has(s.scan.id)).length;
      return { name: svc.exportFileName(now()), text: svc.serializeExport(file), leftOut };
    },
    previewImport,
    importData,
    async storageEstimate() {
      const { services: svc } = await ready();
      return svc.storageEstimate().catch(() => null);
    },
    async storagePersisted() {
      const { services: svc } = await ready();
      return svc.storagePersisted().catch(() => null);
    },
    dispose() {
      win.removeEventListener('hashchange', onHashChange);
      queue.dispose();
    },
  };
}
