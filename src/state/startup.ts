/**
 * Starting the app: the heavy code (storage, zod, scoring) and the database, each loaded once,
 * then the host's questionnaires and the list of scans. A screen asks for as little as it needs:
 * a stored scan opens from the database alone, without waiting for the host.
 */
import { batch, type ReadonlySignal, signal } from '@preact/signals';
import type { Repository } from '../storage/types';
import { app as text } from '../text/app';
import type { Services } from './types';

export type LoadPhase = 'laden' | 'klaar' | 'fout';

/** The code and the database, once both are there. */
export interface Backend {
  services: Services;
  repository: Repository;
}

export interface StartupOptions {
  services: () => Promise<Services>;
  /** Another tab upgraded the database; this tab must reload before it can save again. */
  onDatabaseVersionChange?: () => void;
  /** The host's questionnaires; fetched beside opening the database, shown by the function it returns. */
  fetchCatalog: (services: Services) => Promise<() => void>;
  /** The stored scans; runs once the database is open and the questionnaires are in. */
  listScans: () => Promise<void>;
}

export interface Startup {
  readonly phase: ReadonlySignal<LoadPhase>;
  /** A Dutch message when the app itself could not start (not a broken questionnaire). */
  readonly fatal: ReadonlySignal<string | null>;
  readonly repositoryKind: ReadonlySignal<Repository['kind'] | null>;
  /** Everything: database, questionnaires, list of scans. Never rejects; see `phase` and `fatal`. */
  load(): Promise<void>;
  /** After load(): the code and the database, or an Error saying why the app could not start. */
  ready(): Promise<Backend>;
  /** The code and the database only; when they fail, load() says why, for every screen at once. */
  storageReady(): Promise<Backend>;
}

export function createStartup(options: StartupOptions): Startup {
  const phase = signal<LoadPhase>('laden');
  const fatal = signal<string | null>(null);
  const repositoryKind = signal<Repository['kind'] | null>(null);
  let backend: Backend | null = null;
  let servicesLoading: Promise<Services> | null = null;
  let storageLoading: Promise<Backend> | null = null;
  let loading: Promise<void> | null = null;

  const services = () => {
    servicesLoading ??= options.services();
    return servicesLoading;
  };

  /** Code and database only: an existing scan opens from its stored snapshots, without the network. */
  const storage = () => {
    storageLoading ??= (async () => {
      const svc = await services();
      const repository = await svc.openRepository(() => options.onDatabaseVersionChange?.());
      backend = { services: svc, repository };
      repositoryKind.value = repository.kind;
      return backend;
    })();
    return storageLoading;
  };

  function load(): Promise<void> {
    loading ??= (async () => {
      try {
        const [, showCatalog] = await Promise.all([storage(), services().then(options.fetchCatalog)]);
        showCatalog();
        await options.listScans();
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

  return {
    phase,
    fatal,
    repositoryKind,
    load,
    async ready() {
      await load();
      if (!backend) throw new Error(fatal.peek() ?? text.errorAppLoad);
      return backend;
    },
    async storageReady() {
      try {
        return await storage();
      } catch {
        await load();
        throw new Error(fatal.peek() ?? text.errorAppLoad);
      }
    },
  };
}
