import type { PwaModel } from '../../pwa/model';
import type { Repository } from '../../storage/types';
import { MemoryNotice } from './MemoryNotice';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { OtherTabDialog } from './OtherTabDialog';
import { UpdatePrompt } from './UpdatePrompt';

export interface PwaNoticesProps {
  pwa: PwaModel;
  repositoryKind: Repository['kind'] | null;
  exportHref?: string;
}

/**
 * Every app-wide notice about offline use, updates, memory-only storage and other tabs. Mount once
 * in the app shell, above the screen. The live region is always there, so a screen reader hears a
 * notice that appears later.
 */
export function PwaNotices({ pwa, repositoryKind, exportHref }: PwaNoticesProps) {
  return (
    <>
      {repositoryKind === 'memory' ? <MemoryNotice exportHref={exportHref} /> : null}
      <div class="pwa-notices" role="status">
        {pwa.needRefresh.value ? (
          <UpdatePrompt
            repositoryKind={repositoryKind}
            onReload={() => void pwa.update()}
            onLater={pwa.dismissUpdate}
          />
        ) : null}
        {pwa.offlineReady.value && !pwa.needRefresh.value ? (
          <OfflineReadyNotice onClose={pwa.dismissOfflineReady} />
        ) : null}
      </div>
      {pwa.databaseReplaced.value ? <OtherTabDialog onReload={pwa.reload} /> : null}
    </>
  );
}
