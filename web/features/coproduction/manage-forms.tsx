import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  GroupSchema,
  InterestListSchema,
  SEAT_KINDS,
  SeatSchema,
  type Group,
  type Seat,
} from '../../../contracts/coproduction.js';
import { MembersResponseSchema } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, errorText } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';

const m = coproductionStrings.manage;
const GROUP_FORM = 'new-group';
const SEAT_FORM = 'new-seat';

/** Start a co-production group: its name, purpose and rhythm. Members are added on its page. */
export function NewGroupForm({ organisations }: { organisations: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useFormErrors(['organisationId', 'name', 'purpose', 'rhythm'], 'name');
  const create = useMutation({
    mutationFn: (body: { organisationId: string; name: string; purpose: string; rhythm: string }) =>
      apiRequest(`${api.base}/groups`, GroupSchema, { method: 'POST', body }),
    onSuccess: (group) => {
      void client.invalidateQueries({ queryKey: keys.groups });
      void navigate(`/coproduction/groups/${group.id}`);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const name = (values.name ?? '').trim();
    if (!name) {
      form.setErrors([{ field: 'name', message: m.groupNameMissing }]);
      return;
    }
    form.clear();
    create.mutate({
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      name,
      purpose: (values.purpose ?? '').trim(),
      rhythm: (values.rhythm ?? '').trim() || 'monthly',
    });
  };
  return (
    <section className="section narrow" aria-labelledby="new-group-title">
      <h2 id="new-group-title">{m.groupTitle}</h2>
      <ErrorSummary formId={GROUP_FORM} errors={form.errors} />
      <form id={GROUP_FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <SelectField
            id={fieldId(GROUP_FORM, 'organisationId')}
            name="organisationId"
            label={m.organisation}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        <NativeField
          id={fieldId(GROUP_FORM, 'name')}
          name="name"
          label={m.groupName}
          hint={m.groupNameHint}
          error={form.errorFor('name')}
          maxLength={120}
        />
        <NativeField
          id={fieldId(GROUP_FORM, 'purpose')}
          name="purpose"
          label={m.purpose}
          error={form.errorFor('purpose')}
          multiline
        />
        <NativeField
          id={fieldId(GROUP_FORM, 'rhythm')}
          name="rhythm"
          label={m.rhythm}
          hint={m.rhythmHint}
          error={form.errorFor('rhythm')}
          defaultValue="monthly"
          maxLength={80}
        />
        <Button type="submit" isPending={create.isPending}>
          {m.groupSubmit}
        </Button>
      </form>
    </section>
  );
}

/** Record a seat on a board, committee, team meeting or interview panel. New seats start vacant. */
export function NewSeatForm({ organisationId }: { organisationId: string }) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const form = useFormErrors(['kind', 'bodyName', 'description', 'termStart', 'termEnd'], 'bodyName');
  const create = useMutation({
    mutationFn: (body: Record<string, string | null>) =>
      apiRequest(`${api.base}/seats`, SeatSchema, { method: 'POST', body: { ...body, organisationId } }),
    onSuccess: (seat) => {
      void client.invalidateQueries({ queryKey: keys.seats(organisationId) });
      void client.invalidateQueries({ queryKey: keys.powerSharing(organisationId) });
      void client.invalidateQueries({ queryKey: keys.opportunities });
      setDone(m.seatAdded(seat.bodyName));
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const values = readForm(formElement);
    const bodyName = (values.bodyName ?? '').trim();
    setDone('');
    if (!bodyName) {
      form.setErrors([{ field: 'bodyName', message: m.bodyMissing }]);
      return;
    }
    form.clear();
    create.mutate(
      {
        kind: values.kind ?? 'board',
        bodyName,
        description: (values.description ?? '').trim(),
        termStart: values.termStart || null,
        termEnd: values.termEnd || null,
      },
      { onSuccess: () => formElement.reset() },
    );
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
    queryKey: ['coproduction', 'seats', seatId, 'interest'],
    queryFn: () => apiRequest(`${api.base}/seats/${seatId}/interest`, InterestListSchema),
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

/**
 * Who is in the group, chosen from the organisation's people. The people list is for coordinators; a
 * facilitator without it sees the members but asks a coordinator to change them.
 */
export function GroupMembersEditor({ group }: { group: Group }) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const people = useQuery({
    queryKey: ['organisations', group.organisationId, 'members'],
    queryFn: () => apiRequest(`/api/organisations/${group.organisationId}/members`, MembersResponseSchema),
    retry: false,
  });
  const save = useMutation({
    mutationFn: (memberIds: string[]) =>
      apiRequest(`${api.base}/groups/${group.id}`, GroupSchema, { method: 'PATCH', body: { memberIds } }),
    onSuccess: (next) => {
      client.setQueryData(keys.group(group.id), next);
      void client.invalidateQueries({ queryKey: keys.groups });
      setError('');
      setDone(m.membersSaved(next.members.length));
    },
    onError: (problem) => setError(errorText(problem)),
  });
  if (!people.data) return people.isError ? <p className="field__hint">{m.membersAskCoordinator}</p> : null;
  const current = new Set(group.members.map((p) => p.id));
  const everyone = [...new Map(people.data.members.map((p) => [p.personId, p.displayName]))];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    save.mutate(new FormData(event.currentTarget).getAll('memberIds').map(String));
  };
  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <fieldset>
        <legend className="field__label">{m.membersLegend}</legend>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        {everyone.map(([personId, name]) => (
          <label key={personId} className="checkbox">
            <input type="checkbox" name="memberIds" value={personId} defaultChecked={current.has(personId)} />
            {name}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" isPending={save.isPending}>
        {m.membersSave}
      </Button>
      <StatusMessage>{done || null}</StatusMessage>
    </form>
  );
}

/** Change who holds a seat, its term and attendance. Choosing "Vacant" offers it to members again. */
export function EditSeat({ seat }: { seat: Seat }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const form = useFormErrors(['holderPersonId', 'termStart', 'termEnd', 'attendanceCount'], 'holderPersonId');
  const people = useQuery({
    queryKey: ['organisations', seat.organisationId, 'members'],
    queryFn: () => apiRequest(`/api/organisations/${seat.organisationId}/members`, MembersResponseSchema),
    enabled: open,
    retry: false,
  });
  const save = useMutation({
    mutationFn: (body: Record<string, string | number | null>) =>
      apiRequest(`${api.base}/seats/${seat.id}`, SeatSchema, { method: 'PATCH', body }),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.seats(seat.organisationId) });
      void client.invalidateQueries({ queryKey: keys.powerSharing(seat.organisationId) });
      void client.invalidateQueries({ queryKey: keys.opportunities });
      form.clear();
      setDone(next.vacant ? m.seatSavedVacant(next.bodyName) : m.seatSaved(next.bodyName));
    },
    onError: (error) => form.fromProblem(error),
  });
  const formId = `edit-seat-${seat.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    setDone('');
    const attendance = Number((values.attendanceCount ?? '0').trim() || '0');
    if (!Number.isInteger(attendance) || attendance < 0) {
      form.setErrors([{ field: 'attendanceCount', message: m.attendanceInvalid }]);
      return;
    }
    save.mutate({
      holderPersonId: values.holderPersonId || null,
      termStart: values.termStart || null,
      termEnd: values.termEnd || null,
      attendanceCount: attendance,
    });
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
