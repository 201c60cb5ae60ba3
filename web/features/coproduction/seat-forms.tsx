import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  CreateSeatRequestSchema,
  SEAT_KINDS,
  UpdateSeatRequestSchema,
  type CreateSeatRequest,
  type Seat,
  type UpdateSeatRequest,
} from '../../../contracts/coproduction.js';
import { seatEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDateTime } from '../../lib/format.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { useMembers } from '../../lib/queries.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';

const m = coproductionStrings.manage;
const SEAT_FORM = 'new-seat';
const NEW_SEAT_FIELDS = ['kind', 'bodyName', 'description', 'termStart', 'termEnd'] as const;
const EDIT_SEAT_FIELDS = ['holderPersonId', 'termStart', 'termEnd', 'attendanceCount'] as const;

/** A seat changed: its organisation's seats, where power is shared, and the opportunities are stale. */
function useSeatChanged() {
  const client = useQueryClient();
  return (organisationId: string) => {
    void client.invalidateQueries({ queryKey: keys.seats(organisationId) });
    void client.invalidateQueries({ queryKey: keys.powerSharing(organisationId) });
    void client.invalidateQueries({ queryKey: keys.opportunities });
  };
}

/** Record a seat on a board, committee, team meeting or interview panel. New seats start vacant. */
export function NewSeatForm({ organisationId }: { organisationId: string }) {
  const seatChanged = useSeatChanged();
  const [done, setDone] = useState('');
  const form = useContractForm({
    schema: CreateSeatRequestSchema,
    fields: NEW_SEAT_FIELDS,
    fallbackField: 'bodyName',
    emptyMessages: { bodyName: m.bodyMissing },
    toRequest: (values) => ({
      organisationId,
      kind: values.kind ?? 'board',
      bodyName: values.bodyName ?? '',
      description: values.description ?? '',
      termStart: values.termStart || null,
      termEnd: values.termEnd || null,
    }),
  });
  const create = useMutation({
    mutationFn: (body: CreateSeatRequest) => callEndpoint(seatEndpoints.create, { body }),
    onSuccess: (seat) => {
      seatChanged(organisationId);
      setDone(m.seatAdded(seat.bodyName));
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setDone('');
    const body = form.parse(formElement);
    if (body) create.mutate(body, { onSuccess: () => formElement.reset() });
  };
  return (
    <section className="section narrow" aria-labelledby="new-seat-title">
      <h2 id="new-seat-title">{m.seatTitle}</h2>
      <p>{m.seatLead}</p>
      <ErrorSummary formId={SEAT_FORM} errors={form.errors} />
      <form id={SEAT_FORM} noValidate onSubmit={onSubmit} className="form">
        <SelectField
          id={fieldId(SEAT_FORM, 'kind')}
          name="kind"
          label={m.kind}
          options={SEAT_KINDS.map((k) => ({ value: k, label: coproductionStrings.seatKinds[k] }))}
        />
        <NativeField
          id={fieldId(SEAT_FORM, 'bodyName')}
          name="bodyName"
          label={m.bodyName}
          hint={m.bodyNameHint}
          error={form.errorFor('bodyName')}
          maxLength={120}
        />
        <NativeField
          id={fieldId(SEAT_FORM, 'description')}
          name="description"
          label={m.description}
          error={form.errorFor('description')}
          multiline
        />
        <NativeField
          id={fieldId(SEAT_FORM, 'termStart')}
          name="termStart"
          type="date"
          label={m.termStart}
          error={form.errorFor('termStart')}
        />
        <NativeField
          id={fieldId(SEAT_FORM, 'termEnd')}
          name="termEnd"
          type="date"
          label={m.termEnd}
          error={form.errorFor('termEnd')}
        />
        <Button type="submit" isPending={create.isPending}>
          {m.seatSubmit}
        </Button>
      </form>
      <StatusMessage>{done || null}</StatusMessage>
    </section>
  );
}

/** Who has asked about a vacant seat. Loaded only when asked for: every look is recorded. */
export function SeatInterest({ seatId, bodyName }: { seatId: string; bodyName: string }) {
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: keys.seatInterest(seatId),
    queryFn: () => api.fetchSeatInterest(seatId),
    enabled: open,
  });
  if (!open) {
    return (
      <Button variant="link" onPress={() => setOpen(true)} aria-label={m.interestLabel(bodyName)}>
        {m.interestShow}
      </Button>
    );
  }
  if (list.isError) return <p role="alert">{errorText(list.error)}</p>;
  if (!list.data) return <p>{m.loading}</p>;
  if (list.data.interests.length === 0) return <p>{m.interestNone}</p>;
  return (
    <ul className="plain-list">
      {list.data.interests.map((interest) => (
        <li key={`${interest.person.id}-${interest.createdAt}`}>
          <strong>{interest.person.displayName}</strong> ({interest.email}),{' '}
          {formatDateTime(interest.createdAt)}
          {interest.note ? <p>{interest.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The attendance count as typed: a blank box is 0; anything else must be a whole number, 0 or more. */
function attendanceOf(values: Record<string, string>): number {
  return Number((values.attendanceCount ?? '0').trim() || '0');
}

/** Change who holds a seat, its term and attendance. Choosing "Vacant" offers it to members again. */
export function EditSeat({ seat }: { seat: Seat }) {
  const seatChanged = useSeatChanged();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const form = useContractForm({
    schema: UpdateSeatRequestSchema,
    fields: EDIT_SEAT_FIELDS,
    fallbackField: 'holderPersonId',
    toRequest: (values) => ({
      holderPersonId: values.holderPersonId || null,
      termStart: values.termStart || null,
      termEnd: values.termEnd || null,
      attendanceCount: attendanceOf(values),
    }),
  });
  const people = useMembers(seat.organisationId, { enabled: open });
  const save = useMutation({
    mutationFn: (body: UpdateSeatRequest) =>
      callEndpoint(seatEndpoints.update, { params: { seatId: seat.id }, body }),
    onSuccess: (next) => {
      seatChanged(seat.organisationId);
      form.clear();
      setDone(next.vacant ? m.seatSavedVacant(next.bodyName) : m.seatSaved(next.bodyName));
    },
    onError: (error) => form.fromProblem(error),
  });
  const formId = `edit-seat-${seat.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    setDone('');
    const attendance = attendanceOf(readForm(element));
    if (!Number.isInteger(attendance) || attendance < 0) {
      form.setErrors([{ field: 'attendanceCount', message: m.attendanceInvalid }]);
      return;
    }
    const body = form.parse(element);
    if (body) save.mutate(body);
  };
  return (
    <>
      <Button
        variant="link"
        onPress={() => setOpen(!open)}
        aria-expanded={open}
        aria-label={m.seatChangeLabel(seat.bodyName)}
      >
        {m.seatChange}
      </Button>
      {open ? (
        <form id={formId} noValidate onSubmit={onSubmit} className="form">
          <ErrorSummary formId={formId} errors={form.errors} />
          <SelectField
            id={fieldId(formId, 'holderPersonId')}
            name="holderPersonId"
            label={m.holder}
            error={form.errorFor('holderPersonId')}
            defaultValue={seat.holder?.id ?? ''}
            options={[
              { value: '', label: m.vacant },
              ...[
                ...new Map((people.data?.members ?? []).map((p) => [p.personId, p.displayName] as const)),
              ].map(([value, label]) => ({ value, label })),
            ]}
          />
          <NativeField
            id={fieldId(formId, 'termStart')}
            name="termStart"
            type="date"
            label={m.termStart}
            defaultValue={seat.termStart ?? ''}
            error={form.errorFor('termStart')}
          />
          <NativeField
            id={fieldId(formId, 'termEnd')}
            name="termEnd"
            type="date"
            label={m.termEnd}
            defaultValue={seat.termEnd ?? ''}
            error={form.errorFor('termEnd')}
          />
          <NativeField
            id={fieldId(formId, 'attendanceCount')}
            name="attendanceCount"
            type="number"
            label={m.attendance}
            hint={m.attendanceHint}
            min={0}
            defaultValue={String(seat.attendanceCount)}
            error={form.errorFor('attendanceCount')}
          />
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {m.seatSave}
          </Button>
        </form>
      ) : null}
      <StatusMessage>{done || null}</StatusMessage>
    </>
  );
}
