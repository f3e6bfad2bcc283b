import { describe, expect, it } from 'vitest';
import { withOpenScans } from '../../../src/storage/export-patch';
import { assembleExport } from '../../../src/storage/merge';
import { answer, MINDSET, PACK, plan, scan } from './sample-data';

const stored = assembleExport(
  '2025-03-02T10:00:00.000Z',
  [scan('a'), scan('b')],
  [answer('a', 'gm-1', 2), answer('b', 'gm-1', 3)],
  [PACK, MINDSET],
  [plan('b')],
);

describe('the export with the scans open in this tab', () => {
  it('takes an open scan from memory: its record, answers and plan', () => {
    const open = scan('a', '2025-03-02T11:00:00.000Z', { step: 3 });
    const file = withOpenScans(stored, [
      {
        scan: open,
        answers: [answer('a', 'gm-1', 4, MINDSET.id, '2025-03-02T11:00:00.000Z'), answer('a', 'gm-2', 1)],
        snapshots: [PACK, MINDSET],
        plan: plan('a', 'Leren over fraude.'),
      },
    ]);
    expect(file.scans.find((s) => s.id === 'a')).toEqual(open);
    expect(file.answers.filter((a) => a.scanId === 'a').map((a) => [a.itemId, a.value])).toEqual([
      ['gm-1', 4],
      ['gm-2', 1],
    ]);
    expect(file.plans.map((p) => [p.scanId, p.goals])).toEqual([
      ['a', 'Leren over fraude.'],
      ['b', plan('b').goals],
    ]);
    // The scan that is not open stays as storage has it.
    expect(file.answers.filter((a) => a.scanId === 'b')).toEqual([answer('b', 'gm-1', 3)]);
    expect(file.snapshots).toHaveLength(2);
  });

  it('keeps the stored record of an answer that did not change, and leaves out one import would refuse', () => {
    const file = withOpenScans(stored, [
      {
        scan: scan('a'),
        answers: [answer('a', 'gm-1', 2, MINDSET.id, '2025-03-09T00:00:00.000Z'), answer('a', 'gm-2', 99)],
        snapshots: [],
        plan: undefined,
      },
    ]);
    expect(file.answers.filter((a) => a.scanId === 'a')).toEqual([answer('a', 'gm-1', 2)]);
  });

  it('holds an open scan whose questionnaires storage does not have yet', () => {
    const empty = assembleExport('2025-03-02T10:00:00.000Z', [], [], [], []);
    const file = withOpenScans(empty, [
      { scan: scan('c'), answers: [answer('c', 'gm-1', 1)], snapshots: [PACK, MINDSET], plan: undefined },
    ]);
    expect(file.scans.map((s) => s.id)).toEqual(['c']);
    expect(file.snapshots.map((s) => s.hash).sort()).toEqual([PACK.hash, MINDSET.hash].sort());
    expect(file.answers).toEqual([answer('c', 'gm-1', 1)]);
  });
});
