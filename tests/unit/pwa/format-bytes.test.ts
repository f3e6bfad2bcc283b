import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/pwa/format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [1499, '1 kB'],
    [48_500, '49 kB'],
    [999_499, '999 kB'],
    [1_000_000, '1 MB'],
    [3_450_000, '3,5 MB'],
    [1_234_000_000, '1.234 MB'],
    [-5, '0 bytes'],
  ])('%d bytes reads as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
