import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  CreateOpportunityRequestSchema,
  INVOLVEMENT_ROLE_NAMES,
  INVOLVEMENT_ROLES,
  InvolvementRoleSchema,
  OpportunitySchema,
  type CreateOpportunityRequest,
  type Opportunity,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { SelectField } from '../../components/select-field.js';
import { apiRequest, errorText } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { formatDate, formatDay } from '../../lib/format.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { api, keys } from './involvement-api.js';
import { mayBeInvolved } from './access.js';
import './involvement.css';

const o = involvementStrings.opportunities;
const POST_FORM = 'new-opportunity';
const POST_FIELDS = ['organisationId', 'title', 'role', 'description', 'commitment', 'closesOn'] as const;

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

function OpportunityItem({ opportunity }: { opportunity: Opportunity }) {
  const client = useQueryClient();
  const [showInterests, setShowInterests] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const status = useFocusedStatus('inv-status');
  const formId = `interest-${opportunity.id}`;
  const interest = useMutation({
    mutationFn: (note: string) =>
      apiRequest(`/api/opportunities/${opportunity.id}/interest`, OpportunitySchema, {
        method: 'POST',
        body: { note },
      }),
    onSuccess: () => {
      setErrors([]);
      status.show(o.interestSaved(opportunity.title));
      void client.invalidateQueries({ queryKey: keys.opportunities });
    },
    onError: (error) => setErrors([{ field: 'note', message: errorText(error) }]),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note = (readForm(event.currentTarget).note ?? '').trim();
    if (note.length > 1000) {
      setErrors([{ field: 'note', message: o.noteTooLong }]);
      return;
    }
    interest.mutate(note);
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
          <ErrorSummary formId={formId} errors={errors} headingLevel={3} />
          <form id={formId} noValidate onSubmit={onSubmit} className="form">
            <NativeField
              id={fieldId(formId, 'note')}
              name="note"
              label={o.note}
              hint={o.noteHint}
              error={errors[0]?.message}
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

function PostOpportunityForm({
  organisations,
  onPosted,
}: {
  organisations: readonly { id: string; name: string }[];
  onPosted: (title: string) => void;
}) {
  const client = useQueryClient();
  const form = useFormErrors(POST_FIELDS, 'title');
  const post = useMutation({
    mutationFn: (body: CreateOpportunityRequest) =>
      apiRequest('/api/opportunities', OpportunitySchema, { method: 'POST', body }),
    onSuccess: (opportunity) => {
      void client.invalidateQueries({ queryKey: keys.opportunities });
      onPosted(opportunity.title);
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const role = InvolvementRoleSchema.safeParse(values.role);
    const request: CreateOpportunityRequest = {
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      title: values.title ?? '',
      role: role.success ? role.data : 'other',
      description: values.description ?? '',
      commitment: values.commitment ?? '',
      closesOn: values.closesOn ?? '',
    };
    const parsed = CreateOpportunityRequestSchema.safeParse(request);
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { closesOn: o.closesMissing });
      return;
    }
    form.clear();
    post.mutate(parsed.data, { onSuccess: () => element.reset() });
  };

  return (
    <section className="section narrow" aria-labelledby="new-opportunity-heading">
      <h2 id="new-opportunity-heading">{o.newTitle}</h2>
      <ErrorSummary formId={POST_FORM} errors={form.errors} />
      <form id={POST_FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <SelectField
            id={fieldId(POST_FORM, 'organisationId')}
            name="organisationId"
            label={o.newOrganisation}
            error={form.errorFor('organisationId')}
            options={organisations.map((org) => ({ value: org.id, label: org.name }))}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        <NativeField
          id={fieldId(POST_FORM, 'title')}
          name="title"
          label={o.newTitleLabel}
          hint={o.newTitleHint}
          error={form.errorFor('title')}
          maxLength={200}
        />
        <SelectField
          id={fieldId(POST_FORM, 'role')}
          name="role"
          label={o.newRole}
          error={form.errorFor('role')}
          options={INVOLVEMENT_ROLES.map((role) => ({ value: role, label: INVOLVEMENT_ROLE_NAMES[role] }))}
        />
        <NativeField
          id={fieldId(POST_FORM, 'description')}
          name="description"
          label={o.newDescription}
          hint={o.newDescriptionHint}
          error={form.errorFor('description')}
          maxLength={5000}
          multiline
        />
        <NativeField
          id={fieldId(POST_FORM, 'commitment')}
          name="commitment"
          label={o.newCommitment}
          hint={o.newCommitmentHint}
          error={form.errorFor('commitment')}
          maxLength={300}
        />
        <NativeField
          id={fieldId(POST_FORM, 'closesOn')}
          name="closesOn"
          type="date"
          label={o.newClosesOn}
          error={form.errorFor('closesOn')}
        />
        <Button type="submit" isPending={post.isPending} pendingLabel={involvementStrings.common.saving}>
          {o.submit}
        </Button>
      </form>
    </section>
  );
}

/** Open opportunities to get involved; coordinators also post them and see who is interested. */
export function OpportunitiesPage() {
  const me = useMe();
  const allowed = mayBeInvolved(me.data);
  const status = useFocusedStatus('inv-status');
  const list = useQuery({ queryKey: keys.opportunities, queryFn: api.fetchOpportunities, enabled: allowed });

  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;
  const organisations = coordinatedOrganisations(me.data);

  return (
    <>
      <PageHeading>{o.title}</PageHeading>
      <p className="lead">{o.lead}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.opportunities.length === 0 ? (
        <p>{o.none}</p>
      ) : (
        <ul className="record-list plain-list">
          {list.data.opportunities.map((opportunity) => (
            <OpportunityItem key={opportunity.id} opportunity={opportunity} />
          ))}
        </ul>
      )}
      {organisations.length > 0 ? (
        <>
          {status.node}
          <PostOpportunityForm
            organisations={organisations}
            onPosted={(title) => status.show(o.posted(title))}
          />
        </>
      ) : null}
    </>
  );
}
