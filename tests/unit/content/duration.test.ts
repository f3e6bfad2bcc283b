/**
 * The start screen promises about a quarter of an hour. A scan is one task pack plus groeimindset
 * plus talent-motivatie; the minutes come from estimate.ts (seconds per kind of question, justified
 * there). Worked out by hand for Burgerzaken, the longest scan:
 * - burgerzaken: 28 tasks × 12 s + 4 screens × 10 s = 376 s;
 * - groeimindset: 10 statements × 7 s + 1 screen × 10 s = 80 s;
 * - talent-motivatie: 31 statements × 7 s + 28 options × 5 s + 4 options × 5 s + 5 screens × 10 s = 427 s;
 * together 883 s, which is 15 minutes rounded up.
 */
import { describe, expect, it } from 'vitest';
import { estimateMinutes, estimateSeconds } from '../../../src/domain/estimate';
import { GENERAL, load, PACKS } from './load';

const general = GENERAL.map(load);

describe('how long a scan takes', () => {
  it('adds up to 883 seconds for Burgerzaken, as worked out by hand', () => {
    expect(estimateSeconds(load('burgerzaken'))).toBe(376);
    expect(estimateSeconds(load('groeimindset'))).toBe(80);
    expect(estimateSeconds(load('talent-motivatie'))).toBe(427);
    expect(estimateMinutes([load('burgerzaken'), ...general])).toBe(15);
  });

  it.each(PACKS)('takes at most 15 minutes with the %s pack', (pack) => {
    expect(estimateMinutes([load(pack), ...general])).toBeLessThanOrEqual(15);
  });

  it.each([...PACKS, ...GENERAL])('%s declares no minutes of its own: the app works them out', (name) => {
    expect(load(name).estimatedMinutes).toBeUndefined();
  });
});
