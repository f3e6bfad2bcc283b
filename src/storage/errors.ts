/**
 * Errors the storage layer throws. Every message is Dutch and ready to show: the state layer puts
 * it on screen, keeps the answer in memory and tries again.
 */
import type { Problem } from '../domain/validate';
import { storage as text } from '../text/storage';

/** A read or write that did not happen. `retry` says whether trying again can help. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly retry: boolean;
  constructor(message: string, options: { cause?: unknown; retry?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.retry = options.retry ?? true;
  }
}

/** Opening the database failed in a way a memory fallback would hide (blocked, newer version). */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
}

/** An import file that is refused; `problems` names what is wrong and where. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(importMessage(problems));
    this.problems = problems;
  }
}

const SHOWN_PROBLEMS = 5;

function importMessage(problems: readonly Problem[]): string {
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const rest = problems.length - SHOWN_PROBLEMS;
  if (rest > 0) lines.push(text.importMoreProblems(rest));
  return [text.importRefused, ...lines].join('\n');
}

/** Thrown by a repository whose connection was closed so another tab could upgrade. */
export class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
  constructor() {
    super(text.reasonReload);
  }
}

/** A record that does not fit its schema; the message is the Dutch reason. Never retried. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
}

/** The reason part of a message, in Dutch, from whatever IndexedDB threw. */
export function failureReason(error: unknown): string {
  if (error instanceof ConnectionClosedError) return text.reasonReload;
  if (error instanceof InvalidRecordError) return error.message;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return text.reasonQuotaFull;
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError' || name === 'AbortError')
    return text.reasonConnectionLost;
  return text.reasonBrowserError(name);
}

export function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) return String(error.name);
  return 'onbekend';
}

/** Wraps a storage operation so that any failure becomes a StorageError with a Dutch message. */
export async function withMessage<T>(message: (reason: string) => string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof ImportError || error instanceof StorageError) throw error;
    throw new StorageError(message(failureReason(error)), {
      cause: error,
      retry: !(error instanceof ConnectionClosedError || error instanceof InvalidRecordError),
    });
  }
}
