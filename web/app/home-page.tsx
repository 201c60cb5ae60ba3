import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../components/load-error.js';
import { Loading } from '../components/loading.js';
import { PageHeading } from '../components/page-heading.js';
import { useT } from '../lib/i18n/i18n.js';
import { useMe } from '../lib/session.js';
import { publicPages } from './public-pages.js';

/**
 * The signed-in home names every part of Cairn a person may use, in each part's words, so it loads
 * only for someone signed in (with their menu, from the same module): the first page a visitor opens
 * on a phone stays small.
 */
const SignedInHome = lazy(() => import('./signed-in.js').then((m) => ({ default: m.SignedInHome })));

/** In the message catalogue: read in the language chosen. */
function SignedOutHome() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.welcomeTitle')}</PageHeading>
      <p className="lead">{t('home.welcomeLead')}</p>
      <p>{t('home.signInPrompt')}</p>
      <p>
        <Link to="/sign-in" className="button button--primary">
          {t('home.signIn')}
        </Link>
      </p>
      <p>{t('home.invitePrompt')}</p>

      <h2>{t('publicPages.title')}</h2>
      <ul className="link-list">
        {publicPages.map((page) => (
          <li key={page.to}>
            <Link to={page.to} className="link-list__link">
              {t(page.label)}
            </Link>
            <span className="link-list__body">{t(page.body)}</span>
          </li>
        ))}
        <li>
          <Link to="/join" className="link-list__link">
            {t('home.joinPrompt')}
          </Link>
        </li>
      </ul>
    </>
  );
}

/** While the signed-in home loads: its heading, in the reader's language. */
function HomeLoading() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <Loading />
    </>
  );
}

export function HomePage() {
  const t = useT();
  const me = useMe();
  if (me.isPending) return <HomeLoading />;
  if (me.isError) {
    return (
      <>
        <PageHeading>{t('home.title')}</PageHeading>
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (!me.data) return <SignedOutHome />;
  return (
    <Suspense fallback={<HomeLoading />}>
      <SignedInHome me={me.data} />
    </Suspense>
  );
}
