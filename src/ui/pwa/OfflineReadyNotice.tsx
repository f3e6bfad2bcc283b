import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface OfflineReadyNoticeProps {
  onClose: () => void;
}

/** Shown once, after the first visit cached everything. */
export function OfflineReadyNotice({ onClose }: OfflineReadyNoticeProps) {
  return (
    <div class="pwa-notice pwa-notice--quiet">
      <p>{text.offlineReady}</p>
      <div class="pwa-notice__actions">
        <button type="button" class="pwa-button" onClick={onClose}>
          {text.offlineReadyClose}
        </button>
      </div>
    </div>
  );
}
