/**
 * Transfer: everything to one export file, and an import file back (checked and previewed first).
 */
import type { ExportFile, ImportPreview } from '../storage/types';
import type { Library } from './library';
import type { OpenScans } from './open-scans';
import type { SaveQueue } from './save-queue';
import type { Startup } from './startup';

export interface Transfer {
  exportData(): Promise<ExportFile>;
  /**
   * The export as a file to download: its name and its text, and how many of the scans in the
   * list could not be put in it (storage could not be read, or a questionnaire is broken).
   */
  exportFile(): Promise<{ name: string; text: string; leftOut: number }>;
  previewImport(text: string): Promise<ImportPreview>;
  importData(text: string): Promise<ImportPreview>;
}

export interface TransferOptions {
  startup: Startup;
  open: OpenScans;
  library: Library;
  queue: SaveQueue;
  now: () => Date;
}

export function createTransfer(options: TransferOptions): Transfer {
  const { startup, open, library, queue, now } = options;

  /**
   * What storage has, as a file import accepts. While writes are still queued (or failing), the
   * scans opened in this tab are taken from memory instead, so the file holds every answer given.
   * When storage cannot be read at all, the file holds only the scans opened in this tab: only
   * for those are the questionnaires and answers known (the others are left out, not emptied).
   */
  async function exportData(): Promise<ExportFile> {
    const { services, repository } = await startup.ready();
    await queue.flush();
    let file: ExportFile;
    let readFromStorage = true;
    try {
      file = await repository.exportAll();
    } catch {
      readFromStorage = false;
      file = {
        format: 'morgenscan-export',
        formatVersion: 1,
        exportedAt: now().toISOString(),
        scans: [],
        answers: [],
        snapshots: [],
        plans: [],
      };
    }
    if (readFromStorage && queue.pending.peek() === 0) return file;
    const inMemory = [...open.models.peek().values()].map((model) => ({
      scan: model.scan.peek(),
      answers: model.answerRecords(),
      snapshots: model.snapshots,
      plan: model.planRecord(),
    }));
    return services.withOpenScans(file, inMemory);
  }

  async function parseFile(content: string): Promise<unknown> {
    const { services } = await startup.ready();
    return services.parseExportText(content);
  }

  return {
    exportData,
    async exportFile() {
      const { services } = await startup.ready();
      const file = await exportData();
      const inFile = new Set(file.scans.map((scan) => scan.id));
      const leftOut = library.scans.peek().filter((s) => !inFile.has(s.scan.id)).length;
      return { name: services.exportFileName(now()), text: services.serializeExport(file), leftOut };
    },
    async previewImport(content) {
      const { repository } = await startup.ready();
      return repository.previewImport(await parseFile(content));
    },
    async importData(content) {
      const { repository } = await startup.ready();
      const data = await parseFile(content);
      await queue.flush();
      const preview = await repository.importAll(data);
      // Imported scans may replace opened ones; read them again from storage when they are needed.
      open.forget(null);
      await library.refresh();
      return preview;
    },
  };
}
