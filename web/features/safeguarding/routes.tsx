import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** Safeguarding alerts and their cases; the server answers 404, shown as "Page not found", to anyone else. */
export const safeguardingRoutes: PageRoute[] = [
  {
    path: 'safeguarding',
    Component: lazyPage(() => import('./alerts-page.js').then((m) => m.AlertsPage)),
  },
  {
    path: 'organisations/:organisationId/support-lines',
    Component: lazyPage(() => import('./support-lines-page.js').then((m) => m.SupportLinesPage)),
  },
  {
    path: 'safeguarding/:alertId',
    Component: lazyPage(() => import('./case-page.js').then((m) => m.CasePage)),
  },
  {
    path: 'safeguarding/:alertId/story',
    Component: lazyPage(() => import('./original-page.js').then((m) => m.OriginalPage)),
  },
];
