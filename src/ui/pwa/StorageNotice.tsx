import { formatBytes } from '../../pwa/format-bytes';
import type { Repository } from '../../storage/types';
import { pwa as text } from '../../text/pwa';
import { MemoryNotice } from './MemoryNotice';
import './pwa.css';

export interface StorageNoticeProps {
  repositoryKind: Repository['kind'];
  /** From storageEstimate(); null when the browser does not tell. */
  estimate: { usage: number; quota: number } | null;
  /** From requestPersistence(); true when the browser promised to keep the data. */
  persisted?: boolean | null;
  /** Where the user can save the scans as a file (the data screen). */
  exportHref?: string;
  headingLevel?: 2 | 3;
}

/**
 * Where the answers are kept and how much space they take, with the plain warning that some
 * browsers delete site data after a while and the advice to save a finished scan as a file.
 */
export function StorageNotice({
  repositoryKind,
  estimate,
  persisted,
  exportHref,
  headingLevel = 2,
}: StorageNoticeProps) {
  if (repositoryKind === 'memory') return <MemoryNotice exportHref={exportHref} />;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="pwa-storage" aria-labelledby="pwa-storage-title">
      <Heading id="pwa-storage-title">{text.storageTitle}</Heading>
      <p>{text.storageWhere}</p>
      <p>{estimate ? text.storageUsed(formatBytes(estimate.usage)) : text.storageUnknown}</p>
      {persisted ? <p>{text.storagePersisted}</p> : null}
      <p>{text.storageMayDelete}</p>
      <p>
        {text.storageExportNudge}
        {exportHref ? (
          <>
            {' '}
            <a class="utrecht-link" href={exportHref}>
              {text.storageExportLink}
            </a>
          </>
        ) : null}
      </p>
    </section>
  );
}
