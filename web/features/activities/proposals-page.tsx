import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { proposalEndpoints } from '../../../contracts/activities.endpoints.js';
import type { Proposal } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint, errorText, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { ProposeForm } from './propose-form.js';
import { RespondForm } from './respond-form.js';
import {
  coordinates,
  FeedbackMessage,
  OrganisationPage,
  useOrganisationPage,
  type Feedback,
} from './shared.js';
import './activities.css';

const s = activitiesStrings.proposals;

function ProposalItem({
  proposal,
  mayRespond,
  onFeedback,
}: {
  proposal: Proposal;
  mayRespond: boolean;
  onFeedback: (feedback: Feedback) => void;
}) {
  const client = useQueryClient();
  const [responding, setResponding] = useState(false);
  const support = useMutation({
    mutationFn: () => callEndpoint(proposalEndpoints.support, { params: { proposalId: proposal.id } }),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.proposals(proposal.organisationId) });
      onFeedback({ message: s.supported(next.title), isError: false });
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        void client.invalidateQueries({ queryKey: keys.proposals(proposal.organisationId) });
        onFeedback({ message: s.alreadySupported, isError: false });
      } else onFeedback({ message: errorText(error), isError: true });
    },
  });
  const titleId = `proposal-${proposal.id}-title`;
  return (
    <li className="record">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="record__title">
          {proposal.title}
        </h3>
        <p className="secondary-text">
          {`${activitiesStrings.kinds[proposal.kind]} · ${s.proposedBy(proposal.proposedBy, formatDate(proposal.createdAt))}`}
        </p>
        <p>
          <span className={`tag act-status act-status--${proposal.status}`}>{s.status[proposal.status]}</span>
        </p>
        {proposal.description ? <p className="act-prewrap">{proposal.description}</p> : null}
        <p>
          <strong>{s.supporters(proposal.supporters)}</strong>
          {proposal.supportedByMe ? ` · ${s.youSupport}` : null}
        </p>
        {proposal.response ? (
          <div className="act-response">
            <h4>{s.responseTitle}</h4>
            <p className="act-prewrap">{proposal.response.reason}</p>
            <p className="secondary-text">{s.respondedOn(formatDate(proposal.response.respondedAt))}</p>
            {proposal.response.activityId ? (
              <p>
                <Link to={`/activities?organisation=${proposal.organisationId}`}>{s.seeProgramme}</Link>
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="button-group">
          {proposal.status === 'open' && !proposal.supportedByMe ? (
            <Button
              variant="secondary"
              onPress={() => support.mutate()}
              isPending={support.isPending}
              pendingLabel={s.supporting}
              aria-label={s.supportLabel(proposal.title)}
            >
              {s.support}
            </Button>
          ) : null}
          {mayRespond && proposal.status !== 'accepted' && !responding ? (
            <Button
              variant="link"
              onPress={() => setResponding(true)}
              aria-label={s.respondToggleLabel(proposal.title)}
            >
              {s.respondToggle}
            </Button>
          ) : null}
        </div>
        {responding ? (
          <RespondForm
            proposal={proposal}
            onClose={() => setResponding(false)}
            onDone={(message) => {
              setResponding(false);
              onFeedback({ message, isError: false });
            }}
          />
        ) : null}
      </article>
    </li>
  );
}

function ProposalList({ organisationId, mayRespond }: { organisationId: string; mayRespond: boolean }) {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const list = useQuery({
    queryKey: keys.proposals(organisationId),
    queryFn: () => callEndpoint(proposalEndpoints.list, { params: { organisationId } }),
  });
  return (
    <section className="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{s.listTitle}</h2>
      <FeedbackMessage feedback={feedback} />
      <QueryResult query={list} isEmpty={(data) => data.proposals.length === 0} empty={<p>{s.none}</p>}>
        {(data) => (
          <ul className="record-list plain-list">
            {data.proposals.map((proposal) => (
              <ProposalItem
                key={proposal.id}
                proposal={proposal}
                mayRespond={mayRespond}
                onFeedback={setFeedback}
              />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

/** Ideas for activities: anyone proposes and supports; coordinators answer each with a public reason. */
export function ProposalsPage() {
  const page = useOrganisationPage();
  return (
    <OrganisationPage
      page={page}
      title={s.title}
      lead={s.lead}
      pickerId="proposals-organisation"
      none={activitiesStrings.common.noMembership}
    >
      {(current, me) => (
        <>
          <ProposalList
            key={`list-${current.id}`}
            organisationId={current.id}
            mayRespond={coordinates(me, current.id)}
          />
          <ProposeForm key={`form-${current.id}`} organisationId={current.id} onErrors={page.setHasErrors} />
        </>
      )}
    </OrganisationPage>
  );
}
