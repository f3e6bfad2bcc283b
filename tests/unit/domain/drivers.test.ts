/** R16: the top of what gives energy as tie groups, worked by hand on made-up scores. */
import { describe, expect, it } from 'vitest';
import { type ScaleResult, topDriverGroups } from '../../../src/domain/scoring';

function driver(id: string, score: number | null): ScaleResult {
  return {
    id,
    title: id,
    explanation: '',
    group: 'drijfveer',
    score,
    rawSum: null,
    answered: score === null ? 0 : 3,
    total: 3,
    band: null,
    asQuestion: false,
  };
}
const ids = (groups: ScaleResult[][]) => groups.map((g) => g.map((d) => d.id));

describe('topDriverGroups (R16)', () => {
  it('takes whole tie groups until at least three drivers are in; a group that crosses three is taken whole', () => {
    const all = [driver('a', 90), driver('b', 80), driver('c', 80), driver('d', 80), driver('e', 70), driver('f', 60)];
    // 90 (1) → 1 taken; 80 (3) → 4 taken ≥ 3: stop. e and f stay out.
    expect(ids(topDriverGroups(all, 3).groups)).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('ties on the rounded score, so two drivers that print the same number are both in or both out', () => {
    const all = [driver('a', 86.7), driver('b', 80.4), driver('c', 79.6), driver('d', 60), driver('e', 40)];
    // rounded 87, 80, 80, 60, 40: 87 → 1; 80, 80 → 3 taken.
    expect(ids(topDriverGroups(all, 3).groups)).toEqual([['a'], ['b', 'c']]);
  });

  it('takes only drivers above the middle (50)', () => {
    const all = [driver('a', 70), driver('b', 50), driver('c', 50.4), driver('d', 20)];
    // 50 and 50.4 → 50 are not above 50: only a.
    expect(ids(topDriverGroups(all, 3).groups)).toEqual([['a']]);
    expect(topDriverGroups(all, 3).noTopReason).toBeNull();
  });

  it('has no top when nothing is above the middle', () => {
    const all = [driver('a', 50), driver('b', 40), driver('c', 0)];
    expect(topDriverGroups(all, 3)).toEqual({ groups: [], noTopReason: 'noneAbove' });
  });

  it('has no top when the groups would take every driver ("the same answer everywhere")', () => {
    // Answer 4 everywhere with one reverse item per driver: (60 + 60 + 40) / 3 = 53.3 → 53 for all six.
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => driver(id, 160 / 3));
    expect(topDriverGroups(all, 3)).toEqual({ groups: [], noTopReason: 'allEqual' });
  });

  it('drops only the last group when the taken groups hold every driver', () => {
    const all = [driver('a', 90), driver('b', 60), driver('c', 60)];
    // 90 → 1; 60, 60 → 3 = every driver: the last group goes, a stays.
    expect(ids(topDriverGroups(all, 3).groups)).toEqual([['a']]);
  });

  it('says nothing yet when no driver has a score', () => {
    expect(topDriverGroups([driver('a', null), driver('b', null)], 3)).toEqual({ groups: [], noTopReason: null });
  });
});
