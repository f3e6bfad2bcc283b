import type { ComponentChildren } from 'preact';

/**
 * A wide table that may scroll sideways on a narrow screen. It can take the keyboard focus, so
 * it can also be scrolled without a mouse; its name is the table's caption.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section class="ms-scroll" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
