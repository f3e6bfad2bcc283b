import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import {
  contentSecurityPolicy,
  type DeepLinkPreload,
  deepLinkPreloadScript,
  SW_QUESTIONNAIRES_FILE,
  THEME_COLOUR,
  WEB_MANIFEST,
  WORKBOX_OPTIONS,
} from './src/pwa/build-config.ts';

const QUESTIONNAIRE_DIR = 'questionnaires';

/**
 * Questionnaires are plain JSON files next to the app, not bundled: an HR adviser can edit or add
 * one on the static host without a rebuild. The build copies them to dist/questionnaires/; the dev
 * server serves them from the source folder.
 */
function questionnaireFiles(): Plugin {
  return {
    name: 'morgenscan-questionnaires',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/questionnaires\/([a-z0-9-]+\.json)(?:\?.*)?$/.exec(req.url ?? '');
        if (!match?.[1]) return next();
        try {
          const body = readFileSync(join(QUESTIONNAIRE_DIR, match[1]));
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of readdirSync(QUESTIONNAIRE_DIR)) {
        if (!file.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `${QUESTIONNAIRE_DIR}/${file}`,
          source: readFileSync(join(QUESTIONNAIRE_DIR, file)),
        });
      }
    },
  };
}

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/**
 * Kill switch: `MORGENSCAN_SW=off npm run build` ships a service worker that removes itself and
 * its caches from every browser that opens the site once (vite-plugin-pwa `selfDestroying`).
 * Answers in IndexedDB are not touched.
 */
const serviceWorkerOff = process.env.MORGENSCAN_SW === 'off';

/**
 * The code lazily loaded modules need: the chunk of each module whose path ends in (or matches)
 * `moduleEnd`, and every chunk it imports statically, minus the entry.
 */
function chunkFiles(bundle: OutputBundle, moduleEnd: string | RegExp): string[] {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const fits = (id: string | null) =>
    !!id && (typeof moduleEnd === 'string' ? id.endsWith(moduleEnd) : moduleEnd.test(id.replaceAll('\\', '/')));
  const starts = chunks.filter((chunk) => !chunk.isEntry && fits(chunk.facadeModuleId));
  if (starts.length === 0) throw new Error(`morgenscan-page-head: no chunk for ${moduleEnd}`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.find((c) => c.fileName === fileName);
    if (!chunk || chunk.isEntry || files.has(fileName)) return;
    files.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const start of starts) visit(start.fileName);
  return [...files].map((file) => `./${file}`);
}

/**
 * What each deep link needs before its screen shows: the screens (each its own chunk, see
 * src/ui/routes.ts) and storage; the report too. A scan's deep link opens from trusted records
 * (src/storage/quick-read.ts) and must not fetch zod before its first screen: the services come later.
 */
function deepLinkPreloads(bundle: OutputBundle): DeepLinkPreload[] {
  const screens = chunkFiles(bundle, /\/src\/ui\/screens\/[A-Za-z]+\.tsx$/);
  return [
    {
      hash: /^#\/scan\//,
      files: [...new Set([...chunkFiles(bundle, 'src/storage/quick-read.ts'), ...screens])],
    },
    {
      hash: /^#\/(?!scan\/)./,
      files: [...new Set([...chunkFiles(bundle, 'src/state/services.ts'), ...screens])],
    },
    { hash: /^#\/rapport\//, files: chunkFiles(bundle, 'src/report/ReportScreen.tsx') },
  ];
}

/**
 * Icons and theme colour in the page head; in the build also the Content-Security-Policy and the
 * deep-link preload script, allowed by its hash.
 */
function pageHead(): Plugin {
  return {
    name: 'morgenscan-page-head',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const tags = [
          { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOUR }, injectTo: 'head' as const },
          {
            tag: 'link',
            attrs: { rel: 'icon', href: './icons/icon.svg', type: 'image/svg+xml' },
            injectTo: 'head' as const,
          },
          {
            tag: 'link',
            attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon-180.png' },
            injectTo: 'head' as const,
          },
        ];
        // The dev server injects inline styles for hot reload, so the policy only goes into the build.
        if (context.server) return tags;
        if (!context.bundle) throw new Error('morgenscan-page-head: the build gave no bundle to write the policy for.');
        const preload = deepLinkPreloadScript(deepLinkPreloads(context.bundle));
        const preloadHash = `sha256-${createHash('sha256').update(preload).digest('base64')}`;
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy([preloadHash]) },
            injectTo: 'head-prepend' as const,
          },
          // Before the stylesheet: an inline script after a stylesheet waits until that has loaded.
          { tag: 'script', children: preload, injectTo: 'head-prepend' as const },
          ...tags,
        ];
      },
    },
  };
}

/** The install step of the service worker that caches every questionnaire (see the file itself). */
function serviceWorkerQuestionnaires(): Plugin {
  return {
    name: 'morgenscan-sw-questionnaires',
    apply: 'build',
    generateBundle() {
      if (serviceWorkerOff) return;
      this.emitFile({
        type: 'asset',
        fileName: SW_QUESTIONNAIRES_FILE,
        source: readFileSync(join('src', 'pwa', SW_QUESTIONNAIRES_FILE)),
      });
    },
  };
}

export default defineConfig({
  // Relative paths: the built site works at the root of a host and in any sub-folder.
  base: './',
  plugins: [
    questionnaireFiles(),
    preact({
      prerender: { enabled: true, renderTarget: '#app' },
    }),
    pageHead(),
    serviceWorkerQuestionnaires(),
    VitePWA({
      registerType: 'prompt',
      // src/pwa/register-sw.ts registers it, so the page gets no inline script.
      injectRegister: false,
      selfDestroying: serviceWorkerOff,
      manifest: { ...WEB_MANIFEST, icons: [...WEB_MANIFEST.icons] },
      // The glob in WORKBOX_OPTIONS already takes every icon.
      includeManifestIcons: false,
      workbox: WORKBOX_OPTIONS,
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
