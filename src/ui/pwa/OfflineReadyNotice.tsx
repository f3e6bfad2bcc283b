import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface OfflineReadyNoticeProps {
  onClose: () => void;
}

/** Shown once, after the first visit cached everything. */
export function OfflineReadyNotice({ onClose }: OfflineReadyNoticeProps) {
  return (
    <div class="utrecht-alert utrecht-alert--ok pwa-notice">
      <div class="utrecht-alert__content">
        <p>{text.offlineReady}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onClose}>
            {text.offlineReadyClose}
          </button>
        </div>
      </div>
    </div>
  );
}
