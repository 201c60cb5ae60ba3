import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  CreateInvolvementEntryRequestSchema,
  INVOLVEMENT_ROLE_NAMES,
  INVOLVEMENT_ROLES,
  InvolvementEntryResponseSchema,
  InvolvementPaymentChoiceSchema,
  InvolvementRoleSchema,
  PAYMENT_CHOICES,
  VOUCHER_WARNING,
  UpdateInvolvementEntryRequestSchema,
  type CreateInvolvementEntryRequest,
  type InvolvementEntry,
  type Member,
  type UpdateInvolvementEntryRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiAction, apiRequest, errorText, isApiError } from '../../lib/api.js';
import { currentFinancialYear, today } from '../../lib/dates.js';
import { fieldId, readForm, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { formatPence, poundsToPence } from '../../lib/money.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { cancelOnEscape, changedFields, useFocusFirstField, useFocusWhenClosed } from './inline-edit.js';
import { api, formatNumber, keys, rangeQuery } from './involvement-api.js';
import { TrainingForm, TrainingList } from './training.js';
import './involvement.css';

const l = involvementStrings.log;
const c = involvementStrings.common;
const RANGE_FORM = 'log-range';
const ENTRY_FORM = 'new-entry';
const ENTRY_FIELDS = [
  'personId',
  'occurredOn',
  'activity',
  'role',
  'hours',
  'expensesPence',
  'paymentChoice',
] as const;

function RangeForm({
  range,
  onChange,
}: {
  range: { from: string; to: string };
  onChange: (range: { from: string; to: string }) => void;
}) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const from = values.from ?? '';
    const to = values.to ?? '';
    const found: FormError[] = [];
    if (from === '') found.push({ field: 'from', message: l.fromMissing });
    if (to === '') found.push({ field: 'to', message: l.toMissing });
    if (found.length === 0 && from > to) found.push({ field: 'to', message: l.rangeInvalid });
    setErrors(found);
    if (found.length === 0) onChange({ from, to });
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <section className="section" aria-labelledby="range-title">
      <h2 id="range-title">{l.rangeTitle}</h2>
      <ErrorSummary formId={RANGE_FORM} errors={errors} headingLevel={3} />
      <form id={RANGE_FORM} noValidate onSubmit={onSubmit} className="form">
        <p className="field__hint">{l.rangeHint}</p>
        <div className="inv-range">
          <NativeField
            id={fieldId(RANGE_FORM, 'from')}
            name="from"
            type="date"
            label={l.from}
            error={errorFor('from')}
            defaultValue={range.from}
          />
          <NativeField
            id={fieldId(RANGE_FORM, 'to')}
            name="to"
            type="date"
            label={l.to}
            error={errorFor('to')}
            defaultValue={range.to}
          />
        </div>
        <Button type="submit" variant="secondary">
          {l.show}
        </Button>
      </form>
    </section>
  );
}

type Range = { from: string; to: string };
type LogAnswer = { entries: InvolvementEntry[]; paymentWarning: string };
type FormErrors = ReturnType<typeof useFormErrors>;

function EntryRow({
  entry,
  range,
  onRemoved,
  onFailed,
  onSaved,
}: {
  entry: InvolvementEntry;
  range: Range;
  onRemoved: (message: string) => void;
  onFailed: (message: string) => void;
  /** Says what was saved without taking focus, which goes back to the Edit button. */
  onSaved: (message: string) => void;
}) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const removeRef = useFocusWhenClosed(confirming);
  const editRef = useFocusWhenClosed(editing);
  const day = formatDay(entry.occurredOn);
  const keptOnMeeting = entry.source === 'coproduction_meeting';

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const remove = useMutation({
    mutationFn: () => apiAction(`/api/involvement/${entry.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      onRemoved(l.removed(entry.personName, day));
      void client.invalidateQueries({ queryKey: keys.logAll(entry.organisationId) });
    },
    onError: (error) => {
      setConfirming(false);
      onFailed(errorText(error));
    },
  });

  return (
    <>
      <tr>
        <td className="nowrap">{day}</td>
        <td>{entry.personName}</td>
        <td>{INVOLVEMENT_ROLE_NAMES[entry.role]}</td>
        <td className="table__details">
          {entry.activity}
          {keptOnMeeting ? <span className="secondary-text"> ({l.fromMeeting})</span> : null}
        </td>
        <td>{formatNumber(entry.hours)}</td>
        <td>{formatPence(entry.expensesPence)}</td>
        <td>{involvementStrings.payments[entry.paymentChoice]}</td>
        <td>
          {keptOnMeeting ? (
            <span className="secondary-text">{l.changeOnMeeting}</span>
          ) : confirming ? (
            <div className="confirm">
              <p className="confirm__text" ref={confirmRef} tabIndex={-1}>
                {l.removeConfirm(entry.personName, day)}
              </p>
              <div className="button-group">
                <Button
                  variant="warning"
                  isPending={remove.isPending}
                  pendingLabel={c.saving}
                  onPress={() => remove.mutate()}
                >
                  {l.removeYes}
                </Button>
                <Button variant="link" onPress={() => setConfirming(false)}>
                  {c.cancel}
                </Button>
              </div>
            </div>
          ) : (
            <div className="button-group inv-row-actions">
              <Button
                ref={editRef}
                variant="secondary"
                aria-label={l.editLabel(entry.personName, day)}
                aria-expanded={editing}
                onPress={() => setEditing((open) => !open)}
              >
                {l.edit}
              </Button>
              <Button
                ref={removeRef}
                variant="link"
                aria-label={l.removeLabel(entry.personName, day)}
                onPress={() => {
                  setEditing(false);
                  setConfirming(true);
                }}
              >
                {l.remove}
              </Button>
            </div>
          )}
        </td>
      </tr>
      {editing && !keptOnMeeting ? (
        <tr className="inv-edit-row">
          <td colSpan={8}>
            <EntryEditForm
              entry={entry}
              range={range}
              onClose={(message) => {
                setEditing(false);
                if (message) onSaved(message);
              }}
              onMovedOut={onRemoved}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** A log entry changed in place: the fields it shares with a new entry, filled in. */
function EntryEditForm({
  entry,
  range,
  onClose,
  onMovedOut,
}: {
  entry: InvolvementEntry;
  range: Range;
  /** Closes the form; with a message when something was saved. */
  onClose: (message?: string) => void;
  /** The new date is outside the dates shown, so the row goes: said with focus instead. */
  onMovedOut: (message: string) => void;
}) {
  const client = useQueryClient();
  const formId = `edit-entry-${entry.id}`;
  const form = useFormErrors(ENTRY_FIELDS, 'activity');
  const formRef = useFocusFirstField();
  const save = useMutation({
    mutationFn: (body: UpdateInvolvementEntryRequest) =>
      apiRequest(`/api/involvement/${entry.id}`, InvolvementEntryResponseSchema, { method: 'PATCH', body }),
    onSuccess: ({ entry: saved }) => {
      const inRange = saved.occurredOn >= range.from && saved.occurredOn <= range.to;
      client.setQueryData<LogAnswer>(keys.log(saved.organisationId, range.from, range.to), (old) =>
        old
          ? {
              ...old,
              entries: inRange
                ? old.entries.map((e) => (e.id === saved.id ? saved : e))
                : old.entries.filter((e) => e.id !== saved.id),
            }
          : old,
      );
      void client.invalidateQueries({ queryKey: keys.logAll(saved.organisationId) });
      const day = formatDay(saved.occurredOn);
      if (inRange) onClose(l.updated(saved.personName, day));
      else onMovedOut(l.updatedElsewhere(saved.personName, day));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const { fields, errors } = readEntryFields(values);
    const parsed = UpdateInvolvementEntryRequestSchema.safeParse(fields);
    const found = withSchemaErrors(errors, parsed.error?.issues ?? [], fields.occurredOn);
    if (found.length > 0 || !parsed.success) {
      form.setErrors(found);
      return;
    }
    form.clear();
    const changes = changedFields(parsed.data, entry);
    if (Object.keys(changes).length === 0) {
      onClose(l.unchanged);
      return;
    }
    save.mutate(changes);
  };

  return (
    <div className="inv-edit">
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={3} />
      <form
        id={formId}
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={cancelOnEscape(() => onClose())}
        className="form"
        aria-label={l.editTitle(entry.personName, formatDay(entry.occurredOn))}
      >
        <EntryFields formId={formId} form={form} entry={entry} />
        <div className="button-group">
          <Button type="submit" isPending={save.isPending} pendingLabel={c.saving}>
            {l.save}
          </Button>
          <Button variant="link" onPress={() => onClose()}>
            {c.cancel}
          </Button>
        </div>
      </form>
    </div>
  );
}

function Totals({ entries }: { entries: readonly InvolvementEntry[] }) {
  const hours = entries.reduce((sum, e) => sum + e.hours, 0);
  const expenses = entries.reduce((sum, e) => sum + e.expensesPence, 0);
  const byPayment = (choice: InvolvementEntry['paymentChoice']) =>
    entries.filter((e) => e.paymentChoice === choice).length;
  return (
    <section className="section" aria-labelledby="totals-title">
      <h2 id="totals-title">{l.totalsTitle}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{l.entriesTitle}</dt>
          <dd>{l.entries(entries.length)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.totalHours}</dt>
          <dd>{formatNumber(Math.round(hours * 100) / 100)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.totalExpenses}</dt>
          <dd>{formatPence(expenses)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.paidCash}</dt>
          <dd>{l.entries(byPayment('cash'))}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.paidVoucher}</dt>
          <dd>{l.entries(byPayment('voucher'))}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.declined}</dt>
          <dd>{l.entries(byPayment('declined'))}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The voucher warning, in words, wherever a payment choice is made or shown. */
function PaymentWarning({ text, id }: { text: string; id?: string }) {
  return (
    <div className="inv-warning" id={id}>
      <p className="inv-warning__title">{involvementStrings.common.paymentWarningTitle}</p>
      <p>{text}</p>
    </div>
  );
}

/** The fields an entry has whoever it is for; numbers are checked in words the form can show. */
function readEntryFields(values: Record<string, string>) {
  const errors: FormError[] = [];
  const hoursText = (values.hours ?? '').trim();
  const hours = Number(hoursText);
  if (hoursText === '' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
    errors.push({ field: 'hours', message: l.hoursInvalid });
  }
  const pence = poundsToPence(values.expensesPence ?? '');
  if (pence === null) errors.push({ field: 'expensesPence', message: l.expensesInvalid });
  const role = InvolvementRoleSchema.safeParse(values.role);
  const payment = InvolvementPaymentChoiceSchema.safeParse(values.paymentChoice);
  const fields = {
    occurredOn: values.occurredOn ?? '',
    activity: values.activity ?? '',
    role: role.success ? role.data : 'other',
    hours: Number.isFinite(hours) ? hours : 0,
    expensesPence: pence ?? 0,
    paymentChoice: payment.success ? payment.data : 'declined',
  } satisfies UpdateInvolvementEntryRequest;
  return { fields, errors };
}

/** Adds the contract's own messages for fields not yet flagged, in the order of the form. */
function withSchemaErrors(
  errors: FormError[],
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  occurredOn: string,
): FormError[] {
  const found = [...errors];
  for (const issue of issues) {
    const field = ENTRY_FIELDS.find((f) => f === issue.path[0]) ?? null;
    if (found.some((e) => e.field === field)) continue;
    const message = field === 'occurredOn' && occurredOn === '' ? l.occurredMissing : issue.message;
    found.push({ field, message });
  }
  const order = (field: string | null) => ENTRY_FIELDS.findIndex((f) => f === field);
  return found.sort((a, b) => order(a.field) - order(b.field));
}

/** Date, activity, role, hours, expenses and payment choice, with the voucher warning beside the choice. */
function EntryFields({
  formId,
  form,
  entry,
}: {
  formId: string;
  form: FormErrors;
  entry?: InvolvementEntry;
}) {
  return (
    <>
      <NativeField
        id={fieldId(formId, 'occurredOn')}
        name="occurredOn"
        type="date"
        label={l.occurredOn}
        error={form.errorFor('occurredOn')}
        defaultValue={entry?.occurredOn ?? today()}
      />
      <NativeField
        id={fieldId(formId, 'activity')}
        name="activity"
        label={l.activityLabel}
        hint={l.activityHint}
        error={form.errorFor('activity')}
        maxLength={500}
        defaultValue={entry?.activity}
      />
      <SelectField
        id={fieldId(formId, 'role')}
        name="role"
        label={l.roleLabel}
        error={form.errorFor('role')}
        options={INVOLVEMENT_ROLES.map((role) => ({
          value: role,
          label: INVOLVEMENT_ROLE_NAMES[role],
        }))}
        defaultValue={entry?.role}
      />
      <NativeField
        id={fieldId(formId, 'hours')}
        name="hours"
        type="number"
        inputMode="decimal"
        min={0}
        max={24}
        step="any"
        label={l.hoursLabel}
        hint={l.hoursHint}
        error={form.errorFor('hours')}
        defaultValue={entry ? String(entry.hours) : undefined}
      />
      <NativeField
        id={fieldId(formId, 'expensesPence')}
        name="expensesPence"
        inputMode="decimal"
        width="short"
        label={l.expensesLabel}
        hint={l.expensesHint}
        error={form.errorFor('expensesPence')}
        defaultValue={entry && entry.expensesPence > 0 ? (entry.expensesPence / 100).toFixed(2) : undefined}
      />
      <ChoiceField
        className="inv-choices"
        optionClassName="inv-choice"
        id={fieldId(formId, 'paymentChoice')}
        name="paymentChoice"
        legend={l.paymentLabel}
        hint={l.paymentHint}
        error={form.errorFor('paymentChoice')}
        note={<PaymentWarning text={VOUCHER_WARNING} />}
        noteAfterError
        options={PAYMENT_CHOICES.map((value) => ({ value, label: involvementStrings.payments[value] }))}
        defaultValue={entry?.paymentChoice ?? 'declined'}
      />
    </>
  );
}

function EntryForm({
  organisationId,
  members,
  onSaved,
}: {
  organisationId: string;
  members: readonly Member[];
  onSaved: (message: string) => void;
}) {
  const client = useQueryClient();
  const form = useFormErrors(ENTRY_FIELDS, 'activity');
  const save = useMutation({
    mutationFn: (body: CreateInvolvementEntryRequest) =>
      apiRequest(`/api/organisations/${organisationId}/involvement`, InvolvementEntryResponseSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: ({ entry }) => {
      void client.invalidateQueries({ queryKey: keys.logAll(organisationId) });
      onSaved(l.saved(entry.personName, formatDay(entry.occurredOn)));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const { fields, errors } = readEntryFields(values);
    const personId = values.personId ?? '';
    if (personId === '') errors.unshift({ field: 'personId', message: l.personMissing });
    const request: CreateInvolvementEntryRequest = { personId, ...fields };
    const parsed = CreateInvolvementEntryRequestSchema.safeParse(request);
    const found = withSchemaErrors(errors, parsed.error?.issues ?? [], fields.occurredOn);
    if (found.length > 0) {
      form.setErrors(found);
      return;
    }
    form.clear();
    save.mutate(request, { onSuccess: () => element.reset() });
  };

  return (
    <section className="section narrow" aria-labelledby="new-entry-title">
      <h2 id="new-entry-title">{l.newTitle}</h2>
      {members.length === 0 ? (
        <p>{l.noMembers}</p>
      ) : (
        <>
          <ErrorSummary formId={ENTRY_FORM} errors={form.errors} />
          <form id={ENTRY_FORM} noValidate onSubmit={onSubmit} className="form">
            <SelectField
              id={fieldId(ENTRY_FORM, 'personId')}
              name="personId"
              label={l.personLabel}
              error={form.errorFor('personId')}
              placeholder={l.choosePerson}
              options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
            />
            <EntryFields formId={ENTRY_FORM} form={form} />
            <Button type="submit" isPending={save.isPending} pendingLabel={c.saving}>
              {l.submit}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

function MemberTraining({ members }: { members: readonly Member[] }) {
  const client = useQueryClient();
  const [personId, setPersonId] = useState('');
  const status = useFocusedStatus('inv-status');
  const member = members.find((m) => m.personId === personId);
  const training = useQuery({
    queryKey: keys.training(personId),
    queryFn: () => api.fetchTraining(personId),
    enabled: personId !== '',
  });
  return (
    <section className="section" aria-labelledby="member-training-title">
      <h2 id="member-training-title">{l.trainingTitle}</h2>
      <p>{l.trainingLead}</p>
      <SelectField
        id="member-training-person"
        name="trainingPerson"
        label={l.trainingMember}
        placeholder={l.choosePerson}
        options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
        value={personId}
        onChange={setPersonId}
      />
      {member ? (
        <>
          <h3>{l.trainingFor(member.displayName)}</h3>
          {training.isPending ? (
            <Loading />
          ) : training.isError ? (
            <LoadError error={training.error} onRetry={() => void training.refetch()} />
          ) : (
            <TrainingList
              training={training.data.training}
              manage={{ queryKey: keys.training(member.personId), onRemoved: status.show }}
            />
          )}
          {status.node}
          <TrainingForm
            key={member.personId}
            formId="member-training"
            heading={involvementStrings.training.newTitleTheirs(member.displayName)}
            postPath={`/api/people/${member.personId}/training`}
            onSaved={(record) => {
              void client.invalidateQueries({ queryKey: keys.training(member.personId) });
              status.show(involvementStrings.training.saved(record.title));
            }}
          />
        </>
      ) : null}
    </section>
  );
}

/** For coordinators: the organisation's involvement log for a date range, new entries and training. */
export function OrganisationLogPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const allowed = coordinatedOrganisations(me.data).some((o) => o.id === organisationId);
  const [range, setRange] = useState(currentFinancialYear);
  const status = useFocusedStatus('inv-status');
  const [announcement, setAnnouncement] = useState('');
  const members = useQuery({
    queryKey: keys.members(organisationId),
    queryFn: () => api.fetchMembers(organisationId),
    enabled: allowed,
  });
  const log = useQuery({
    queryKey: keys.log(organisationId, range.from, range.to),
    queryFn: () => api.fetchLog(organisationId, range.from, range.to),
    enabled: allowed,
  });

  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;
  if (members.isPending) return <Loading />;
  if (members.isError) {
    if (isApiError(members.error, 404) || isApiError(members.error, 403)) return <NotFound />;
    return (
      <>
        <PageHeading>{l.title}</PageHeading>
        <LoadError error={members.error} onRetry={() => void members.refetch()} />
      </>
    );
  }
  const organisationName = members.data.organisation.name;
  // A person can hold more than one role in an organisation; list each person once.
  const people = [...new Map(members.data.members.map((m) => [m.personId, m])).values()];

  return (
    <>
      <PageHeading caption={l.caption(organisationName)} title={`${l.title}: ${organisationName}`}>
        {l.title}
      </PageHeading>
      <p className="lead">{l.lead}</p>
      <RangeForm key={`${range.from}-${range.to}`} range={range} onChange={setRange} />
      <p>{l.showing(formatDay(range.from), formatDay(range.to))}</p>
      <p>
        <a
          href={`/api/organisations/${organisationId}/involvement.csv?${rangeQuery(range.from, range.to)}`}
          download
          className="inv-download"
          aria-describedby="csv-hint"
        >
          {l.download}
        </a>
      </p>
      <p className="secondary-text" id="csv-hint">
        {l.downloadHint}
      </p>
      {status.node}
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <Totals entries={log.data.entries} />
          <section className="section" aria-labelledby="entries-title">
            <h2 id="entries-title">{l.entriesTitle}</h2>
            <PaymentWarning text={log.data.paymentWarning} />
            <StatusMessage>{announcement || null}</StatusMessage>
            {log.data.entries.length === 0 ? (
              <p>{l.none}</p>
            ) : (
              <div className="table-scroll" role="region" aria-labelledby="entries-title" tabIndex={0}>
                <table className="table">
                  <caption className="visually-hidden">{l.tableCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{c.date}</th>
                      <th scope="col">{l.person}</th>
                      <th scope="col">{c.role}</th>
                      <th scope="col">{l.activity}</th>
                      <th scope="col">{c.hoursHeading}</th>
                      <th scope="col">{l.expenses}</th>
                      <th scope="col">{l.payment}</th>
                      <th scope="col">{l.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.data.entries.map((entry) => (
                      <EntryRow
                        key={entry.id}
                        entry={entry}
                        range={range}
                        onRemoved={status.show}
                        onFailed={status.show}
                        onSaved={setAnnouncement}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
      <EntryForm organisationId={organisationId} members={people} onSaved={status.show} />
      <MemberTraining members={people} />
    </>
  );
}
