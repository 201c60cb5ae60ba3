import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../lib/notice.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { AddPriorityForm } from './add-priority-form.js';
import { CafePriorities, KeyMessages } from './bring-in.js';
import { api, keys } from './coproduction-api.js';
import { Notifications, Opportunities } from './member-sections.js';
import './coproduction.css';

const h = coproductionStrings.hub;

function PriorityList() {
  const list = useQuery({ queryKey: keys.priorities, queryFn: api.fetchPriorities });
  return (
    <section className="section" aria-labelledby="priorities-title">
      <h2 id="priorities-title">{h.prioritiesTitle}</h2>
      <QueryResult
        query={list}
        isEmpty={(data) => data.priorities.length === 0}
        empty={<p>{h.prioritiesNone}</p>}
      >
        {(data) => (
          <ul className="record-list plain-list">
            {data.priorities.map((priority) => (
              <li key={priority.id} className="record">
                <h3 className="record__title">
                  <Link to={`/coproduction/priorities/${priority.id}`}>{priority.title}</Link>
                </h3>
                <p className="secondary-text">
                  {[
                    coproductionStrings.sources[priority.source],
                    priority.organisationName,
                    h.commitmentCount(priority.commitments.length),
                    priority.published ? h.published : h.notPublished,
                  ].join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

/** The co-production hub: priorities and café priorities for coordinators, updates and opportunities for all. */
export function CoproductionHubPage() {
  const me = useMe();
  const notice = useNotice();
  const [formHasErrors, setFormHasErrors] = useState(false);

  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <NotFound />;
  const partnership = me.data.partnership;
  const coordinated = coordinatedOrganisations(me.data);
  const organisations = [
    ...new Map(me.data.memberships.map((m) => [m.organisationId, m.organisationName])),
  ].map(([id, name]) => ({ id, name }));

  return (
    <>
      <PageHeading hasErrors={formHasErrors}>{h.title}</PageHeading>
      <StatusMessage>{notice}</StatusMessage>
      <p className="lead">{h.lead}</p>
      {partnership === null ? (
        <p className="callout">{h.noPartnership}</p>
      ) : (
        <>
          <nav aria-labelledby="coproduction-links-title" className="cop-links">
            <h2 id="coproduction-links-title" className="visually-hidden">
              {h.linksTitle}
            </h2>
            <ul>
              <li>
                <Link to={`/you-said-we-did/${partnership.id}`}>
                  {coproductionStrings.common.publicPageLink}
                </Link>
              </li>
              <li>
                <Link to="/coproduction/groups">{h.groups}</Link>
              </li>
              <li>
                <Link to="/coproduction/charter">{h.charter}</Link>
              </li>
              {organisations.map((organisation) => (
                <li key={organisation.id}>
                  <Link to={`/coproduction/organisations/${organisation.id}`}>
                    {h.powerSharing(organisation.name)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {coordinated.length > 0 ? (
            <>
              <CafePriorities organisations={coordinated} />
              <KeyMessages organisations={coordinated} />
            </>
          ) : null}
          <PriorityList />
          {coordinated.length > 0 ? (
            <AddPriorityForm organisations={coordinated} onErrors={setFormHasErrors} />
          ) : null}
          <Notifications />
          <Opportunities />
        </>
      )}
    </>
  );
}
