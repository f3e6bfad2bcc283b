/**
 * Colours of the report. Red / grey / green carry the trend, but never alone: every place that
 * uses them also shows a word and an icon. The dark tones keep 4.5:1 contrast on white and stay
 * apart in grey print (green darkest, grey lightest).
 */
import type { Trend } from '../../domain/format';

export const TREND_COLOURS: Readonly<Record<Trend, string>> = {
  groeit: '#1d6b34',
  blijft: '#8a8f96',
  krimpt: '#b3261e',
};

/** The ink of text and lines in charts (the same as the report text). */
export const INK = '#1b1b1f';
export const GRID = '#c9ccd1';
/** The app's accent (dark blue), not one of the trend colours. */
export const ACCENT = '#154273';
export const ACCENT_FILL = 'rgba(21, 66, 115, 0.16)';
