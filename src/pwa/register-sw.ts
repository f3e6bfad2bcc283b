/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The only place that imports the vite-plugin-pwa virtual module, so tests and the prerender never
 * load it. In the dev server the module is a no-op; in the build it registers ./sw.js.
 */
import type { RegisterServiceWorker } from './model';

export const registerServiceWorker: RegisterServiceWorker = async (callbacks) => {
  const { registerSW } = await import('virtual:pwa-register');
  return registerSW(callbacks);
};
