/*
 * Common Ground's service worker (issue 15). Template: scripts/offline/vite-offline.ts fills in
 * the build's version and precache list. It keeps one cache per build + data version holding the
 * app shell, every view chunk and its CSS, DuckDB's worker and wasm, the data file and the
 * snapshot, and serves them cache-first, so after one visit the app works without a network.
 * A new version installs beside the old one and waits; the page shows "Updated — reload" and
 * the worker takes over (deleting the old cache) when the user chooses to reload.
 */
const VERSION = '__CG_VERSION__';
const PRECACHE = __CG_PRECACHE__;
const CACHE = `cg-${VERSION}`;
const scope = new URL(self.registration.scope);
const APP_PAGES = new Set([scope.pathname, `${scope.pathname}index.html`]);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Hashed files (assets/) may come from the HTTP cache the first visit just filled; the
      // rest (index.html, the data) are revalidated so a cache never pairs old data with a new build.
      cache.addAll(
        PRECACHE.map(
          (p) => new Request(new URL(p, scope), { cache: p.startsWith('./assets/') ? 'default' : 'no-cache' }),
        ),
      ),
    ),
  );
});

// No clients.claim(): a first visit stays on the network until its next load (nothing changes
// under a running page); after "Reload", skipWaiting hands the open pages to the new worker.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cg-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'cg-skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  // Range reads and other origins go straight to the network (the app makes no such requests).
  if (req.method !== 'GET' || req.headers.has('range')) return;
  const url = new URL(req.url);
  if (url.origin !== scope.origin) return;
  const key = req.mode === 'navigate' && APP_PAGES.has(url.pathname) ? new URL('index.html', scope).href : req;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: req.mode === 'navigate', ignoreVary: true }))
      .then((hit) => hit ?? fetch(req)),
  );
});
