// Lets a participant's café pages (the join page, and the board of a café they joined) open again with
// no connection, once they have been opened once. Registered by those pages alone, each with its own
// scope ('/join', or '/cafes/<id>/board'; see web/lib/offline-pages.ts), so no other page of Cairn, and
// no staff page, is ever kept here. Each scope keeps its own cache, named `cairn-offline:<scope path>`,
// which the page deletes when the café closes or the participant is no longer in it, and every café
// page's when a member signs out on the phone.
//
// - The page (its HTML, the same for every address in the scope): from the network first, so a new
//   release arrives at once; the copy kept is used only when the network cannot be reached.
// - Its scripts and styles (/assets/, named by their content, so never changed): those the page names
//   are kept with it, others when first fetched, and answered from here after. A new release's page
//   replaces them.
// - Nothing else: API answers (the board, other people's ideas) never pass through here. The board page
//   keeps on the phone only the one board it last showed (web/features/cafes/kept-board.ts).

const scope = new URL(self.registration.scope);
const CACHE = `cairn-offline:${scope.pathname}`;
const PAGE = scope.href;
/** Answered by a gateway when the server is down: the kept page is more use than the error. */
const UNREACHABLE = [502, 503, 504];

/** The scripts and styles a page's HTML names. */
function assetsOf(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"?#]+)"/g)].map((match) => match[1]);
}

/** Keeps a fresh copy of the page, with what it names; a new release's page drops the old release's files. */
async function keepPage(response) {
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || response.redirected || !type.startsWith('text/html')) return;
  const html = await response.clone().text();
  const assets = assetsOf(html);
  const cache = await caches.open(CACHE);
  const kept = await cache.match(PAGE);
  const before = kept ? assetsOf(await kept.text()) : [];
  if (before.join(' ') !== assets.join(' ')) {
    const wanted = new Set(assets.map((path) => new URL(path, scope).href));
    for (const request of await cache.keys()) {
      if (request.url !== PAGE && !wanted.has(request.url)) await cache.delete(request);
    }
  }
  for (const path of assets) {
    if (!(await cache.match(path))) await cache.add(path);
  }
  await cache.put(PAGE, response);
}

async function pageFromNetworkFirst(event) {
  try {
    const response = await fetch(event.request);
    if (UNREACHABLE.includes(response.status)) {
      const kept = await caches.match(PAGE, { cacheName: CACHE });
      if (kept) return kept;
    }
    event.waitUntil(keepPage(response.clone()).catch(() => undefined));
    return response;
  } catch (error) {
    const kept = await caches.match(PAGE, { cacheName: CACHE });
    if (kept) return kept;
    throw error;
  }
}

async function assetFromCacheFirst(event) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(event.request);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()).catch(() => undefined));
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(PAGE)
      .then(keepPage)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (request.mode === 'navigate') event.respondWith(pageFromNetworkFirst(event));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(assetFromCacheFirst(event));
});
