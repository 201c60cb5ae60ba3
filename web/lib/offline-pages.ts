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
