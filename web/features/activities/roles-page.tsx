import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { roleEndpoints } from '../../../contracts/activities.endpoints.js';
import type { Role } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { NewRoleForm } from './new-role-form.js';
import { ApplyForm } from './role-apply-form.js';
import { Applications } from './role-applications.js';
import { keepsCommunityOffer, OrganisationPage, partnershipPicker, usePartnershipPage } from './shared.js';
import './activities.css';

const s = communityStrings.roles;

function RoleItem({
  role,
  keeps,
  onFeedback,
}: {
  role: Role;
  keeps: boolean;
  onFeedback: (message: string) => void;
}) {
  const [applying, setApplying] = useState(false);
  const titleId = `role-${role.id}-title`;
  return (
    <li className="act-session">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="act-session__title">
          {role.title}
        </h3>
        <p className="act-session__meta">
          <span className="tag">{s.kinds[role.kind]}</span>{' '}
          <strong>{role.hoursPerWeek === null ? s.flexibleHours : s.hoursPerWeek(role.hoursPerWeek)}</strong>
        </p>
        {role.description ? <p className="act-prewrap">{role.description}</p> : null}
        {role.appliedByMe ? (
          <p className="act-mine">{s.applied}</p>
        ) : applying ? (
          <ApplyForm
            role={role}
            onClose={() => setApplying(false)}
            onDone={(message) => {
              setApplying(false);
              onFeedback(message);
            }}
          />
        ) : (
          <Button onPress={() => setApplying(true)} aria-label={s.applyToggleLabel(role.title)}>
            {s.applyToggle}
          </Button>
        )}
        {keeps ? <Applications role={role} onFeedback={onFeedback} /> : null}
      </article>
    </li>
  );
}

function RoleList({ organisationId, keeps }: { organisationId: string; keeps: boolean }) {
  const status = useFocusedStatus('act-status-message');
  const list = useQuery({
    queryKey: keys.roles(organisationId),
    queryFn: () => callEndpoint(roleEndpoints.list, { params: { organisationId } }),
  });
  return (
    <section className="section" aria-labelledby="roles-list-heading">
      <h2 id="roles-list-heading">{s.listTitle}</h2>
      {status.node}
      <QueryResult
        query={list}
        isEmpty={(data) => data.roles.length === 0}
        empty={<p className="callout">{s.none}</p>}
      >
        {(data) => (
          <ul className="plain-list act-sessions">
            {data.roles.map((role) => (
              <RoleItem key={role.id} role={role} keeps={keeps} onFeedback={status.show} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

/** Work placements and volunteering roles: everyone applies; coordinators add roles and answer applications. */
export function RolesPage() {
  const page = usePartnershipPage();
  return (
    <OrganisationPage
      page={page}
      title={s.title}
      lead={s.lead}
      pickerId="roles-organisation"
      {...partnershipPicker}
      none={activitiesStrings.common.noMembership}
    >
      {(current, me) => {
        const keeps = keepsCommunityOffer(me, current.id);
        return (
          <>
            <RoleList key={`list-${current.id}`} organisationId={current.id} keeps={keeps} />
            {keeps ? (
              <NewRoleForm
                key={`form-${current.id}`}
                organisationId={current.id}
                onErrors={page.setHasErrors}
              />
            ) : null}
          </>
        );
      }}
    </OrganisationPage>
  );
}
