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
    <section class="pwa-notice" aria-labelledby="pwa-update-title">
      <p id="pwa-update-title" class="pwa-notice__title">
        {text.updateTitle}
      </p>
      <p>{repositoryKind === 'memory' ? text.updateMemory : text.updateSafe}</p>
      <div class="pwa-notice__actions">
        <button type="button" class="pwa-button pwa-button--primary" onClick={onReload}>
          {text.updateReload}
        </button>
        <button type="button" class="pwa-button" onClick={onLater}>
          {text.updateLater}
        </button>
      </div>
    </section>
  );
}
