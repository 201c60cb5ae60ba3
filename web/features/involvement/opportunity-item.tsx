import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import {
  INVOLVEMENT_ROLE_NAMES,
  OpportunityInterestRequestSchema,
  type Opportunity,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { formatDate, formatDay } from '../../lib/format.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { api, keys } from './involvement-api.js';

const o = involvementStrings.opportunities;
const INTEREST_FIELDS = ['note'] as const;

function InterestsPanel({ opportunity }: { opportunity: Opportunity }) {
  const interests = useQuery({
    queryKey: keys.interests(opportunity.id),
    queryFn: () => api.fetchInterests(opportunity.id),
    // Each look is recorded, so look again only when asked.
    staleTime: Infinity,
  });
  return (
    <div className="inv-panel" id={`interests-${opportunity.id}`}>
      <p className="secondary-text">{o.lookRecorded}</p>
      {interests.isPending ? (
        <Loading />
      ) : interests.isError ? (
        <LoadError error={interests.error} onRetry={() => void interests.refetch()} />
      ) : interests.data.interests.length === 0 ? (
        <p>{o.noInterest}</p>
      ) : (
        <ul className="plain-list">
          {interests.data.interests.map((interest) => (
            <li key={interest.person.id} className="inv-interest">
              <p>
                <strong>{interest.person.displayName}</strong>
                <br />
                <a href={`mailto:${interest.email}`} className="inv-email">
                  {interest.email}
                </a>
              </p>
              {interest.note ? <p className="inv-prewrap">{interest.note}</p> : null}
              <p className="secondary-text">{o.interestOn(formatDate(interest.createdAt))}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One opportunity: what it is, a form to put oneself forward, and (for coordinators) who has. */
export function OpportunityItem({ opportunity }: { opportunity: Opportunity }) {
  const client = useQueryClient();
  const [showInterests, setShowInterests] = useState(false);
  const form = useContractForm({ schema: OpportunityInterestRequestSchema, fields: INTEREST_FIELDS });
  const status = useFocusedStatus('inv-status');
  const formId = `interest-${opportunity.id}`;
  const interest = useMutation({
    mutationFn: (note: string) =>
      callEndpoint(involvementEndpoints.expressInterest, {
        params: { opportunityId: opportunity.id },
        body: { note },
      }),
    onSuccess: () => {
      form.clear();
      status.show(o.interestSaved(opportunity.title));
      void client.invalidateQueries({ queryKey: keys.opportunities });
    },
    onError: (error) => form.setErrors([{ field: 'note', message: errorText(error) }]),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) interest.mutate(body.note);
  };

  const titleId = `opportunity-${opportunity.id}-title`;
  return (
    <li className="record" aria-labelledby={titleId}>
      <h2 className="record__title" id={titleId}>
        {opportunity.title}
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{o.organisation}</dt>
          <dd>{opportunity.organisationName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{o.role}</dt>
          <dd>{INVOLVEMENT_ROLE_NAMES[opportunity.role]}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{o.commitment}</dt>
          <dd>{opportunity.commitment}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{o.closesOn}</dt>
          <dd>
            {formatDay(opportunity.closesOn)}
            {opportunity.open ? null : ` (${o.closed})`}
          </dd>
        </div>
      </dl>
      <p className="inv-prewrap">{opportunity.description}</p>
      {status.node}
      {opportunity.interested ? (
        <p className="inv-done">{o.interestedAlready}</p>
      ) : opportunity.open ? (
        <>
          <ErrorSummary formId={formId} errors={form.errors} headingLevel={3} />
          <form id={formId} noValidate onSubmit={onSubmit} className="form">
            <NativeField
              id={fieldId(formId, 'note')}
              name="note"
              label={o.note}
              hint={o.noteHint}
              error={form.errors[0]?.message}
              maxLength={1000}
              multiline
            />
            <Button
              type="submit"
              isPending={interest.isPending}
              pendingLabel={involvementStrings.common.saving}
              aria-label={o.interestedLabel(opportunity.title)}
            >
              {o.interested}
            </Button>
          </form>
        </>
      ) : null}
      {opportunity.mayCoordinate ? (
        <div className="inv-coordinate">
          <p>{o.interestCount(opportunity.interestCount)}</p>
          <Button
            variant="secondary"
            aria-expanded={showInterests}
            aria-label={showInterests ? undefined : o.seeInterestedLabel(opportunity.title)}
            onPress={() => setShowInterests((shown) => !shown)}
          >
            {showInterests ? o.hideInterested : o.seeInterested}
          </Button>
          {showInterests ? <InterestsPanel opportunity={opportunity} /> : null}
        </div>
      ) : null}
    </li>
  );
}
