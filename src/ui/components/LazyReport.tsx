/** The report's code (with chart.js): downloaded only when needed, or ahead from the last scan screens. */
import type { ReportScreenProps } from '../../report/ReportScreen';
import { lazy } from '../lazy';

export const LazyReportScreen = lazy<ReportScreenProps>(() =>
  import('../../report/ReportScreen').then((m) => m.default),
);

/** Fetches the report's code ahead, while someone is on the last screens of a scan. */
export function preloadReport(): void {
  void LazyReportScreen.preload().catch(() => undefined);
}
