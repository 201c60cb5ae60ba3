import type { RouteObject } from 'react-router';

/** The page a storyteller without an account opens from their link: no sign-in. */
export const consentPublicRoutes: RouteObject[] = [
  {
    path: 'confirm/:token',
    lazy: () => import('./confirm-page.js').then((m) => ({ Component: m.ConfirmPage })),
  },
];

/** Signed-in pages: the printable consent record and the organisation's consent wording. */
export const consentRoutes: RouteObject[] = [
  {
    path: 'stories/:storyId/consent-record/:confirmationId',
    lazy: () => import('./consent-record-page.js').then((m) => ({ Component: m.ConsentRecordPage })),
  },
  {
    path: 'organisations/:organisationId/consent-wording',
    lazy: () => import('./wording-page.js').then((m) => ({ Component: m.WordingPage })),
  },
];
