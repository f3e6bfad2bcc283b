/**
 * Set on <html> by the inline deep-link script of index.html (build-config.ts) when the address is
 * not the start screen; layout.css then leaves the prerendered start screen out of layout, and
 * main.tsx removes the class once the app has rendered. Its own module, so the first-load code does
 * not take in the build-time settings.
 */
export const DEEP_LINK_CLASS = 'ms-deep-link';
