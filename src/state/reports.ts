/** What the report of a scan needs: the scan itself (open, so the plan saves) and the earlier scan. */
import { previousFinished } from '../domain/history';
import type { AnsweredScan } from '../domain/scan';
import type { Library } from './library';
import type { OpenScans } from './open-scans';
import type { ReportScans } from './types';

export interface Reports {
  loadReport(scanId: string): Promise<ReportScans>;
}

export function createReports(options: { open: OpenScans; library: Library }): Reports {
  const { open, library } = options;
  return {
    async loadReport(scanId) {
      // The earlier scan to compare with comes from the list of stored scans; the host's files are not needed.
      const [model] = await Promise.all([open.open(scanId), library.listed()]);
      const previous = previousFinished(
        library.scans.peek().map((s) => s.scan),
        model.scan.peek(),
      );
      let earlier: AnsweredScan | null = null;
      if (previous) {
        try {
          const data = await open.read(previous.id);
          earlier = { scan: data.scan, questionnaires: data.questionnaires, answers: data.answers };
        } catch {
          // An earlier scan whose questionnaire is broken is left out of the comparison, not fatal.
          earlier = null;
        }
      }
      return { model, earlier };
    },
  };
}
