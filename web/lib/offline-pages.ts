// A participant's café pages open again with no connection once opened (public/cafe-offline.js). Each
// page registers the worker for its own addresses only, so nothing else of Cairn is kept on the phone.

/** Keeps the page at `scope` (and every address under it) on this phone, to open with no connection. */
export function keepPageOffline(scope: string): void {
  navigator.serviceWorker?.register('/cafe-offline.js', { scope }).catch(() => undefined);
}

/** Stops keeping the page at `scope` on this phone and deletes the copy kept. */
export function forgetPageOffline(scope: string): void {
  void navigator.serviceWorker
    ?.getRegistration(scope)
    .then((registration) => {
      if (registration && new URL(registration.scope).pathname === scope) void registration.unregister();
    })
    .catch(() => undefined);
  void globalThis.caches?.delete(`cairn-offline:${scope}`).catch(() => undefined);
}

/** What a participant's phone keeps for any café in its storage is named with this (see web/features/cafes). */
const CAFE_STORAGE = 'cairn:cafe-';
/** The addresses of a café's pages kept to open offline (a café's board, which shows other people's ideas). */
const CAFE_PAGES = '/cafes/';

/** The names of everything this browser keeps in its storage; none when storage is turned off. */
export function storedNames(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
  } catch {
    return [];
  }
}

/**
 * Forgets every café this phone keeps, for when someone signs out on it: every board, pair, vote still
 * waiting and note of who is in a café, and every café page kept to open offline. The join page, which
 * shows nothing of anyone's, stays.
 */
export function forgetEveryCafe(): void {
  try {
    for (const name of storedNames()) if (name.startsWith(CAFE_STORAGE)) localStorage.removeItem(name);
  } catch {
    // Storage turned off: nothing was kept.
  }
  void navigator.serviceWorker
    ?.getRegistrations()
    .then((registrations) => {
      for (const registration of registrations)
        if (new URL(registration.scope).pathname.startsWith(CAFE_PAGES)) void registration.unregister();
    })
    .catch(() => undefined);
  void globalThis.caches
    ?.keys()
    .then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith(`cairn-offline:${CAFE_PAGES}`))
          .map((name) => caches.delete(name)),
      ),
    )
    .catch(() => undefined);
}
