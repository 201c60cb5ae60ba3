import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** The stories pages, for signed-in people; each loads when first visited. */
export const storiesRoutes: PageRoute[] = [
  {
    path: 'stories',
    Component: lazyPage(() => import('./my-stories-page.js').then((m) => m.MyStoriesPage)),
  },
  {
    path: 'stories/search',
    Component: lazyPage(() => import('./search-page.js').then((m) => m.SearchPage)),
  },
  {
    path: 'stories/new',
    Component: lazyPage(() => import('./new-story-page.js').then((m) => m.NewStoryPage)),
  },
  {
    path: 'stories/:storyId',
    Component: lazyPage(() => import('./story-page.js').then((m) => m.StoryPage)),
  },
  {
    path: 'stories/:storyId/edit',
    Component: lazyPage(() => import('./edit-story-page.js').then((m) => m.EditStoryPage)),
  },
  {
    path: 'stories/:storyId/review',
    Component: lazyPage(() => import('./review-page.js').then((m) => m.ReviewPage)),
  },
  {
    path: 'stories/:storyId/consent',
    Component: lazyPage(() => import('./consent-page.js').then((m) => m.ConsentPage)),
  },
];
