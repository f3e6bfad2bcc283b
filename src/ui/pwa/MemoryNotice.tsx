import { pwa as text } from '../../text/pwa';
import './pwa.css';

export interface MemoryNoticeProps {
  /** Where the user can save the scan as a file (the data screen), if there is one. */
  exportHref?: string;
}

/** IndexedDB is not available: the scan works, but nothing is kept after the tab closes. */
export function MemoryNotice({ exportHref }: MemoryNoticeProps) {
  return (
    <section class="pwa-notice pwa-notice--warning" aria-labelledby="pwa-memory-title">
      <p id="pwa-memory-title" class="pwa-notice__title">
        {text.memoryTitle}
      </p>
      <p>
        {text.memoryWhy} {text.memoryStillWorks}
      </p>
      <p>
        <strong>{text.memoryLost}</strong>
      </p>
      <p>{exportHref ? <a href={exportHref}>{text.memoryAdvice}</a> : text.memoryAdvice}</p>
    </section>
  );
}
