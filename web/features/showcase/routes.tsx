import type { RouteObject } from 'react-router';
import { storiesStrings } from '../../lib/strings/stories.js';

/** The public showcase: no sign-in needed. */
export const showcaseRoutes: RouteObject[] = [
  {
    path: 'showcase',
    lazy: () => import('./showcase-page.js').then((m) => ({ Component: m.ShowcasePage })),
  },
  {
    path: 'showcase/collections/:collectionId',
    lazy: () => import('./collection-page.js').then((m) => ({ Component: m.CollectionPage })),
  },
  {
    path: 'showcase/:storyId',
    lazy: () => import('./showcase-story-page.js').then((m) => ({ Component: m.ShowcaseStoryPage })),
  },
];

/** Signed-in pages for curating the showcase. */
export const showcaseManageRoutes: RouteObject[] = [
  {
    path: 'showcase/manage',
    lazy: () => import('./manage-collections-page.js').then((m) => ({ Component: m.ManageCollectionsPage })),
  },
];

/** Everyone, signed in or not, may open the showcase. */
export const showcaseNavItems: { to: string; label: string }[] = [
  { to: '/showcase', label: storiesStrings.nav.showcase },
];
