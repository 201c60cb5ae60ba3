import { Link, useParams } from 'react-router';
import { ROLES, type Role } from '../../../contracts/people.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { useMembers } from '../../lib/queries.js';
import { isPartnershipAdmin, useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';
import { InviteForm } from './invite-form.js';
import { MembersList } from './members-list.js';

/** Roles a coordinator may give; only a partnership admin may make another. */
function assignableRoles(admin: boolean): readonly Role[] {
  return admin ? ROLES : ROLES.filter((role) => role !== 'partnership_admin');
}

export function MembersPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const query = useMembers(organisationId);

  if (query.isError && isApiError(query.error) && [400, 403, 404].includes(query.error.status)) {
    return <NotFound />;
  }

  const roles = assignableRoles(isPartnershipAdmin(me.data));
  const name = query.data?.organisation.name;
  return (
    <>
      <PageHeading>{name ? strings.members.titleFor(name) : strings.members.title}</PageHeading>
      <p className="lead">{strings.members.lead}</p>
      <p>
        <Link to={`/organisations/${organisationId}/support-lines`}>{strings.members.supportLinesLink}</Link>
      </p>
      <p>
        <Link to={`/organisations/${organisationId}/consent-wording`}>
          {strings.members.consentWordingLink}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          <InviteForm organisationId={organisationId} roles={roles} />
          <MembersList data={query.data} meId={me.data?.person.id} roles={roles} />
        </>
      ) : null}
    </>
  );
}
