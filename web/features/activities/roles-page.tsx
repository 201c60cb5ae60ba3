import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import {
  PAYMENT_CHOICES,
  ROLE_KINDS,
  type ApplicationListSchema,
  type Role,
} from '../../../contracts/activities.js';
import { VOUCHER_WARNING } from '../../../contracts/people.js';
import type { z } from 'zod';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { NativeField } from '../../components/native-field.js';
import { errorText, isApiError } from '../../lib/api.js';
import { today } from '../../lib/dates.js';
import { fieldId, readForm, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { formatDate, formatDay } from '../../lib/format.js';
import { poundsToPence } from '../../lib/money.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import { api, keys } from './activities-api.js';
import { keepsCommunityOffer, OrganisationPage, partnershipPicker, usePartnershipPage } from './shared.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { QueryResult } from '../../components/query-result.js';
import { usePageForm } from '../../lib/contract-form.js';
import './activities.css';

const s = communityStrings.roles;
const optional = communityStrings.common.optional;
type Application = z.infer<typeof ApplicationListSchema>['applications'][number];

const NEW_FORM = 'new-role';
const NEW_FIELDS = ['title', 'description', 'kind', 'hoursPerWeek'] as const;
const APPLY_FIELDS = ['message'] as const;
const HOURS_FIELDS = ['occurredOn', 'hours', 'expensesPence', 'paymentChoice'] as const;

/** Puts the keyboard in a form's first field when the form opens. */
function useFocusOnOpen(id: string) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}

function ApplyForm({
  role,
  onDone,
  onClose,
}: {
  role: Role;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const formId = `apply-${role.id}`;
  const form = useFormErrors(APPLY_FIELDS, 'message');
  useFocusOnOpen(fieldId(formId, 'message'));
  const apply = useMutation({
    mutationFn: (message: string) => api.apply(role.id, message),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.roles(role.organisationId) });
      onDone(s.appliedDone(role.title));
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        void client.invalidateQueries({ queryKey: keys.roles(role.organisationId) });
        onDone(s.alreadyApplied);
      } else form.fromProblem(error);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.clear();
    apply.mutate((readForm(event.currentTarget).message ?? '').trim());
  };
  return (
    <div className="act-respond">
      <h4 id={`${formId}-heading`}>{s.applyTitle(role.title)}</h4>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <NativeField
          id={fieldId(formId, 'message')}
          name="message"
          label={`${s.message} ${optional}`}
          hint={s.messageHint}
          error={form.errorFor('message')}
          maxLength={2000}
          multiline
        />
        <InlineFormButtons
          submit={s.sendApplication}
          pendingLabel={s.sendingApplication}
          isPending={apply.isPending}
          close={communityStrings.common.close}
          onClose={onClose}
        />
      </form>
    </div>
  );
}

function HoursForm({
  application,
  onDone,
  onClose,
}: {
  application: Application;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const formId = `hours-${application.id}`;
  const form = useFormErrors(HOURS_FIELDS, 'hours');
  useFocusOnOpen(fieldId(formId, 'occurredOn'));
  const save = useMutation({
    mutationFn: (body: { occurredOn: string; hours: number; expensesPence: number; paymentChoice: string }) =>
      api.recordHours(application.id, body),
    onSuccess: (_result, body) =>
      onDone(s.hoursSaved(application.displayName, body.hours, formatDay(body.occurredOn))),
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const errors: FormError[] = [];
    const occurredOn = (values.occurredOn ?? '').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(occurredOn))
      errors.push({ field: 'occurredOn', message: s.occurredMissing });
    const hoursText = (values.hours ?? '').trim();
    const hours = Number(hoursText);
    if (hoursText === '' || !Number.isFinite(hours) || hours < 0.25 || hours > 24) {
      errors.push({ field: 'hours', message: s.hoursInvalid });
    }
    const pence = poundsToPence(values.expensesPence ?? '');
    if (pence === null || pence > 100_000)
      errors.push({ field: 'expensesPence', message: s.expensesInvalid });
    if (errors.length > 0) {
      form.setErrors(errors);
      return;
    }
    form.clear();
    save.mutate({
      occurredOn,
      hours,
      expensesPence: pence ?? 0,
      paymentChoice: values.paymentChoice ?? 'declined',
    });
  };
  return (
    <div className="act-respond">
      <h5 id={`${formId}-heading`} className="act-form-title">
        {s.hoursTitle(application.displayName)}
      </h5>
      <p>{s.hoursLead}</p>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <NativeField
          id={fieldId(formId, 'occurredOn')}
          name="occurredOn"
          type="date"
          label={s.occurredOn}
          error={form.errorFor('occurredOn')}
          defaultValue={today()}
        />
        <NativeField
          id={fieldId(formId, 'hours')}
          name="hours"
          type="number"
          inputMode="decimal"
          min={0.25}
          max={24}
          step="any"
          label={s.hours}
          hint={s.hoursHint}
          error={form.errorFor('hours')}
        />
        <NativeField
          id={fieldId(formId, 'expensesPence')}
          name="expensesPence"
          inputMode="decimal"
          width="short"
          label={`${s.expenses} ${optional}`}
          hint={s.expensesHint}
          error={form.errorFor('expensesPence')}
        />
        <ChoiceField
          id={fieldId(formId, 'paymentChoice')}
          name="paymentChoice"
          legend={s.payment}
          hint={s.paymentHint}
          error={form.errorFor('paymentChoice')}
          note={
            <div className="act-warning">
              <p className="act-warning__title">{s.voucherTitle}</p>
              <p>{VOUCHER_WARNING}</p>
            </div>
          }
          noteAfterError
          options={PAYMENT_CHOICES.map((value) => ({ value, label: s.payments[value] }))}
          defaultValue="declined"
          className="act-choice"
          optionClassName="act-choice__option"
          small
        />
        <InlineFormButtons
          submit={s.saveHours}
          pendingLabel={s.savingHours}
          isPending={save.isPending}
          close={communityStrings.common.close}
          onClose={onClose}
        />
      </form>
    </div>
  );
}

function ApplicationItem({
  application,
  role,
  onFeedback,
}: {
  application: Application;
  role: Role;
  onFeedback: (message: string) => void;
}) {
  const client = useQueryClient();
  const [recording, setRecording] = useState(false);
  const decide = useMutation({
    mutationFn: (status: 'accepted' | 'declined') => api.decideApplication(application.id, status),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.applications(role.id) });
      onFeedback(
        next.status === 'accepted' ? s.acceptedDone(next.displayName) : s.declinedDone(next.displayName),
      );
    },
    onError: (error) => onFeedback(errorText(error)),
  });
  const name = application.displayName;
  return (
    <li className="act-application">
      <p>
        <strong>{name}</strong>{' '}
        <span className={`tag act-status act-status--${application.status}`}>
          {s.status[application.status]}
        </span>
      </p>
      <p className="secondary-text">{s.appliedOn(formatDate(application.createdAt))}</p>
      <p className="act-prewrap">{application.message || s.noMessage}</p>
      <div className="button-group">
        {application.status === 'applied' ? (
          <>
            <Button
              onPress={() => decide.mutate('accepted')}
              isPending={decide.isPending && decide.variables === 'accepted'}
              pendingLabel={s.deciding}
              aria-label={s.acceptLabel(name)}
            >
              {s.accept}
            </Button>
            <Button
              variant="secondary"
              onPress={() => decide.mutate('declined')}
              isPending={decide.isPending && decide.variables === 'declined'}
              pendingLabel={s.deciding}
              aria-label={s.declineLabel(name)}
            >
              {s.decline}
            </Button>
          </>
        ) : null}
        {application.status === 'accepted' && !recording ? (
          <Button
            variant="secondary"
            onPress={() => setRecording(true)}
            aria-label={s.hoursToggleLabel(name)}
          >
            {s.hoursToggle}
          </Button>
        ) : null}
      </div>
      {recording ? (
        <HoursForm
          application={application}
          onClose={() => setRecording(false)}
          onDone={(message) => {
            setRecording(false);
            onFeedback(message);
          }}
        />
      ) : null}
    </li>
  );
}

function Applications({ role, onFeedback }: { role: Role; onFeedback: (message: string) => void }) {
  const list = useQuery({
    queryKey: keys.applications(role.id),
    queryFn: () => api.fetchApplications(role.id),
  });
  const headingId = `role-${role.id}-applications`;
  return (
    <section className="act-applications" aria-labelledby={headingId}>
      <h4 id={headingId}>{s.applicationsTitle(role.title)}</h4>
      <QueryResult
        query={list}
        isEmpty={(data) => data.applications.length === 0}
        empty={<p>{s.applicationsNone}</p>}
      >
        {(data) => (
          <ul className="plain-list">
            {data.applications.map((application) => (
              <ApplicationItem
                key={application.id}
                application={application}
                role={role}
                onFeedback={onFeedback}
              />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

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
    queryFn: () => api.fetchRoles(organisationId),
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

function NewRoleForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('act-status-message');
  const form = usePageForm(NEW_FIELDS, 'title', onErrors);
  const create = useMutation({
    mutationFn: api.createRole,
    onSuccess: (role) => {
      void client.invalidateQueries({ queryKey: keys.roles(organisationId) });
      form.succeeded();
      status.show(s.roleAdded(role.title));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const title = (values.title ?? '').trim();
    const hoursText = (values.hoursPerWeek ?? '').trim();
    const hoursPerWeek = hoursText === '' ? null : Number(hoursText);
    const errors: FormError[] = [];
    if (!title) errors.push({ field: 'title', message: s.titleMissing });
    if (hoursPerWeek !== null && (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0 || hoursPerWeek > 60)) {
      errors.push({ field: 'hoursPerWeek', message: s.hoursPerWeekInvalid });
    }
    if (errors.length > 0) {
      form.reject(errors);
      return;
    }
    form.clear();
    create.mutate(
      {
        organisationId,
        title,
        description: (values.description ?? '').trim(),
        kind: values.kind ?? 'volunteering',
        hoursPerWeek,
      },
      { onSuccess: () => element.reset() },
    );
  };
  return (
    <section className="section narrow" aria-labelledby="new-role-heading">
      <h2 id="new-role-heading">{s.newTitle}</h2>
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
          label={`${s.fieldDescription} ${optional}`}
          error={form.errorFor('description')}
          maxLength={4000}
          multiline
        />
        <ChoiceField
          id={fieldId(NEW_FORM, 'kind')}
          name="kind"
          legend={s.fieldKind}
          error={form.errorFor('kind')}
          options={ROLE_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
          defaultValue="volunteering"
          className="act-choice"
          optionClassName="act-choice__option"
          small
        />
        <NativeField
          id={fieldId(NEW_FORM, 'hoursPerWeek')}
          name="hoursPerWeek"
          type="number"
          inputMode="decimal"
          min={0}
          max={60}
          step="any"
          label={`${s.fieldHours} ${optional}`}
          hint={s.fieldHoursHint}
          error={form.errorFor('hoursPerWeek')}
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={s.addingRole}>
          {s.addRole}
        </Button>
      </form>
      {status.node}
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
