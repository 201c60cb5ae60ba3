import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** The page a storyteller without an account opens from their link: no sign-in. */
export const consentPublicRoutes: PageRoute[] = [
  {
    path: 'confirm/:token',
    Component: lazyPage(() => import('./confirm-page.js').then((m) => m.ConfirmPage)),
  },
];

/** Signed-in pages: the printable consent record and the organisation's consent wording. */
export const consentRoutes: PageRoute[] = [
  {
    path: 'stories/:storyId/consent-record/:confirmationId',
    Component: lazyPage(() => import('./consent-record-page.js').then((m) => m.ConsentRecordPage)),
  },
  {
    path: 'organisations/:organisationId/consent-wording',
    Component: lazyPage(() => import('./wording-page.js').then((m) => m.WordingPage)),
  },
];
