/**
 * Build-time settings of the offline app: Content-Security-Policy, web app manifest and the
 * service worker's caching rules. Used by vite.config.ts; kept here so unit tests can read them.
 * No DOM or browser imports: this runs in Node during the build.
 */
import { pwa } from '../text/pwa.ts';
import { DEEP_LINK_CLASS } from './deep-link.ts';

/** The accent colour of src/ui/styles/theme.css; kept in step with scripts/make-icons.ts. */
export const THEME_COLOUR = '#154273';

/** The runtime cache for questionnaires; the same name is in src/pwa/sw-questionnaires.js. */
export const QUESTIONNAIRE_CACHE = 'morgenscan-questionnaires';

/** Loaded into the generated service worker with importScripts; emitted next to sw.js. */
export const SW_QUESTIONNAIRES_FILE = 'sw-questionnaires.js';

/**
 * Only the app's own origin. `data:`/`blob:` images are for charts printed as images
 * (chart.js toBase64Image). No 'unsafe-inline' anywhere: Preact sets styles through the CSSOM,
 * which CSP allows, and the one inline script the build writes is allowed by its hash.
 * `frame-ancestors` is left out because browsers ignore it in a meta tag.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'self'",
  'form-action': "'none'",
  'object-src': "'none'",
};

/**
 * The policy, with the hashes (`sha256-…`, base64) of the inline scripts the build writes into
 * index.html itself: only those exact scripts may run, no other inline code.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, value]) => {
      const extra = name === 'script-src' ? scriptHashes.map((hash) => ` '${hash}'`).join('') : '';
      return `${name} ${value}${extra}`;
    })
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Code a deep link needs before its screen can show, for addresses that match `hash`. */
export interface DeepLinkPreload {
  hash: RegExp;
  /** Relative to index.html, as Vite writes them (`./assets/…`). */
  files: readonly string[];
}

export { DEEP_LINK_CLASS };

/**
 * A small inline script for index.html. The start screen loads only the first-screen code; an
 * address deeper into the app (a scan step, the report) asks for the code that screen needs at
 * once, while the entry script is still downloading, instead of after it has run. It also marks
 * such an address with DEEP_LINK_CLASS, so the browser does not lay out the prerendered start
 * screen that the app replaces anyway.
 */
export function deepLinkPreloadScript(preloads: readonly DeepLinkPreload[]): string {
  const table = preloads.map((p) => `[${p.hash.toString()},${JSON.stringify(p.files)}]`).join(',');
  return (
    `(function(h,d){if(/^#\\/./.test(h))d.documentElement.classList.add(${JSON.stringify(DEEP_LINK_CLASS)});` +
    `[${table}].forEach(function(p){if(p[0].test(h))p[1].forEach(function(f){` +
    `var l=d.createElement("link");l.rel="modulepreload";l.href=f;d.head.appendChild(l)})})})` +
    `(location.hash,document)`
  );
}

/** Relative everywhere so the same dist/ works at a host root and in any sub-folder. */
export const WEB_MANIFEST = {
  name: pwa.manifestName,
  short_name: pwa.manifestName,
  description: pwa.manifestDescription,
  lang: 'nl',
  dir: 'ltr',
  start_url: '.',
  scope: '.',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: THEME_COLOUR,
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} as const;

/**
 * Workbox generateSW options. The app shell is precached (hashed file names, so it is always
 * consistent); questionnaires are network-first so an edited file on the host is used as soon as
 * the device is online, and the cached copy is used offline (see sw-questionnaires.js).
 */
export const WORKBOX_OPTIONS = {
  // vite-plugin-pwa adds manifest.webmanifest itself; listing it here would precache it twice.
  globPatterns: ['**/*.{js,css,html,svg,png}'],
  globIgnores: ['questionnaires/**', SW_QUESTIONNAIRES_FILE],
  importScripts: [SW_QUESTIONNAIRES_FILE],
  navigateFallback: 'index.html',
  // Someone opening a questionnaire file itself should see the file, not the app.
  navigateFallbackDenylist: [/\/questionnaires\//],
  // The very first visit is controlled without a reload. Later versions still wait for the user.
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  sourcemap: false,
  runtimeCaching: [
    {
      // Stringified into sw.js by Workbox: it must not use anything from this module.
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
        sameOrigin && /\/questionnaires\/[a-z0-9][a-z0-9-]*\.json$/.test(url.pathname),
      handler: 'NetworkFirst' as const,
      options: {
        cacheName: QUESTIONNAIRE_CACHE,
        // On a weak connection (in a truck) use the cached copy after a few seconds.
        networkTimeoutSeconds: 5,
        // Ask the host every time, so an edited file is never hidden by the HTTP cache.
        fetchOptions: { cache: 'no-cache' as RequestCache },
        matchOptions: { ignoreSearch: true },
      },
    },
  ],
};
