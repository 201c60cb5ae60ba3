import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** Analysis pages, for peer researchers (peer supporters, facilitators and coordinators). */
export const analysisRoutes: PageRoute[] = [
  {
    path: 'analysis',
    Component: lazyPage(() => import('./projects-page.js').then((m) => m.ProjectsPage)),
  },
  {
    path: 'analysis/:projectId',
    Component: lazyPage(() => import('./project-page.js').then((m) => m.ProjectPage)),
  },
  {
    path: 'analysis/:projectId/stories/:storyId',
    Component: lazyPage(() => import('./coding-page.js').then((m) => m.CodingPage)),
  },
  {
    path: 'analysis/:projectId/codebook',
    Component: lazyPage(() => import('./codebook-page.js').then((m) => m.CodebookPage)),
  },
  {
    path: 'analysis/:projectId/compare',
    Component: lazyPage(() => import('./compare-page.js').then((m) => m.ComparePage)),
  },
  {
    path: 'analysis/:projectId/messages',
    Component: lazyPage(() => import('./messages-page.js').then((m) => m.MessagesPage)),
  },
];
