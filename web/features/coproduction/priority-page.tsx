import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Priority } from '../../../contracts/coproduction.js';
import { priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText, isMissing, retryUnlessMissing } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { useNotice } from '../../lib/notice.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { AddCommitmentForm } from './add-commitment-form.js';
import { AddUpdateForm, ChangeCommitmentForm } from './commitment-forms.js';
import { CommitmentView } from './commitment-view.js';
import { PriorityHelpers } from './priority-helpers.js';
import { api, keys } from './coproduction-api.js';
import { usePartnershipOrganisations } from './shared.js';
import './coproduction.css';

const p = coproductionStrings.priority;

function PriorityActions({ priority, onDone }: { priority: Priority; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const publish = useMutation({
    mutationFn: (published: boolean) =>
      callEndpoint(priorityEndpoints.update, { params: { priorityId: priority.id }, body: { published } }),
    onSuccess: (next) => {
      client.setQueryData(keys.priority(next.id), next);
      void client.invalidateQueries({ queryKey: keys.priorities });
      void client.invalidateQueries({ queryKey: ['coproduction', 'public'] });
      onDone(next.published ? p.publishedDone : p.unpublishedDone);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const follow = useMutation({
    mutationFn: (subscribe: boolean) =>
      callEndpoint(subscribe ? priorityEndpoints.subscribe : priorityEndpoints.unsubscribe, {
        params: { priorityId: priority.id },
      }),
    onSuccess: ({ subscribed }) => {
      client.setQueryData(keys.priority(priority.id), { ...priority, subscribed });
      onDone(subscribed ? p.followedDone : p.unfollowedDone);
    },
    onError: (error) => onDone(errorText(error)),
  });
  return (
    <div className="cop-actions">
      {priority.mayManage ? (
        <Button
          variant={priority.published ? 'secondary' : 'primary'}
          isPending={publish.isPending}
          pendingLabel={coproductionStrings.common.saving}
          onPress={() => publish.mutate(!priority.published)}
        >
          {priority.published ? p.unpublish : p.publish}
        </Button>
      ) : null}
      <Button
        variant="secondary"
        isPending={follow.isPending}
        pendingLabel={coproductionStrings.common.saving}
        onPress={() => follow.mutate(!priority.subscribed)}
        aria-describedby="follow-hint"
      >
        {priority.subscribed ? p.unfollow : p.follow}
      </Button>
      <p id="follow-hint" className="field__hint cop-actions__hint">
        {p.following}
      </p>
    </div>
  );
}

/** One priority with its commitments; its coordinators publish it and keep the commitments up to date. */
export function PriorityPage() {
  const { priorityId = '' } = useParams();
  const me = useMe();
  const notice = useNotice();
  const status = useFocusedStatus('cop-status');
  const [formHasErrors, setFormHasErrors] = useState(false);
  const organisations = usePartnershipOrganisations(me.data);
  const priority = useQuery({
    queryKey: keys.priority(priorityId),
    queryFn: () => api.fetchPriority(priorityId),
    retry: retryUnlessMissing,
  });

  if (priority.isPending) return <Loading />;
  if (priority.isError) {
    if (isMissing(priority.error)) return <NotFound />;
    return <LoadError error={priority.error} onRetry={() => void priority.refetch()} />;
  }
  const data = priority.data;
  const coordinated = new Set(coordinatedOrganisations(me.data).map((o) => o.id));
  const mayChange = (ownerId: string) => data.mayManage || coordinated.has(ownerId);
  const partnershipId = me.data?.partnership?.id;

  return (
    <>
      <PageHeading caption={p.caption} hasErrors={formHasErrors}>
        {data.title}
      </PageHeading>
      <p>
        <Link to="/coproduction">{coproductionStrings.common.backToHub}</Link>
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {status.node}
      {data.text && data.text !== data.title ? <p className="cop-prewrap lead">{data.text}</p> : null}
      <dl className="summary-list cop-section-tight">
        <div className="summary-list__row">
          <dt>{p.from}</dt>
          <dd>
            {[coproductionStrings.sources[data.source], data.sourceRef].filter(Boolean).join(': ')}
            {` (${formatDate(data.createdAt)})`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{p.organisation}</dt>
          <dd>{data.organisationName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{p.visibility}</dt>
          <dd>
            {data.published ? p.published : p.notPublished}
            {data.published && partnershipId ? (
              <>
                {' · '}
                <Link to={`/you-said-we-did/${partnershipId}`}>
                  {coproductionStrings.common.publicPageLink}
                </Link>
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <PriorityActions priority={data} onDone={status.show} />
      {data.mayManage && data.source === 'cafe' ? <PriorityHelpers priorityId={data.id} /> : null}

      <section className="section" aria-labelledby="commitments-title">
        <h2 id="commitments-title">{p.commitmentsTitle}</h2>
        {data.commitments.length === 0 ? (
          <p>{p.commitmentsNone}</p>
        ) : (
          <ul className="plain-list cop-commitments">
            {data.commitments.map((commitment) => (
              <li key={commitment.id}>
                <CommitmentView commitment={commitment}>
                  {mayChange(commitment.ownerOrganisationId) ? (
                    <div className="cop-manage">
                      <ChangeCommitmentForm commitment={commitment} onDone={status.show} />
                      <AddUpdateForm commitmentId={commitment.id} onDone={status.show} />
                    </div>
                  ) : null}
                </CommitmentView>
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.mayManage ? (
        <AddCommitmentForm
          priority={data}
          organisations={organisations}
          onDone={status.show}
          onErrors={setFormHasErrors}
        />
      ) : null}
    </>
  );
}
