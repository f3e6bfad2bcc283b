/**
 * Comparing two scans: the one comparison behind both the compare screen ("Twee scans naast
 * elkaar") and the report's "Wat is er veranderd?". Every figure is the whole number the report
 * shows, so both screens give the same number for the same thing.
 */
import type { ScanResult } from '../scoring';
import { roundScore, roundTimeShare } from './figures';

/**
 * match: the match with tomorrow's work; groeit / krimpt: share of time (multiples of 5, R7) in work
 * that wordt meer / minder; plezier-groeit / kunnen-groeit: the hoe leuk / hoe goed onderdelen of the
 * match; scale: a score (never one that is a question for the conversation, R18). Left-out tasks are
 * in none of them (R5).
 */
export type FigureKind = 'match' | 'groeit' | 'krimpt' | 'plezier-groeit' | 'kunnen-groeit' | 'scale';

export interface Figure {
  /** The same figure has the same key in every scan. */
  key: string;
  kind: FigureKind;
  questionnaireId: string;
  /** The score's id; for the figures of the task pack the kind. */
  id: string;
  /** The score's title; null for the figures of the task pack, which the screens name themselves. */
  title: string | null;
  /** Whole number 0–100; null when nothing of it is answered. */
  value: number | null;
}

export interface FigureRow extends Omit<Figure, 'value'> {
  before: number | null;
  now: number | null;
  /** now − before, null when one of them is missing. */
  difference: number | null;
  /** Whether each scan has this figure at all (a score of a questionnaire it did not have: no). */
  inBefore: boolean;
  inNow: boolean;
}

export function scaleKey(questionnaireId: string, scaleId: string): string {
  return `${questionnaireId}/${scaleId}`;
}

/** Every figure of one scan: the task pack's first, then every score in questionnaire order. */
export function scanFigures(result: ScanResult): Figure[] {
  const figures: Figure[] = [];
  const shift = result.pack?.taskShift;
  if (result.pack && shift) {
    const questionnaireId = result.pack.questionnaireId;
    const share = roundTimeShare(shift.timePoints);
    const work = (kind: Exclude<FigureKind, 'scale'>, value: number | null) =>
      figures.push({ key: kind, kind, questionnaireId, id: kind, title: null, value });
    work('match', roundScore(shift.match.score));
    work('groeit', share?.groeit ?? null);
    work('krimpt', share?.krimpt ?? null);
    work('plezier-groeit', roundScore(shift.likingGrowing));
    work('kunnen-groeit', roundScore(shift.abilityGrowing));
  }
  for (const questionnaire of result.results)
    for (const scale of questionnaire.scales.filter((s) => !s.asQuestion))
      figures.push({
        key: scaleKey(questionnaire.questionnaireId, scale.id),
        kind: 'scale',
        questionnaireId: questionnaire.questionnaireId,
        id: scale.id,
        title: scale.title,
        value: roundScore(scale.score),
      });
  return figures;
}

/** Every figure either scan has: in the order of `before`, then the ones only `now` has. */
export function compareFigures(before: readonly Figure[], now: readonly Figure[]): FigureRow[] {
  const then = new Map(before.map((f) => [f.key, f]));
  const current = new Map(now.map((f) => [f.key, f]));
  const keys = [...new Set([...then.keys(), ...current.keys()])];
  return keys.flatMap((key) => {
    const b = then.get(key);
    const n = current.get(key);
    // Named as the earlier scan named it, as the compare screen always did.
    const figure = b ?? n;
    if (!figure) return [];
    const { value: _value, ...what } = figure;
    const beforeValue = b?.value ?? null;
    const nowValue = n?.value ?? null;
    return [
      {
        ...what,
        before: beforeValue,
        now: nowValue,
        difference: beforeValue !== null && nowValue !== null ? nowValue - beforeValue : null,
        inBefore: b !== undefined,
        inNow: n !== undefined,
      },
    ];
  });
}

/** Two scored scans compared figure by figure (older first, for the compare screen). */
export function compareScans(before: ScanResult, now: ScanResult): FigureRow[] {
  return compareFigures(scanFigures(before), scanFigures(now));
}
