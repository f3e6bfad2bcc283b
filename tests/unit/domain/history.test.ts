import { describe, expect, it } from 'vitest';
import { byNewest, latestUnfinished, previousFinished, type ScanMoment } from '../../../src/domain/history';

function scan(
  id: string,
  status: ScanMoment['status'],
  createdAt: string,
  finishedAt: string | null = null,
): ScanMoment {
  return { id, status, createdAt, updatedAt: finishedAt ?? createdAt, finishedAt };
}

describe('the previous finished scan', () => {
  const january = scan('jan', 'klaar', '2026-01-05T10:00:00.000Z', '2026-01-05T10:20:00.000Z');
  const march = scan('mrt', 'klaar', '2026-03-01T09:00:00.000Z', '2026-03-01T09:30:00.000Z');
  const open = scan('open', 'bezig', '2026-02-01T09:00:00.000Z');

  it('is the last scan finished before this one was taken', () => {
    const now = scan('nu', 'klaar', '2026-04-01T09:00:00.000Z', '2026-04-01T09:15:00.000Z');
    expect(previousFinished([january, march, open, now], now)?.id).toBe('mrt');
  });

  it('never is the scan itself, an unfinished scan, or a later one', () => {
    expect(previousFinished([january, march, open], january)).toBeUndefined();
    expect(previousFinished([january, march, open], march)?.id).toBe('jan');
    expect(previousFinished([open], scan('nu', 'bezig', '2026-05-01T09:00:00.000Z'))).toBeUndefined();
  });

  it('counts an unfinished scan as taken when it was started', () => {
    const started = scan('nu', 'bezig', '2026-02-15T09:00:00.000Z');
    expect(previousFinished([january, march], started)?.id).toBe('jan');
  });
});

describe('the scan to continue', () => {
  it('is the unfinished scan worked on last', () => {
    const older = { ...scan('a', 'bezig', '2026-01-01T09:00:00.000Z'), updatedAt: '2026-03-01T09:00:00.000Z' };
    const newer = { ...scan('b', 'bezig', '2026-02-01T09:00:00.000Z'), updatedAt: '2026-02-02T09:00:00.000Z' };
    const done = scan('c', 'klaar', '2026-04-01T09:00:00.000Z', '2026-04-01T10:00:00.000Z');
    expect(latestUnfinished([newer, done, older])?.id).toBe('a');
    expect(latestUnfinished([done])).toBeUndefined();
  });
});

describe('the order of scans', () => {
  it('puts the newest first', () => {
    const list = [scan('a', 'klaar', '2026-01-01T00:00:00.000Z'), scan('b', 'bezig', '2026-02-01T00:00:00.000Z')];
    expect(list.sort(byNewest).map((s) => s.id)).toEqual(['b', 'a']);
  });
});
