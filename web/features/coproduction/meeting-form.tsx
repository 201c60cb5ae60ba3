import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  MeetingRequestSchema,
  PAYMENT_CHOICES,
  VOUCHER_WARNING,
  type Group,
  type MeetingRequest,
} from '../../../contracts/coproduction.js';
import { groupEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { today } from '../../lib/dates.js';
import { fieldId, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { poundsToPence } from '../../lib/money.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { keys } from './coproduction-api.js';

const g = coproductionStrings.group;
const FORM = 'new-meeting';
const FIELDS = ['heldOn', 'agenda', 'minutes', 'decisions', 'attendance', 'actions'] as const;

type PaymentChoice = (typeof PAYMENT_CHOICES)[number];

function isPayment(value: string): value is PaymentChoice {
  return (PAYMENT_CHOICES as readonly string[]).includes(value);
}

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** Reads the form into a meeting, or says what needs fixing. */
function readMeeting(
  data: FormData,
  group: Group,
  actionRows: number,
): { request: MeetingRequest } | { errors: FormError[] } {
  const errors: FormError[] = [];
  const attendance: NonNullable<MeetingRequest['attendance']> = [];
  for (const member of group.members) {
    if (data.get(`came-${member.id}`) !== 'on') continue;
    const hoursText = text(data, `hours-${member.id}`).trim();
    const hours = hoursText === '' ? 0 : Number(hoursText);
    if (!Number.isFinite(hours) || hours < 0 || hours > 24) {
      errors.push({ field: 'attendance', message: `${member.displayName}: ${g.hoursInvalid}` });
    }
    const pence = poundsToPence(text(data, `expenses-${member.id}`));
    if (pence === null) {
      errors.push({ field: 'attendance', message: `${member.displayName}: ${g.expensesInvalid}` });
    }
    const payment = text(data, `payment-${member.id}`);
    attendance.push({
      personId: member.id,
      hours: Number.isFinite(hours) ? hours : 0,
      expensesPence: pence ?? 0,
      paymentChoice: isPayment(payment) ? payment : 'declined',
    });
  }
  const actions: NonNullable<MeetingRequest['actions']> = [];
  for (let i = 0; i < actionRows; i += 1) {
    const actionText = text(data, `action-text-${i}`).trim();
    if (actionText === '') continue;
    const owner = text(data, `action-owner-${i}`);
    const due = text(data, `action-due-${i}`);
    actions.push({
      text: actionText,
      ownerPersonId: owner.startsWith('person:') ? owner.slice(7) : null,
      ownerOrganisationId: owner.startsWith('org:') ? owner.slice(4) : null,
      dueOn: due === '' ? null : due,
    });
  }
  const request: MeetingRequest = {
    heldOn: text(data, 'heldOn'),
    agenda: text(data, 'agenda'),
    minutes: text(data, 'minutes'),
    decisions: text(data, 'decisions')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    attendance,
    actions,
  };
  const parsed = MeetingRequestSchema.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]) ?? null;
      const message = field === 'heldOn' && request.heldOn === '' ? g.heldOnMissing : issue.message;
      if (!errors.some((e) => e.field === field && e.message === message)) errors.push({ field, message });
    }
  }
  return errors.length > 0 ? { errors } : { request };
}

function AttendanceRow({ member }: { member: Group['members'][number] }) {
  const base = `${FORM}-member-${member.id}`;
  return (
    <li className="cop-attendance">
      <label className="checkbox" htmlFor={`${base}-came`}>
        <input id={`${base}-came`} type="checkbox" name={`came-${member.id}`} />
        {g.came(member.displayName)}
      </label>
      <div className="cop-attendance__fields">
        <NativeField
          id={`${base}-hours`}
          name={`hours-${member.id}`}
          type="number"
          inputMode="decimal"
          min={0}
          max={24}
          step="any"
          label={g.hoursFor(member.displayName)}
        />
        <NativeField
          id={`${base}-expenses`}
          name={`expenses-${member.id}`}
          inputMode="decimal"
          width="short"
          label={g.expensesFor(member.displayName)}
          hint={g.expensesHint}
        />
      </div>
      <ChoiceField
        className="cop-choices"
        id={`${base}-payment`}
        name={`payment-${member.id}`}
        legend={g.paymentFor(member.displayName)}
        note={<p className="cop-warning">{VOUCHER_WARNING}</p>}
        options={PAYMENT_CHOICES.map((value) => ({ value, label: coproductionStrings.payments[value] }))}
        defaultValue="declined"
        small
      />
    </li>
  );
}

/** For facilitators and coordinators: record a meeting with who came, decisions and actions. */
export function MeetingForm({
  group,
  organisations,
  onDone,
  onErrors,
}: {
  group: Group;
  organisations: readonly { id: string; name: string }[];
  onDone: (message: string) => void;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const form = useFormErrors(FIELDS, 'heldOn');
  const [actionRows, setActionRows] = useState(1);
  const save = useMutation({
    mutationFn: (body: MeetingRequest) =>
      callEndpoint(groupEndpoints.createMeeting, { params: { groupId: group.id }, body }),
    onSuccess: (meeting) => {
      void client.invalidateQueries({ queryKey: keys.group(group.id) });
      void client.invalidateQueries({ queryKey: keys.groups });
      onDone(g.saved(formatDay(meeting.heldOn)));
    },
    onError: (error) => {
      form.fromProblem(error);
      onErrors(true);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const result = readMeeting(new FormData(element), group, actionRows);
    if ('errors' in result) {
      form.setErrors(result.errors);
      onErrors(true);
      return;
    }
    form.clear();
    onErrors(false);
    save.mutate(result.request, {
      onSuccess: () => {
        element.reset();
        setActionRows(1);
      },
    });
  };

  const attendanceError = form.errors.filter((e) => e.field === 'attendance').map((e) => e.message);
  const actionsError = form.errorFor('actions');
  return (
    <section className="section" aria-labelledby="new-meeting-title">
      <h2 id="new-meeting-title">{g.newTitle}</h2>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(FORM, 'heldOn')}
          name="heldOn"
          type="date"
          label={g.heldOn}
          hint={g.heldOnHint}
          error={form.errorFor('heldOn')}
          defaultValue={today()}
        />
        <NativeField
          id={fieldId(FORM, 'agenda')}
          name="agenda"
          label={g.agendaLabel}
          error={form.errorFor('agenda')}
          maxLength={5000}
          multiline
        />
        <fieldset
          id={fieldId(FORM, 'attendance')}
          className="field cop-fieldset"
          data-invalid={attendanceError.length > 0 ? '' : undefined}
          aria-describedby={`${fieldId(FORM, 'attendance')}-hint`}
        >
          <legend className="field__label">{g.attendanceLegend}</legend>
          <span className="field__hint" id={`${fieldId(FORM, 'attendance')}-hint`}>
            {g.attendanceHint}
          </span>
          {attendanceError.map((message) => (
            <p key={message} className="field__error">
              {message}
            </p>
          ))}
          {group.members.length === 0 ? (
            <p>{g.noMembers}</p>
          ) : (
            <ul className="plain-list">
              {group.members.map((member) => (
                <AttendanceRow key={member.id} member={member} />
              ))}
            </ul>
          )}
        </fieldset>
        <NativeField
          id={fieldId(FORM, 'minutes')}
          name="minutes"
          label={g.minutesLabel}
          error={form.errorFor('minutes')}
          maxLength={20000}
          multiline
        />
        <NativeField
          id={fieldId(FORM, 'decisions')}
          name="decisions"
          label={g.decisionsLabel}
          hint={g.decisionsHint}
          error={form.errorFor('decisions')}
          multiline
        />
        <fieldset
          id={fieldId(FORM, 'actions')}
          className="field cop-fieldset"
          data-invalid={actionsError ? '' : undefined}
        >
          <legend className="field__label">{g.actionsLegend}</legend>
          {actionsError ? <p className="field__error">{actionsError}</p> : null}
          {Array.from({ length: actionRows }, (_, i) => (
            <div key={i} className="cop-action-row">
              <NativeField
                id={`${FORM}-action-text-${i}`}
                name={`action-text-${i}`}
                label={g.actionText(i + 1)}
                maxLength={500}
              />
              <div className="field">
                <label className="field__label" htmlFor={`${FORM}-action-owner-${i}`}>
                  {g.actionOwner(i + 1)}
                </label>
                <select id={`${FORM}-action-owner-${i}`} name={`action-owner-${i}`} className="select">
                  <option value="">{g.nobody}</option>
                  <optgroup label={g.personGroup}>
                    {group.members.map((member) => (
                      <option key={member.id} value={`person:${member.id}`}>
                        {member.displayName}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={g.organisationGroup}>
                    {organisations.map((organisation) => (
                      <option key={organisation.id} value={`org:${organisation.id}`}>
                        {organisation.name}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </div>
              <NativeField
                id={`${FORM}-action-due-${i}`}
                name={`action-due-${i}`}
                type="date"
                label={g.actionDue(i + 1)}
              />
            </div>
          ))}
          {actionRows < 20 ? (
            <Button variant="secondary" onPress={() => setActionRows((n) => n + 1)}>
              {g.addAction}
            </Button>
          ) : null}
        </fieldset>
        <Button type="submit" isPending={save.isPending} pendingLabel={coproductionStrings.common.saving}>
          {g.save}
        </Button>
      </form>
    </section>
  );
}
