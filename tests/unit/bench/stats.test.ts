import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('uses the nearest rank for percentiles', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    // 20 values: rank ceil(0.95 * 20) = 19.
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => (i + 1) * 10),
        95,
      ),
    ).toBe(190);
    expect(percentile([7], 95)).toBe(7);
  });

  it('summarizes with one decimal', () => {
    expect(summarize([1.04, 2.26, 9.91])).toEqual({ n: 3, median: 2.3, min: 1, max: 9.9, p95: 9.9 });
  });
});
