import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  ACTIVITY_KINDS,
  FREQUENCIES,
  RESPONSES,
  RespondToProposalRequestSchema,
  type Proposal,
} from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { errorText, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { useMe } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { api, keys } from './activities-api.js';
import { coordinates, memberOrganisations, OrganisationPicker, useOrganisationChoice } from './shared.js';
import './activities.css';

const s = activitiesStrings.proposals;
const NEW_FORM = 'new-proposal';
const NEW_FIELDS = ['title', 'description', 'kind'] as const;
const RESPOND_FIELDS = [
  'response',
  'reason',
  'title',
  'description',
  'kind',
  'startsOn',
  'startTime',
  'durationMinutes',
  'frequency',
  'endsOn',
  'venue',
  'accessInformation',
  'capacity',
] as const;

const kindOptions = ACTIVITY_KINDS.map((k) => ({ value: k, label: activitiesStrings.kinds[k] }));

function ProposeForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const form = useFormErrors(NEW_FIELDS, 'title');
  const create = useMutation({
    mutationFn: api.propose,
    onSuccess: (proposal) => {
      void client.invalidateQueries({ queryKey: keys.proposals(organisationId) });
      onErrors(false);
      setDone(s.proposed(proposal.title));
    },
    onError: (error) => {
      onErrors(true);
      form.fromProblem(error);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const title = (values.title ?? '').trim();
    setDone('');
    if (!title) {
      onErrors(true);
      form.setErrors([{ field: 'title', message: s.titleMissing }]);
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

function numberOrText(value: string | undefined): number | string {
  const trimmed = (value ?? '').trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
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
    const body = {
      response: values.response ?? '',
      reason: values.reason ?? '',
      ...(accepted
        ? {
            activity: {
              ...((values.title ?? '').trim() ? { title: values.title } : {}),
              description: values.description ?? proposal.description,
              kind: values.kind ?? proposal.kind,
              venue: values.venue ?? '',
              accessInformation: values.accessInformation ?? '',
              capacity: numberOrText(values.capacity),
              isPublic: values.isPublic === 'on',
              schedule: {
                startsOn: values.startsOn ?? '',
                startTime: values.startTime ?? '',
                durationMinutes: numberOrText(values.durationMinutes),
                frequency: values.frequency ?? 'once',
                endsOn: (values.endsOn ?? '') === '' ? null : values.endsOn,
              },
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
          <fieldset className="act-schedule">
            <legend className="field__label">{s.scheduleTitle}</legend>
            <NativeField
              id={f('title')}
              name="title"
              label={`${s.activityTitle} ${activitiesStrings.common.optional}`}
              hint={s.activityTitleHint}
              error={form.errorFor('title')}
              defaultValue={proposal.title}
              maxLength={120}
            />
            <NativeField
              id={f('description')}
              name="description"
              label={`${s.activityDescription} ${activitiesStrings.common.optional}`}
              error={form.errorFor('description')}
              defaultValue={proposal.description}
              maxLength={4000}
              multiline
            />
            <SelectField
              id={f('kind')}
              name="kind"
              label={s.fieldKind}
              error={form.errorFor('kind')}
              options={kindOptions}
              defaultValue={proposal.kind}
            />
            <NativeField
              id={f('startsOn')}
              name="startsOn"
              type="date"
              label={s.startsOn}
              error={form.errorFor('startsOn')}
            />
            <NativeField
              id={f('startTime')}
              name="startTime"
              type="time"
              label={s.startTime}
              hint={s.startTimeHint}
              error={form.errorFor('startTime')}
            />
            <NativeField
              id={f('durationMinutes')}
              name="durationMinutes"
              type="number"
              inputMode="numeric"
              min={5}
              max={720}
              label={s.duration}
              error={form.errorFor('durationMinutes')}
              defaultValue="90"
            />
            <SelectField
              id={f('frequency')}
              name="frequency"
              label={s.frequency}
              error={form.errorFor('frequency')}
              options={FREQUENCIES.map((x) => ({ value: x, label: activitiesStrings.frequencies[x] }))}
              defaultValue="once"
            />
            <NativeField
              id={f('endsOn')}
              name="endsOn"
              type="date"
              label={`${s.endsOn} ${activitiesStrings.common.optional}`}
              hint={s.endsOnHint}
              error={form.errorFor('endsOn')}
            />
            <NativeField
              id={f('venue')}
              name="venue"
              label={s.venue}
              error={form.errorFor('venue')}
              maxLength={300}
            />
            <NativeField
              id={f('accessInformation')}
              name="accessInformation"
              label={s.access}
              hint={s.accessHint}
              error={form.errorFor('accessInformation')}
              maxLength={2000}
              multiline
            />
            <NativeField
              id={f('capacity')}
              name="capacity"
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              label={s.capacity}
              error={form.errorFor('capacity')}
              defaultValue="12"
            />
            <CheckboxField id={f('isPublic')} name="isPublic" label={s.isPublic} defaultChecked />
          </fieldset>
        ) : null}
        <div className="button-group">
          <Button type="submit" isPending={respond.isPending} pendingLabel={s.responding}>
            {s.respond}
          </Button>
          <Button variant="link" onPress={onClose}>
            {s.cancel}
          </Button>
        </div>
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
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.proposals.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <ul className="record-list plain-list">
          {list.data.proposals.map((proposal) => (
            <ProposalItem
              key={proposal.id}
              proposal={proposal}
              mayRespond={mayRespond}
              onFeedback={(message, isError) => setFeedback({ message, isError })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Ideas for activities: anyone proposes and supports; coordinators answer each with a public reason. */
export function ProposalsPage() {
  const me = useMe();
  const organisations = memberOrganisations(me.data);
  const { current, setChosen } = useOrganisationChoice(organisations);
  const [hasErrors, setHasErrors] = useState(false);

  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <NotFound />;
  if (!current) {
    return (
      <>
        <PageHeading>{s.title}</PageHeading>
        <p className="callout">{activitiesStrings.common.noMembership}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption={current.name} hasErrors={hasErrors}>
        {s.title}
      </PageHeading>
      <p className="lead">{s.lead}</p>
      <OrganisationPicker
        id="proposals-organisation"
        organisations={organisations}
        value={current.id}
        onChange={setChosen}
      />
      <ProposalList
        key={`list-${current.id}`}
        organisationId={current.id}
        mayRespond={coordinates(me.data, current.id)}
      />
      <ProposeForm key={`form-${current.id}`} organisationId={current.id} onErrors={setHasErrors} />
    </>
  );
}
