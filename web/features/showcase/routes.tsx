import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** The public showcase: no sign-in needed. */
export const showcaseRoutes: PageRoute[] = [
  {
    path: 'showcase',
    Component: lazyPage(() => import('./showcase-page.js').then((m) => m.ShowcasePage)),
  },
  {
    path: 'showcase/collections/:collectionId',
    Component: lazyPage(() => import('./collection-page.js').then((m) => m.CollectionPage)),
  },
  {
    path: 'showcase/:storyId',
    Component: lazyPage(() => import('./showcase-story-page.js').then((m) => m.ShowcaseStoryPage)),
  },
];

/** Signed-in pages for curating the showcase. */
export const showcaseManageRoutes: PageRoute[] = [
  {
    path: 'showcase/manage',
    Component: lazyPage(() => import('./manage-collections-page.js').then((m) => m.ManageCollectionsPage)),
  },
];
