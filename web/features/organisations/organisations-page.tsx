import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { OrganisationListResponseSchema } from '../../../contracts/people.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { apiRequest } from '../../lib/api.js';
import { coordinatedOrganisations, isPartnershipAdmin, useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';

export function OrganisationsPage() {
  const me = useMe();
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: () => apiRequest('/api/organisations', OrganisationListResponseSchema),
  });

  const admin = isPartnershipAdmin(me.data);
  const coordinated = new Set(coordinatedOrganisations(me.data).map((organisation) => organisation.id));
  const list = (organisations.data?.organisations ?? [])
    .filter((organisation) => admin || coordinated.has(organisation.id))
    .sort((a, b) => a.name.localeCompare(b.name, strings.locale));

  return (
    <>
      <PageHeading>{strings.organisations.title}</PageHeading>
      <p className="lead">{strings.organisations.lead}</p>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? (
        <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : null}
      {organisations.isSuccess && list.length === 0 ? <p>{strings.organisations.none}</p> : null}
      {list.length > 0 ? (
        <ul className="cards">
          {list.map((organisation) => (
            <li key={organisation.id} className="card">
              <h2 className="card__title">
                <Link className="card__link" to={`/organisations/${organisation.id}/members`}>
                  {strings.organisations.membersLink(organisation.name)}
                </Link>
              </h2>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
