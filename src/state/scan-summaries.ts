/**
 * One line per stored scan in "Mijn scans": its role and number of screens, from a questionnaire
 * this tab already checked, or else from the outline of its stored snapshot.
 */
import { questionnaireOutline } from '../domain/outline';
import type { Repository, ScanRecord } from '../storage/types';
import type { Catalog } from './catalog';
import type { ScanSummary } from './types';

/** Lists every stored scan; each questionnaire version is read once per listing. */
export async function summariseScans(
  repository: Repository,
  catalog: Pick<Catalog, 'checked'>,
): Promise<ScanSummary[]> {
  const list = await repository.listScans();
  const outlines = new Map<string, Promise<ReturnType<typeof questionnaireOutline>>>();
  const outline = (hash: string) => {
    const known = catalog.checked(hash);
    if (known) return Promise.resolve({ role: known.role ?? null, sections: known.sections.length });
    let stored = outlines.get(hash);
    if (!stored) {
      stored = repository.getSnapshot(hash).then(
        (snapshot) => questionnaireOutline(snapshot?.content),
        () => null,
      );
      outlines.set(hash, stored);
    }
    return stored;
  };
  return Promise.all(list.map((scan) => summarise(scan, outline)));
}

async function summarise(
  scan: ScanRecord,
  outline: (hash: string) => Promise<ReturnType<typeof questionnaireOutline>>,
): Promise<ScanSummary> {
  let role: string | null = null;
  let sections = 0;
  let known = true;
  for (const ref of scan.questionnaires) {
    const found = await outline(ref.hash);
    if (ref.id === scan.packId && found && found.role !== null) role = found.role;
    if (found) sections += found.sections;
    else known = false;
  }
  return { scan, role, totalSteps: known ? sections + 1 : null };
}
