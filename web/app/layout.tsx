import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  Link,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigate,
  useNavigation,
} from 'react-router';
import { Button } from '../components/button.js';
import { apiAction } from '../lib/api.js';
import { noticeState, useNotice } from '../lib/notice.js';
import {
  coordinatedOrganisations,
  isPartnershipAdmin,
  meQueryKey,
  setSigningOut,
  useMe,
} from '../lib/session.js';
import { strings } from '../lib/strings.js';
import { adminStrings } from '../lib/strings/admin.js';
import { activitiesNavItems } from '../features/activities/routes.js';
import { analysisNavItems } from '../features/analysis/routes.js';
import { cafesNavItems } from '../features/cafes/routes.js';
import { coproductionNavItems } from '../features/coproduction/routes.js';
import { involvementNavItems } from '../features/involvement/routes.js';
import { safeguardingNavItems } from '../features/safeguarding/routes.js';
import { showcaseNavItems } from '../features/showcase/routes.js';
import { storiesNavItems } from '../features/stories/routes.js';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

function useNavItems(): NavItem[] | null {
  const { data: me } = useMe();
  if (!me) return null;
  const items: NavItem[] = [
    { to: '/', label: strings.nav.home, end: true },
    { to: '/account', label: strings.nav.account },
    ...storiesNavItems(me),
    ...showcaseNavItems,
    ...safeguardingNavItems(me),
    ...cafesNavItems(me),
    ...analysisNavItems(me),
    ...coproductionNavItems(me),
    ...involvementNavItems(me),
    ...activitiesNavItems(me),
  ];
  const admin = isPartnershipAdmin(me);
  const coordinated = coordinatedOrganisations(me);
  if (admin) {
    items.push({ to: '/organisations', label: strings.nav.organisations });
  } else if (coordinated.length === 1 && coordinated[0]) {
    items.push({ to: `/organisations/${coordinated[0].id}/members`, label: strings.nav.members });
  } else if (coordinated.length > 1) {
    items.push({ to: '/organisations', label: strings.nav.members });
  }
  if (admin) {
    items.push({ to: '/admin/erasure-requests', label: strings.nav.erasureRequests });
    items.push({ to: '/admin/audit', label: strings.nav.audit });
    items.push({ to: '/admin/parked-messages', label: adminStrings.nav.parkedMessages });
  }
  return items;
}

/** After a navigation, move focus to the page's success message or its h1 so screen readers start there. */
function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  // The path focus was last settled for; effects may run again for the same path, which must not move focus.
  const settled = useRef<string | null>(null);
  useEffect(() => {
    const previous = settled.current;
    settled.current = pathname;
    if (previous === null || previous === pathname) return;
    const main = document.getElementById('main');
    const target =
      main?.querySelector<HTMLElement>('[data-focus-on-navigate]') ?? main?.querySelector<HTMLElement>('h1');
    target?.focus();
  }, [pathname]);
}

function SignOutButton() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => apiAction('/api/auth/sign-out', { method: 'POST' }),
    onSuccess: () => {
      // The sign-in page clears this flag once it shows.
      setSigningOut(true);
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      void navigate('/sign-in', { state: noticeState(strings.signIn.signedOut) });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
  return (
    <Button
      variant="link"
      isPending={signOut.isPending}
      pendingLabel={strings.layout.signingOut}
      onPress={() => signOut.mutate()}
    >
      {strings.layout.signOut}
    </Button>
  );
}

export function Layout() {
  const me = useMe();
  const items = useNavItems();
  const notice = useNotice();
  const navigation = useNavigation();
  useFocusOnNavigation();

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {strings.layout.skipLink}
      </a>
      <header className="header">
        <div className="container header__inner">
          <Link to="/" className="brand" aria-label={strings.layout.homeLink}>
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <ellipse cx="16" cy="27" rx="12" ry="4" />
              <ellipse cx="16" cy="19.5" rx="9" ry="3.5" />
              <ellipse cx="16" cy="13" rx="6.5" ry="3" />
              <ellipse cx="16" cy="7" rx="4" ry="2.5" />
            </svg>
            <span className="brand__name">{strings.appName}</span>
          </Link>
          <p className="header__tagline">{strings.layout.tagline}</p>
        </div>
        <nav className="nav" aria-label={strings.layout.navLabel}>
          <ul className="container nav__list">
            {items ? (
              <>
                {items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end ?? false} className="nav__link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                <li className="nav__signout">
                  <SignOutButton />
                </li>
              </>
            ) : me.isPending ? null : (
              <>
                {showcaseNavItems.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} className="nav__link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                <li>
                  <NavLink to="/sign-in" className="nav__link">
                    {strings.layout.signIn}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="progress" role="status">
          {navigation.state === 'loading' ? (
            <>
              <span className="progress__bar" aria-hidden="true" />
              <span className="visually-hidden">{strings.common.loading}</span>
            </>
          ) : null}
        </div>
      </header>
      <main className="main" id="main" tabIndex={-1}>
        <div className="container">
          {notice ? (
            <div className="banner banner--success" tabIndex={-1} data-focus-on-navigate="">
              <p className="banner__text">{notice}</p>
            </div>
          ) : null}
          <Outlet />
        </div>
      </main>
      <footer className="footer">
        <div className="container">
          <p className="footer__support">{strings.layout.footerSupport}</p>
          <p>{strings.layout.footerText}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
