import { lazyPage, type PageRoute } from '../lib/lazy-page.js';
import { HomePage } from './home-page.js';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { RequireAdmin, RequireSignIn } from './guards.js';
import { activitiesPublicRoutes, activitiesRoutes } from '../features/activities/routes.js';
import { analysisRoutes } from '../features/analysis/routes.js';
import { cafesPublicRoutes, cafesRoutes, cafesWallRoutes } from '../features/cafes/routes.js';
import { consentPublicRoutes, consentRoutes } from '../features/consent/routes.js';
import { coproductionPublicRoutes, coproductionRoutes } from '../features/coproduction/routes.js';
import { involvementRoutes } from '../features/involvement/routes.js';
import { safeguardingRoutes } from '../features/safeguarding/routes.js';
import { showcaseManageRoutes, showcaseRoutes } from '../features/showcase/routes.js';
import { storiesRoutes } from '../features/stories/routes.js';

/**
 * Every page. Home loads with the app; the rest load when first visited so a phone on a
 * slow connection downloads only what it needs. Read by `useRoutes` in app.tsx.
 */
export const routes: PageRoute[] = [
  // Pages for a projector or a wall screen: signed in, but without the app's header and menu.
  {
    Component: RequireSignIn,
    children: cafesWallRoutes,
  },
  {
    path: '/',
    Component: Layout,
    children: [
      { index: true, Component: HomePage },
      {
        path: 'sign-in',
        Component: lazyPage(() => import('../features/auth/sign-in-page.js').then((m) => m.SignInPage)),
      },
      {
        path: 'forgot-password',
        Component: lazyPage(() =>
          import('../features/auth/forgot-password-page.js').then((m) => m.ForgotPasswordPage),
        ),
      },
      {
        path: 'forgot-password/check-email',
        Component: lazyPage(() =>
          import('../features/auth/forgot-password-page.js').then((m) => m.CheckEmailPage),
        ),
      },
      {
        path: 'reset-password/:token',
        Component: lazyPage(() =>
          import('../features/auth/reset-password-page.js').then((m) => m.ResetPasswordPage),
        ),
      },
      {
        path: 'invitations/:token',
        Component: lazyPage(() =>
          import('../features/auth/accept-invitation-page.js').then((m) => m.AcceptInvitationPage),
        ),
      },
      ...showcaseRoutes,
      ...cafesPublicRoutes,
      ...coproductionPublicRoutes,
      {
        path: 'unsubscribe/:token',
        Component: lazyPage(() => import('./unsubscribe-page.js').then((m) => m.UnsubscribeLinkPage)),
      },
      ...activitiesPublicRoutes,
      ...consentPublicRoutes,
      {
        Component: RequireSignIn,
        children: [
          ...storiesRoutes,
          ...consentRoutes,
          ...safeguardingRoutes,
          ...showcaseManageRoutes,
          ...cafesRoutes,
          ...analysisRoutes,
          ...coproductionRoutes,
          ...involvementRoutes,
          ...activitiesRoutes,
          {
            path: 'account',
            Component: lazyPage(() =>
              import('../features/account/account-page.js').then((m) => m.AccountPage),
            ),
          },
          {
            path: 'organisations',
            Component: lazyPage(() =>
              import('../features/organisations/organisations-page.js').then((m) => m.OrganisationsPage),
            ),
          },
          {
            path: 'organisations/:organisationId/members',
            Component: lazyPage(() =>
              import('../features/organisations/members-page.js').then((m) => m.MembersPage),
            ),
          },
          {
            Component: RequireAdmin,
            children: [
              {
                path: 'admin/erasure-requests',
                Component: lazyPage(() =>
                  import('../features/admin/erasure-requests-page.js').then((m) => m.ErasureRequestsPage),
                ),
              },
              {
                path: 'admin/audit',
                Component: lazyPage(() => import('../features/admin/audit-page.js').then((m) => m.AuditPage)),
              },
              {
                path: 'admin/languages',
                Component: lazyPage(() =>
                  import('../features/admin/languages-page.js').then((m) => m.LanguagesPage),
                ),
              },
              {
                path: 'admin/parked-messages',
                Component: lazyPage(() =>
                  import('../features/admin/parked-messages-page.js').then((m) => m.ParkedMessagesPage),
                ),
              },
            ],
          },
        ],
      },
      {
        path: 'dev/outbox',
        Component: lazyPage(() => import('../features/dev-outbox/outbox-page.js').then((m) => m.OutboxPage)),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
