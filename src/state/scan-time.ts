/**
 * The app's words the time model reads on every screen (src/domain/estimate.ts), and the minutes
 * of a scan with them. The one place the state and the screens get minutes from.
 */
import { type EstimatedQuestionnaire, estimateMinutes, type ScreenTexts } from '../domain/estimate';
import { app as text } from '../text/app';

/**
 * The progress line is counted with two-digit numbers ("Stap 10 van 12"): the real numbers do
 * not change the number of words.
 */
export const SCREEN_TEXTS: ScreenTexts = {
  trend: { groeit: text.trendGroeit, blijft: text.trendBlijft, krimpt: text.trendKrimpt },
  isNew: text.taskNew,
  optional: text.optional,
  progress: [text.stepOf(10, 12), text.minutesLeft(10)],
  next: text.nextButton,
  toOverview: text.toOverviewButton,
  back: text.backButton,
};

/** Whole minutes for a scan: one task pack and the general questionnaires, in scan order. */
export function scanMinutes(questionnaires: readonly EstimatedQuestionnaire[]): number {
  return estimateMinutes(questionnaires, SCREEN_TEXTS);
}
