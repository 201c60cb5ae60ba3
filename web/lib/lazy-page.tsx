import { lazy, useSyncExternalStore, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/**
 * A page in the app's route tables. The app routes with React Router's small declarative router
 * (`useRoutes`), not its data router: Cairn reads its data through TanStack Query, so loaders, actions
 * and route-level `lazy` would be some 15 KB of compressed script on every phone for nothing. Those
 * fields are refused here because this router would silently ignore them; load a page with
 * `lazyPage` instead.
 */
export type PageRoute = RouteObject & {
  lazy?: never;
  loader?: never;
  action?: never;
  ErrorBoundary?: never;
  errorElement?: never;
  HydrateFallback?: never;
};

let loading = 0;
const listeners = new Set<() => void>();

function changed(by: number) {
  loading += by;
  for (const listener of listeners) listener();
}

/**
 * A page whose code downloads the first time it is shown, so a phone fetches only the pages it opens.
 * While it downloads the page on screen stays (navigations are transitions) and `usePageLoading`
 * says a page is on its way.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(() => {
    // React asks for the page while rendering; listeners hear of it just after, never during a render.
    queueMicrotask(() => changed(1));
    return load()
      .then((Component) => ({ default: Component }))
      .finally(() => queueMicrotask(() => changed(-1)));
  });
  return function LazyPage() {
    return <Page />;
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a page's code is downloading, for the layout's progress bar. */
export function usePageLoading(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => loading > 0,
    () => false,
  );
}
