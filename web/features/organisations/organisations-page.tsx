import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { useOrganisations } from '../../lib/queries.js';
import { coordinatedOrganisations, isPartnershipAdmin, useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';

export function OrganisationsPage() {
  const me = useMe();
  const organisations = useOrganisations();

  const admin = isPartnershipAdmin(me.data);
  const coordinated = new Set(coordinatedOrganisations(me.data).map((organisation) => organisation.id));
  const visible = (data: { organisations: { id: string; name: string }[] }) =>
    data.organisations
      .filter((organisation) => admin || coordinated.has(organisation.id))
      .sort((a, b) => a.name.localeCompare(b.name, strings.locale));

  return (
    <>
      <PageHeading>{strings.organisations.title}</PageHeading>
      <p className="lead">{strings.organisations.lead}</p>
      <QueryResult
        query={organisations}
        isEmpty={(data) => visible(data).length === 0}
        empty={<p>{strings.organisations.none}</p>}
      >
        {(data) => (
          <ul className="cards">
            {visible(data).map((organisation) => (
              <li key={organisation.id} className="card">
                <h2 className="card__title">
                  <Link className="card__link" to={`/organisations/${organisation.id}/members`}>
                    {strings.organisations.membersLink(organisation.name)}
                  </Link>
                </h2>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
