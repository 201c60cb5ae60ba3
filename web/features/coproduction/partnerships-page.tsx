import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { usePublicPartnerships } from '../../lib/queries.js';
import { useT } from '../../lib/i18n/public-pages.js';

/**
 * "You said, we did" for anyone, reached from the footer and the signed-out home. Most places run one
 * partnership, so it opens that one's page; several are listed to choose from.
 */
export function YouSaidWeDidIndexPage() {
  const t = useT();
  const query = usePublicPartnerships();
  const partnerships = query.data?.partnerships ?? [];
  const only = partnerships.length === 1 ? partnerships[0] : undefined;
  if (only) return <Navigate to={`/you-said-we-did/${only.id}`} replace />;
  return (
    <>
      <PageHeading>{t('youSaidWeDid.title')}</PageHeading>
      <p className="lead">{t('youSaidWeDid.indexLead')}</p>
      <QueryResult
        query={query}
        isEmpty={() => partnerships.length === 0}
        empty={<p>{t('youSaidWeDid.none')}</p>}
      >
        {() => (
          <ul className="plain-list">
            {partnerships.map((partnership) => (
              <li key={partnership.id}>
                <Link to={`/you-said-we-did/${partnership.id}`}>{partnership.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
