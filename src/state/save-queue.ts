/**
 * Writes to the repository as soon as a value is given. Different keys are written side by side
 * (IndexedDB keeps the order of transactions on one store); one key waits for its write in flight
 * and then writes only its newest value. A failed write stays queued: it is tried again on the
 * next write and every few seconds, so an answer given while storage hiccups is never dropped (it
 * also stays in memory for export).
 */
import { batch, type ReadonlySignal, signal } from '@preact/signals';

/** idle: nothing written yet; bezig: writing; opgeslagen: all written; fout: a write failed. */
export type SaveStatus = 'idle' | 'bezig' | 'opgeslagen' | 'fout';

export interface SaveQueue {
  readonly status: ReadonlySignal<SaveStatus>;
  /** The Dutch reason of the last failed write, null when all went well. */
  readonly error: ReadonlySignal<string | null>;
  /** Number of writes that wait, run or failed. */
  readonly pending: ReadonlySignal<number>;
  save(key: string, write: () => Promise<void>): Promise<void>;
  /** Starts what waits and resolves when nothing is being written (failed writes stay queued). */
  flush(): Promise<void>;
  /** Forgets queued writes whose key starts with `prefix` (the data is being deleted). */
  discard(prefix: string): void;
  /** Resolves when the writes in progress are done; does not start new ones. */
  settled(): Promise<void>;
  dispose(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Job = () => Promise<void>;

export function createSaveQueue(options: { retryMs?: number; timers?: Timers } = {}): SaveQueue {
  const retryMs = options.retryMs ?? 4000;
  const timers = options.timers ?? defaultTimers;
  const status = signal<SaveStatus>('idle');
  const pending = signal(0);
  const error = signal<string | null>(null);
  /** Not started yet, or failed: the newest write per key. */
  const waiting = new Map<string, Job>();
  const failed = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();
  let retryHandle: unknown = null;
  let disposed = false;

  const update = () => {
    batch(() => {
      pending.value = new Set([...waiting.keys(), ...inFlight.keys()]).size;
      if (failed.size > 0) status.value = 'fout';
      else if (inFlight.size > 0 || waiting.size > 0) status.value = 'bezig';
      else {
        error.value = null;
        status.value = 'opgeslagen';
      }
    });
  };

  const scheduleRetry = () => {
    if (retryHandle !== null || disposed) return;
    retryHandle = timers.setTimeout(() => {
      retryHandle = null;
      start();
    }, retryMs);
  };

  const startKey = (key: string, job: Job) => {
    waiting.delete(key);
    const run = (async () => {
      try {
        await job();
        failed.delete(key);
      } catch (failure) {
        error.value = failure instanceof Error && failure.message ? failure.message : null;
        failed.add(key);
        // Keep it for the next try, unless a newer value came in meanwhile.
        if (!waiting.has(key)) waiting.set(key, job);
        scheduleRetry();
      } finally {
        inFlight.delete(key);
      }
      const next = waiting.get(key);
      if (next && !failed.has(key) && !disposed) startKey(key, next);
      update();
    })();
    inFlight.set(key, run);
  };

  /** Starts every waiting write whose key has nothing in flight (failed ones too: a retry). */
  const start = () => {
    if (disposed) return;
    for (const [key, job] of [...waiting]) if (!inFlight.has(key)) startKey(key, job);
    update();
  };

  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
  };

  return {
    status,
    error,
    pending,
    save(key, write) {
      waiting.set(key, write);
      // A new value for a failed key is a fresh try, not a known failure.
      if (!inFlight.has(key)) failed.delete(key);
      start();
      return idle();
    },
    async flush() {
      start();
      await idle();
    },
    async settled() {
      await idle();
    },
    discard(prefix) {
      for (const key of [...waiting.keys()]) if (key.startsWith(prefix)) waiting.delete(key);
      for (const key of [...failed]) if (key.startsWith(prefix)) failed.delete(key);
      update();
    },
    dispose() {
      disposed = true;
      if (retryHandle !== null) timers.clearTimeout(retryHandle);
    },
  };
}
