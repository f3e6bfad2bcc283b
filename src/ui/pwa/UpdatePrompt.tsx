import type { Repository } from '../../storage/types';
import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface UpdatePromptProps {
  /** In memory nothing survives a reload, so the prompt warns instead of reassuring. */
  repositoryKind: Repository['kind'] | null;
  onReload: () => void;
  onLater: () => void;
}

/** A new version is waiting. The user decides when to reload; nothing reloads by itself. */
export function UpdatePrompt({ repositoryKind, onReload, onLater }: UpdatePromptProps) {
  return (
    <section class="utrecht-alert utrecht-alert--info pwa-notice" aria-labelledby="pwa-update-title">
      <div class="utrecht-alert__content">
        <p id="pwa-update-title" class="utrecht-alert__heading">
          {text.updateTitle}
        </p>
        <p>{repositoryKind === 'memory' ? text.updateMemory : text.updateSafe}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onReload}>
            {text.updateReload}
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onLater}>
            {text.updateLater}
          </button>
        </div>
      </div>
    </section>
  );
}
