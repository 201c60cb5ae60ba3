import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { usePublicPartnerships } from '../../lib/queries.js';
import { useT } from '../../lib/i18n/public-pages.js';

/**
 * "What's on" for anyone, reached from the footer and the signed-out home: each organisation's public
 * programme. With a single organisation there is nothing to choose, so it opens that programme.
 */
export function WhatsOnPage() {
  const t = useT();
  const query = usePublicPartnerships();
  const organisations = query.data?.partnerships.flatMap((partnership) => partnership.organisations) ?? [];
  const only = organisations.length === 1 ? organisations[0] : undefined;
  if (only) return <Navigate to={`/programme/${only.id}`} replace />;
  return (
    <>
      <PageHeading>{t('activities.title')}</PageHeading>
      <p className="lead">{t('activities.whatsOn.lead')}</p>
      <QueryResult
        query={query}
        isEmpty={() => organisations.length === 0}
        empty={<p>{t('activities.whatsOn.none')}</p>}
      >
        {() => (
          <ul className="plain-list">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/programme/${organisation.id}`}>
                  {t('activities.whatsOn.link', { organisation: organisation.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
