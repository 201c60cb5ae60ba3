import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { Button } from '../components/button.js';
import { LanguageSwitch, useMembersLanguage } from '../components/language-switch.js';
import { APP_NAME, EnglishPage, useLanguage, useT } from '../lib/i18n/i18n.js';
import { usePageLoading } from '../lib/lazy-page.js';
import { useNotice } from '../lib/notice.js';
import { useMe } from '../lib/session.js';
import { publicPages } from './public-pages.js';
import { isTranslatedPage } from './translated-pages.js';
import type * as SignedInModule from './signed-in.js';
import type { NavItem } from './signed-in.js';

/**
 * The signed-in menu and its sign-out button, or null for a visitor (or while it loads). It comes from signed-in.tsx, which
 * loads once `/api/me` says someone is signed in, so visitors and café participants never download it.
 */
function useNavItems(): { items: NavItem[]; SignOutButton: typeof SignedInModule.SignOutButton } | null {
  const { data: me } = useMe();
  const t = useT();
  const { pathname } = useLocation();
  const [signedIn, setSignedIn] = useState<typeof SignedInModule | null>(null);
  useEffect(() => {
    if (!me || signedIn) return;
    // If the connection drops before it arrives, the page still works without the menu, and the next
    // page asks for it again.
    void import('./signed-in.js').then(setSignedIn, () => undefined);
  }, [me, signedIn, pathname]);
  if (!me || !signedIn) return null;
  // Every link is said in the reader's language; `t` above redraws the menu when the language changes.
  return {
    items: [{ to: '/', label: t('nav.home'), end: true }, ...signedIn.navItemsFor(me)],
    SignOutButton: signedIn.SignOutButton,
  };
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
    if (!main) return;
    const focusTarget = () =>
      (
        main.querySelector<HTMLElement>('[data-focus-on-navigate]') ?? main.querySelector<HTMLElement>('h1')
      )?.focus();
    focusTarget();
    // Many pages show a heading while they load, then draw their own in its place; focus would fall to
    // the page body with the first one and a screen reader would go quiet. So, until the person does
    // something themselves, focus that falls to the body follows to the page's heading.
    const observer = new MutationObserver(() => {
      if (document.activeElement === null || document.activeElement === document.body) focusTarget();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(stop, 10_000);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener('pointerdown', stop, true);
      document.removeEventListener('keydown', stop, true);
    }
    document.addEventListener('pointerdown', stop, true);
    document.addEventListener('keydown', stop, true);
    return stop;
  }, [pathname]);
}

/**
 * A new page starts at its top; going back or forward leaves the browser to put the reader where they
 * were.
 */
function useScrollToTopOnNavigation(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigationType]);
}

/**
 * On a phone the full menu would fill the screen before the page starts, so below 40em it hides
 * behind a "Menu" button (a disclosure; wider screens show the list whatever the button's state, from
 * the stylesheet). It closes when the page changes, and Escape closes it and puts focus back on the
 * button so keyboard users are not left inside a list that has gone.
 */
function useMenu(button: RefObject<HTMLButtonElement | null>) {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };
  return {
    open,
    toggle: () => setOpen((value) => !value),
    // Choosing the page one is already on changes no path, so each link closes the menu as well.
    close: () => setOpen(false),
    onKeyDown,
  };
}

export function Layout() {
  const t = useT();
  const language = useLanguage();
  const me = useMe();
  const signedInMenu = useNavItems();
  const notice = useNotice();
  const pageLoading = usePageLoading();
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useMenu(menuButton);
  const menuId = useId();
  useFocusOnNavigation();
  useMembersLanguage();
  const { pathname } = useLocation();
  // A page not yet in the catalogue is English whatever language is chosen: say so, so it is read right.
  const pageInEnglish = language !== 'en' && !isTranslatedPage(pathname);
  useScrollToTopOnNavigation();

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="header" onKeyDown={menu.onKeyDown}>
        <div className="container header__inner">
          <Link to="/" className="brand" aria-label={t('layout.homeLink')}>
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <ellipse cx="16" cy="27" rx="12" ry="4" />
              <ellipse cx="16" cy="19.5" rx="9" ry="3.5" />
              <ellipse cx="16" cy="13" rx="6.5" ry="3" />
              <ellipse cx="16" cy="7" rx="4" ry="2.5" />
            </svg>
            <span className="brand__name">{APP_NAME}</span>
          </Link>
          <p className="header__tagline">{t('layout.tagline')}</p>
          <div className="header__menu">
            <Button
              variant="secondary"
              ref={menuButton}
              aria-expanded={menu.open}
              aria-controls={menuId}
              onPress={menu.toggle}
            >
              {t('layout.menu')}
            </Button>
          </div>
        </div>
        <nav id={menuId} className={menu.open ? 'nav nav--open' : 'nav'} aria-label={t('layout.navLabel')}>
          <ul className="container nav__list">
            {signedInMenu ? (
              <>
                {signedInMenu.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end ?? false} className="nav__link" onClick={menu.close}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                <li className="nav__signout">
                  <signedInMenu.SignOutButton />
                </li>
              </>
            ) : me.isPending || me.data ? null : (
              <>
                {publicPages.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} className="nav__link" onClick={menu.close}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
                <li>
                  <NavLink to="/sign-in" className="nav__link" onClick={menu.close}>
                    {t('layout.signIn')}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="container">
          <LanguageSwitch />
        </div>
        <div className="progress" role="status">
          {pageLoading ? (
            <>
              <span className="progress__bar" aria-hidden="true" />
              <span className="visually-hidden">{t('layout.loading')}</span>
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
          <div lang={pageInEnglish ? 'en-GB' : undefined} dir={pageInEnglish ? 'ltr' : undefined}>
            <EnglishPage.Provider value={pageInEnglish}>
              <Outlet />
            </EnglishPage.Provider>
          </div>
        </div>
      </main>
      <footer className="footer">
        <div className="container">
          <nav aria-label={t('publicPages.title')}>
            <ul className="footer__links">
              {publicPages.map((page) => (
                <li key={page.to}>
                  <Link to={page.to}>{t(page.label)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="footer__support">{t('layout.footerSupport')}</p>
          <p>{t('layout.footerText')}</p>
        </div>
      </footer>
    </div>
  );
}
