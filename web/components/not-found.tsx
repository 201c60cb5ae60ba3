import { Link } from 'react-router';
import { strings } from '../lib/strings.js';
import { PageHeading } from './page-heading.js';

/** "Page not found": also what someone sees when they may not see a page, as the API answers 404. */
export function NotFound() {
  return (
    <>
      <PageHeading>{strings.errors.notFoundTitle}</PageHeading>
      <p>{strings.errors.notFoundBody}</p>
      <p>
        <Link to="/">{strings.errors.notFoundHome}</Link>
      </p>
    </>
  );
}
