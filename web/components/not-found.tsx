import { Link } from 'react-router';
import { useT } from '../lib/i18n/i18n.js';
import { PageHeading } from './page-heading.js';

/** "Page not found": also what someone sees when they may not see a page, as the API answers 404. */
export function NotFound() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('errors.notFoundTitle')}</PageHeading>
      <p>{t('errors.notFoundBody')}</p>
      <p>
        <Link to="/">{t('errors.notFoundHome')}</Link>
      </p>
    </>
  );
}
