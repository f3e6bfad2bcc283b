/**
 * Rules about a person's scans over time. Pure: the models ask, storage is not involved.
 */

/** What these rules read of a scan (a stored scan record fits). */
export interface ScanMoment {
  id: string;
  status: 'bezig' | 'klaar';
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** Newest first by the moment a scan was started. */
export function byNewest(a: Pick<ScanMoment, 'createdAt'>, b: Pick<ScanMoment, 'createdAt'>): number {
  return b.createdAt.localeCompare(a.createdAt);
}

/** When a scan counts as taken: when it was finished, or else when it was started. */
function takenAt(scan: ScanMoment): string {
  return scan.finishedAt ?? scan.createdAt;
}

/**
 * The finished scan the report of `self` compares with: the last one finished before `self` was
 * taken. A scan is never its own earlier scan; unfinished scans do not count.
 */
export function previousFinished<S extends ScanMoment>(scans: readonly S[], self: ScanMoment): S | undefined {
  return scans
    .filter((s) => s.id !== self.id && s.status === 'klaar' && takenAt(s) < takenAt(self))
    .sort((a, b) => takenAt(b).localeCompare(takenAt(a)))[0];
}

/** The unfinished scan worked on last: the one "continue where you were" opens. */
export function latestUnfinished<S extends ScanMoment>(scans: readonly S[]): S | undefined {
  return scans.filter((s) => s.status === 'bezig').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}
