import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  // Relative paths: the built site works at the root of a host and in any sub-folder.
  base: './',
  plugins: [
    questionnaireFiles(),
    preact({
      prerender: { enabled: true, renderTarget: '#app' },
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
