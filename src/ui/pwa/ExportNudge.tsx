import type { Repository } from '../../storage/types';
import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface ExportNudgeProps {
  repositoryKind: Repository['kind'] | null;
  /** Where the user can save the scans as a file (the data screen). */
  exportHref: string;
}

/**
 * After a finished scan: browsers may delete site data, so save the scan as a file too. In memory
 * mode the notice at the top of every screen already says this, more strongly.
 */
export function ExportNudge({ repositoryKind, exportHref }: ExportNudgeProps) {
  if (repositoryKind !== 'indexeddb') return null;
  return (
    <aside class="utrecht-alert utrecht-alert--info pwa-notice" aria-labelledby="pwa-export-nudge-title">
      <div class="utrecht-alert__content">
        <p id="pwa-export-nudge-title" class="utrecht-alert__heading">
          {text.exportNudgeTitle}
        </p>
        <p>
          {text.storageWhere} {text.storageMayDelete}
        </p>
        <p>
          <a class="utrecht-link" href={exportHref}>
            {text.storageExportLink}
          </a>
        </p>
      </div>
    </aside>
  );
}
