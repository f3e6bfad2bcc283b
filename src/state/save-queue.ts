/**
 * Writes to the repository one at a time, the newest value per key winning. A failed write stays
 * in the queue: it is tried again on the next write and every few seconds, so an answer given
 * while storage hiccups is never dropped (it also stays in memory for export).
 */
import { type ReadonlySignal, signal } from '@preact/signals';

/** idle: nothing written yet; bezig: writing; opgeslagen: all written; fout: a write failed. */
export type SaveStatus = 'idle' | 'bezig' | 'opgeslagen' | 'fout';

export interface SaveQueue {
  readonly status: ReadonlySignal<SaveStatus>;
  /** The Dutch reason of the last failed write, null when all went well. */
  readonly error: ReadonlySignal<string | null>;
  /** Number of writes that wait or failed. */
  readonly pending: ReadonlySignal<number>;
  save(key: string, write: () => Promise<void>): Promise<void>;
  /** Resolves when everything queued so far is written, or a write failed. */
  flush(): Promise<void>;
  /** Forgets queued writes whose key starts with `prefix` (the data is being deleted). */
  discard(prefix: string): void;
  /** Resolves when the write in progress (if any) is done; does not start new ones. */
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

export function createSaveQueue(options: { retryMs?: number; timers?: Timers } = {}): SaveQueue {
  const retryMs = options.retryMs ?? 4000;
  const timers = options.timers ?? defaultTimers;
  const status = signal<SaveStatus>('idle');
  const pending = signal(0);
  const error = signal<string | null>(null);
  const jobs = new Map<string, () => Promise<void>>();
  let running: Promise<void> | null = null;
  let retryHandle: unknown = null;
  let disposed = false;

  const scheduleRetry = () => {
    if (retryHandle !== null || disposed) return;
    retryHandle = timers.setTimeout(() => {
      retryHandle = null;
      void run();
    }, retryMs);
  };

  const run = (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      while (jobs.size > 0 && !disposed) {
        const next = jobs.entries().next().value;
        if (!next) break;
        const [key, job] = next;
        status.value = 'bezig';
        try {
          await job();
        } catch (failure) {
          error.value = failure instanceof Error && failure.message ? failure.message : null;
          status.value = 'fout';
          scheduleRetry();
          return;
        }
        // A newer value for this key may have arrived while writing; then it stays queued.
        if (jobs.get(key) === job) jobs.delete(key);
        pending.value = jobs.size;
      }
      if (jobs.size === 0) {
        error.value = null;
        status.value = 'opgeslagen';
      }
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    status,
    error,
    pending,
    save(key, write) {
      jobs.delete(key);
      jobs.set(key, write);
      pending.value = jobs.size;
      if (running) return running.then(() => run());
      return run();
    },
    async flush() {
      if (running) await running;
      if (jobs.size > 0) await run();
    },
    async settled() {
      if (running) await running;
    },
    discard(prefix) {
      for (const key of [...jobs.keys()]) if (key.startsWith(prefix)) jobs.delete(key);
      pending.value = jobs.size;
      if (jobs.size === 0 && status.peek() === 'fout') status.value = 'opgeslagen';
    },
    dispose() {
      disposed = true;
      if (retryHandle !== null) timers.clearTimeout(retryHandle);
    },
  };
}
