import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { Link } from 'react-router';
import { InterestRequestSchema, type Seat } from '../../../contracts/coproduction.js';
import { seatEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { NativeField } from '../../components/native-field.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { formatDateTime, formatDay } from '../../lib/format.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';

const h = coproductionStrings.hub;
const FIELDS = ['note'] as const;

/** Notes about priorities this person follows. */
export function Notifications() {
  const list = useQuery({ queryKey: keys.notifications, queryFn: api.fetchNotifications });
  return (
    <section className="section" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{h.notificationsTitle}</h2>
      <QueryResult
        query={list}
        isEmpty={(data) => data.notifications.length === 0}
        empty={<p>{h.notificationsNone}</p>}
      >
        {(data) => (
          <ul className="plain-list cop-notifications">
            {data.notifications.map((note) => (
              <li key={note.id}>
                <p>
                  <Link to={`/coproduction/priorities/${note.priorityId}`}>{note.text}</Link>
                </p>
                <p className="secondary-text">
                  <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

function term(seat: Seat): string | null {
  if (seat.termStart && seat.termEnd) return h.term(formatDay(seat.termStart), formatDay(seat.termEnd));
  if (seat.termStart) return h.termFrom(formatDay(seat.termStart));
  return null;
}

function Opportunity({ seat }: { seat: Seat }) {
  const client = useQueryClient();
  const formId = `interest-${seat.id}`;
  const form = useContractForm({
    schema: InterestRequestSchema,
    fields: FIELDS,
    toRequest: (values) => ({ note: values.note ?? '' }),
  });
  const status = useFocusedStatus('cop-status');
  const body = `${seat.bodyName} (${seat.organisationName})`;
  const send = useMutation({
    mutationFn: (note: string) =>
      callEndpoint(seatEndpoints.expressInterest, { params: { seatId: seat.id }, body: { note } }),
    onSuccess: (next) => {
      client.setQueryData(keys.opportunities, (old: { seats: Seat[] } | undefined) =>
        old ? { seats: old.seats.map((s) => (s.id === next.id ? next : s)) } : old,
      );
      status.show(h.interestSent(body));
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) send.mutate(body.note);
  };
  const when = term(seat);
  return (
    <li className="record">
      <h3 className="record__title" id={`${formId}-title`}>
        {`${coproductionStrings.seatKinds[seat.kind]}: ${seat.bodyName}`}
      </h3>
      <p className="secondary-text">{[seat.organisationName, when].filter(Boolean).join(' · ')}</p>
      {seat.description ? <p className="cop-prewrap">{seat.description}</p> : null}
      {status.node}
      {seat.interested ? (
        <p>
          <strong>{h.alreadyInterested}</strong>
        </p>
      ) : (
        <>
          <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
          <form id={formId} noValidate onSubmit={onSubmit} aria-labelledby={`${formId}-title`}>
            <NativeField
              id={fieldId(formId, 'note')}
              name="note"
              label={h.interestNote}
              hint={h.interestNoteHint}
              error={form.errorFor('note')}
              maxLength={1000}
              multiline
            />
            <Button type="submit" isPending={send.isPending} pendingLabel={h.sending}>
              {h.interested}
            </Button>
          </form>
        </>
      )}
    </li>
  );
}

/** Vacant seats across the partnership, each with "I'm interested". */
export function Opportunities() {
  const list = useQuery({ queryKey: keys.opportunities, queryFn: api.fetchOpportunities });
  return (
    <section className="section" aria-labelledby="opportunities-title">
      <h2 id="opportunities-title">{h.opportunitiesTitle}</h2>
      <p>{h.opportunitiesLead}</p>
      <QueryResult
        query={list}
        isEmpty={(data) => data.seats.length === 0}
        empty={<p>{h.opportunitiesNone}</p>}
      >
        {(data) => (
          <ul className="record-list plain-list">
            {data.seats.map((seat) => (
              <Opportunity key={seat.id} seat={seat} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}
