import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { RESPONSES, RespondToProposalRequestSchema, type Proposal } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { errorText, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { api, keys } from './activities-api.js';
import {
  ACTIVITY_FIELDS,
  ActivityFields,
  activityDetailsFrom,
  kindOptions,
  scheduleFrom,
} from './activity-fields.js';
import { coordinates, OrganisationPage, useOrganisationPage } from './shared.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { QueryResult } from '../../components/query-result.js';
import { usePageForm } from '../../lib/contract-form.js';
import './activities.css';

const s = activitiesStrings.proposals;
const NEW_FORM = 'new-proposal';
const NEW_FIELDS = ['title', 'description', 'kind'] as const;
const RESPOND_FIELDS = ['response', 'reason', ...ACTIVITY_FIELDS] as const;

function ProposeForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const form = usePageForm(NEW_FIELDS, 'title', onErrors);
  const create = useMutation({
    mutationFn: api.propose,
    onSuccess: (proposal) => {
      void client.invalidateQueries({ queryKey: keys.proposals(organisationId) });
      form.succeeded();
      setDone(s.proposed(proposal.title));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const title = (values.title ?? '').trim();
    setDone('');
    if (!title) {
      form.reject([{ field: 'title', message: s.titleMissing }]);
      return;
    }
    form.clear();
    create.mutate(
      {
        organisationId,
        title,
        description: (values.description ?? '').trim(),
        kind: values.kind ?? 'other',
      },
      { onSuccess: () => element.reset() },
    );
  };
  return (
    <section className="section narrow" aria-labelledby="new-proposal-heading">
      <h2 id="new-proposal-heading">{s.newTitle}</h2>
      <p>{s.newLead}</p>
      <ErrorSummary formId={NEW_FORM} errors={form.errors} />
      <form id={NEW_FORM} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(NEW_FORM, 'title')}
          name="title"
          label={s.fieldTitle}
          hint={s.fieldTitleHint}
          error={form.errorFor('title')}
          maxLength={120}
        />
        <NativeField
          id={fieldId(NEW_FORM, 'description')}
          name="description"
          label={`${s.fieldDescription} ${activitiesStrings.common.optional}`}
          error={form.errorFor('description')}
          maxLength={2000}
          multiline
        />
        <SelectField
          id={fieldId(NEW_FORM, 'kind')}
          name="kind"
          label={s.fieldKind}
          error={form.errorFor('kind')}
          options={kindOptions}
          defaultValue="other"
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={s.submitting}>
          {s.submit}
        </Button>
      </form>
      <StatusMessage>{done || null}</StatusMessage>
    </section>
  );
}

function RespondForm({
  proposal,
  onDone,
  onClose,
}: {
  proposal: Proposal;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const formId = `respond-${proposal.id}`;
  const [response, setResponse] = useState('');
  const form = useFormErrors(RESPOND_FIELDS, 'reason');
  const respond = useMutation({
    mutationFn: (body: unknown) => api.respond(proposal.id, body),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.all });
      onDone(s.responded(next.title));
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const accepted = values.response === 'accepted';
    const { title, ...details } = activityDetailsFrom(values);
    const body = {
      response: values.response ?? '',
      reason: values.reason ?? '',
      ...(accepted
        ? {
            activity: {
              ...(title.trim() ? { title } : {}),
              ...details,
              description: values.description ?? proposal.description,
              kind: values.kind ?? proposal.kind,
              schedule: scheduleFrom(values),
            },
          }
        : {}),
    };
    const parsed = RespondToProposalRequestSchema.safeParse(body);
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { reason: s.reasonMissing, response: s.responseLegend });
      return;
    }
    form.clear();
    respond.mutate(parsed.data);
  };
  const f = (name: string) => fieldId(formId, name);
  return (
    <div className="act-respond">
      <h4>{s.respondTitle}</h4>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form
        id={formId}
        noValidate
        onSubmit={onSubmit}
        className="form"
        onChange={(event) => {
          const target: EventTarget = event.target;
          if (target instanceof HTMLInputElement && target.name === 'response') setResponse(target.value);
        }}
      >
        <ChoiceField
          id={f('response')}
          name="response"
          legend={s.responseLegend}
          error={form.errorFor('response')}
          options={RESPONSES.map((r) => ({ value: r, label: s.responses[r] }))}
          className="act-choice"
          optionClassName="act-choice__option"
          small
        />
        <NativeField
          id={f('reason')}
          name="reason"
          label={s.reason}
          hint={s.reasonHint}
          error={form.errorFor('reason')}
          maxLength={2000}
          multiline
        />
        {response === 'accepted' ? (
          <ActivityFields
            formId={formId}
            errorFor={form.errorFor}
            legend={s.scheduleTitle}
            titleOptional
            titleHint={s.activityTitleHint}
            defaults={{ title: proposal.title, description: proposal.description, kind: proposal.kind }}
          />
        ) : null}
        <InlineFormButtons
          submit={s.respond}
          pendingLabel={s.responding}
          isPending={respond.isPending}
          close={s.cancel}
          onClose={onClose}
        />
      </form>
    </div>
  );
}

function ProposalItem({
  proposal,
  mayRespond,
  onFeedback,
}: {
  proposal: Proposal;
  mayRespond: boolean;
  onFeedback: (message: string, isError: boolean) => void;
}) {
  const client = useQueryClient();
  const [responding, setResponding] = useState(false);
  const support = useMutation({
    mutationFn: () => api.support(proposal.id),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.proposals(proposal.organisationId) });
      onFeedback(s.supported(next.title), false);
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        void client.invalidateQueries({ queryKey: keys.proposals(proposal.organisationId) });
        onFeedback(s.alreadySupported, false);
      } else onFeedback(errorText(error), true);
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
              onFeedback(message, false);
            }}
          />
        ) : null}
      </article>
    </li>
  );
}

function ProposalList({ organisationId, mayRespond }: { organisationId: string; mayRespond: boolean }) {
  const [feedback, setFeedback] = useState<{ message: string; isError: boolean } | null>(null);
  const list = useQuery({
    queryKey: keys.proposals(organisationId),
    queryFn: () => api.fetchProposals(organisationId),
  });
  return (
    <section className="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{s.listTitle}</h2>
      {feedback?.isError ? (
        <p className="callout callout--error" role="alert">
          {feedback.message}
        </p>
      ) : null}
      <StatusMessage>{feedback && !feedback.isError ? feedback.message : null}</StatusMessage>
      <QueryResult query={list} isEmpty={(data) => data.proposals.length === 0} empty={<p>{s.none}</p>}>
        {(data) => (
          <ul className="record-list plain-list">
            {data.proposals.map((proposal) => (
              <ProposalItem
                key={proposal.id}
                proposal={proposal}
                mayRespond={mayRespond}
                onFeedback={(message, isError) => setFeedback({ message, isError })}
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
