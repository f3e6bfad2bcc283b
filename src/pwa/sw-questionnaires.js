/*
 * Runs inside the generated service worker (Workbox `importScripts`), not in the page.
 *
 * Questionnaires are not in the Workbox precache: an HR adviser may edit or add a JSON file on the
 * host without a rebuild, and a precached file would stay old forever. Instead a network-first
 * route (vite.config.ts) serves them from this cache when the network is gone, and this install
 * step fills the cache with every file the host's index.json lists, so the app works offline
 * after the very first visit.
 */
const QUESTIONNAIRE_CACHE = 'morgenscan-questionnaires';
const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.json$/;

self.addEventListener('install', (event) => {
  event.waitUntil(cacheQuestionnaires());
});

async function cacheQuestionnaires() {
  const folder = new URL('questionnaires/', self.location.href);
  const indexUrl = new URL('index.json', folder);
  const cache = await caches.open(QUESTIONNAIRE_CACHE);
  // Without network this throws and the install fails, like a failed precache: the browser
  // tries again on the next visit.
  const indexResponse = await fetch(indexUrl, { cache: 'no-cache' });
  if (!indexResponse.ok) return;
  const index = await indexResponse
    .clone()
    .json()
    .catch(() => null);
  await cache.put(indexUrl, indexResponse);
  const names = Array.isArray(index?.questionnaires)
    ? index.questionnaires.filter((name) => typeof name === 'string' && FILE_NAME.test(name))
    : [];
  await Promise.all(
    names.map(async (name) => {
      const url = new URL(name, folder);
      const response = await fetch(url, { cache: 'no-cache' });
      // A file the index names but the host lacks: the app reports it; the install goes on.
      if (response.ok) await cache.put(url, response);
    }),
  );
}
