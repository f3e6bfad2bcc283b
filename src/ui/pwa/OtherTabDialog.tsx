import { useEffect, useRef } from 'preact/hooks';
import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface OtherTabDialogProps {
  onReload: () => void;
}

function openModal(dialog: HTMLDialogElement) {
  if (dialog.open) return;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

/**
 * Another tab upgraded the database and this tab's connection is closed. A modal dialog keeps the
 * rest of the page inert, so no answer is typed that could not be saved; it cannot be dismissed.
 */
export function OtherTabDialog({ onReload }: OtherTabDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current) openModal(ref.current);
  }, []);
  return (
    <dialog
      ref={ref}
      class="pwa-dialog"
      aria-labelledby="pwa-other-tab-title"
      aria-describedby="pwa-other-tab-text"
      onCancel={(event) => event.preventDefault()}
      onClose={(event) => openModal(event.currentTarget)}
    >
      <h2 id="pwa-other-tab-title" class="pwa-dialog__title">
        {text.otherTabTitle}
      </h2>
      <div id="pwa-other-tab-text">
        <p>{text.otherTabAction}</p>
        <p>{text.otherTabSafe}</p>
      </div>
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onReload}>
        {text.otherTabReload}
      </button>
    </dialog>
  );
}
