/**
 * The app's life around the scan: offline ready, a new version waiting, and a database upgraded by
 * another tab. A factory (no module state) so tests can drive it with fakes; the app passes it
 * down by context next to the app model.
 *
 * Reloading is always the user's choice. Even when another tab activates the new version (which
 * takes over this tab too), this tab only shows the prompt: a scan may be in progress.
 */
import { type ReadonlySignal, signal } from '@preact/signals';

export interface ServiceWorkerCallbacks {
  onOfflineReady(): void;
  onNeedRefresh(): void;
  /** The new version took over this page (after our own update, or another tab's). */
  onNeedReload(): void;
  onRegisteredSW(swUrl: string, registration: ServiceWorkerRegistration | undefined): void;
  onRegisterError(error: unknown): void;
}

/** Registers the service worker; resolves to a function that activates a waiting version. */
export type RegisterServiceWorker = (callbacks: ServiceWorkerCallbacks) => Promise<() => Promise<void>>;

export interface PwaModelOptions {
  register: RegisterServiceWorker;
  reload: () => void;
  /** Whether the device is online now; update checks are skipped when it is not. */
  online?: () => boolean;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

export interface PwaModel {
  /** Everything is cached: the app now works without a network. */
  readonly offlineReady: ReadonlySignal<boolean>;
  /** A new version is waiting (or already took over); the user may reload. */
  readonly needRefresh: ReadonlySignal<boolean>;
  /** Another tab upgraded the database; this tab must reload before it can save again. */
  readonly databaseReplaced: ReadonlySignal<boolean>;
  /** Registers the service worker; call once, in the browser, after the first paint. */
  start(): Promise<void>;
  /** The user chose to load the new version. */
  update(): Promise<void>;
  dismissUpdate(): void;
  dismissOfflineReady(): void;
  /** Pass to `openRepository({ onVersionChange })`. */
  onDatabaseVersionChange(): void;
  reload(): void;
  dispose(): void;
}

/** How often an open app asks the host for a new version. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** If the new version has not taken over by then (it already had, in another tab), reload anyway. */
export const RELOAD_FALLBACK_MS = 3000;

export function createPwaModel(options: PwaModelOptions): PwaModel {
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
  const every = options.setInterval ?? ((callback, ms) => globalThis.setInterval(callback, ms));
  const stopEvery = options.clearInterval ?? ((handle) => globalThis.clearInterval(handle as number));
  const later = options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms));

  const offlineReady = signal(false);
  const needRefresh = signal(false);
  const databaseReplaced = signal(false);

  let updateServiceWorker: (() => Promise<void>) | null = null;
  let started: Promise<void> | null = null;
  let updateRequested = false;
  let newVersionControls = false;
  let checkTimer: unknown = null;
  let reloading = false;

  const reload = () => {
    if (reloading) return;
    reloading = true;
    options.reload();
  };

  const callbacks: ServiceWorkerCallbacks = {
    onOfflineReady() {
      offlineReady.value = true;
    },
    onNeedRefresh() {
      needRefresh.value = true;
    },
    onNeedReload() {
      newVersionControls = true;
      if (updateRequested) reload();
      else needRefresh.value = true;
    },
    onRegisteredSW(_swUrl, registration) {
      if (!registration || checkTimer !== null) return;
      checkTimer = every(() => {
        if (online()) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError() {
      // No service worker (plain http, a locked-down browser): the app still works online.
    },
  };

  return {
    offlineReady,
    needRefresh,
    databaseReplaced,
    start() {
      started ??= options.register(callbacks).then(
        (update) => {
          updateServiceWorker = update;
        },
        () => undefined,
      );
      return started;
    },
    async update() {
      updateRequested = true;
      needRefresh.value = false;
      if (newVersionControls || !updateServiceWorker) {
        reload();
        return;
      }
      await updateServiceWorker();
      later(reload, RELOAD_FALLBACK_MS);
    },
    dismissUpdate() {
      needRefresh.value = false;
    },
    dismissOfflineReady() {
      offlineReady.value = false;
    },
    onDatabaseVersionChange() {
      databaseReplaced.value = true;
    },
    reload,
    dispose() {
      if (checkTimer !== null) stopEvery(checkTimer);
      checkTimer = null;
    },
  };
}
