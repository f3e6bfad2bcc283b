import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface MemoryNoticeProps {
  /** Where the user can save the scan as a file (the data screen), if there is one. */
  exportHref?: string;
}

/** IndexedDB is not available: the scan works, but nothing is kept after the tab closes. */
export function MemoryNotice({ exportHref }: MemoryNoticeProps) {
  return (
    <section class="utrecht-alert utrecht-alert--warning pwa-notice" aria-labelledby="pwa-memory-title">
      <div class="utrecht-alert__content">
        <p id="pwa-memory-title" class="utrecht-alert__heading">
          {text.memoryTitle}
        </p>
        <p>
          {text.memoryWhy} {text.memoryStillWorks}
        </p>
        <p>
          <strong>{text.memoryLost}</strong>
        </p>
        <p>
          {exportHref ? (
            <a class="utrecht-link" href={exportHref}>
              {text.memoryAdvice}
            </a>
          ) : (
            text.memoryAdvice
          )}
        </p>
      </div>
    </section>
  );
}
