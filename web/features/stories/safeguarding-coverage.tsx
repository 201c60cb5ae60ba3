import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { apiRequest } from '../../lib/api.js';
import { coordinatedOrganisations, isPartnershipAdmin } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import './safeguarding-coverage.css';

// The home page loads first, so the contract (and its validation library) loads only when asked for.
const coverageSchema = () =>
  import('../../../contracts/stories.js').then((contracts) => contracts.SafeguardingCoverageSchema);

/** Admins and coordinators are the people who can appoint a lead, so only they are asked. */
function watchesCoverage(me: MeResponse): boolean {
  return isPartnershipAdmin(me) || coordinatedOrganisations(me).length > 0;
}

/**
 * A warning, in words and not colour alone, for each organisation where nobody would hear if a story
 * showed someone at risk, with the way to its members page, where the role is given.
 */
export function SafeguardingCoverageWarning({ me }: { me: MeResponse }) {
  const h = storiesStrings.home;
  const watches = watchesCoverage(me);
  const coverage = useQuery({
    queryKey: ['safeguarding-coverage', me.person.id],
    queryFn: () => apiRequest('/api/safeguarding/coverage', coverageSchema),
    enabled: watches,
  });
  const missing = coverage.data?.organisationsWithoutLead ?? [];
  if (!watches || missing.length === 0) return null;
  const [only] = missing;
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="warning-text__body">
        <p className="warning-text__text">
          <span className="visually-hidden">{h.coverageWarning}: </span>
          {only && missing.length === 1 ? h.coverageOne(only.name) : h.coverageMany(missing.length)}
        </p>
        <ul className="plain-list">
          {missing.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`/organisations/${organisation.id}/members`}>
                {h.coverageLink(organisation.name)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
