/**
 * Two scans scored side by side for the compare screen. Moved here unchanged from the app model;
 * the scoring of a comparison belongs in the domain's comparison module.
 */
import type { Library } from './library';
import type { OpenScans } from './open-scans';
import type { Startup } from './startup';
import type { Comparison } from './types';

export interface Comparisons {
  compare(firstId: string, secondId: string): Promise<Comparison>;
}

export function createComparisons(options: { startup: Startup; open: OpenScans; library: Library }): Comparisons {
  const { startup, open, library } = options;
  return {
    async compare(firstId, secondId) {
      const { services } = await startup.ready();
      const side = async (scanId: string) => {
        const data = await open.read(scanId);
        const result = services.scoreScan(data.questionnaires, data.answers);
        const role = library.scans.peek().find((s) => s.scan.id === scanId)?.role ?? null;
        return { data: { scan: data.scan, questionnaires: data.questionnaires, answers: data.answers }, result, role };
      };
      const [first, second] = await Promise.all([side(firstId), side(secondId)]);
      return { first, second };
    },
  };
}
