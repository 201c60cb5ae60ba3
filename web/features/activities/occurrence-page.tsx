import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import { CancelOccurrenceRequestSchema } from '../../../contracts/activities.js';
import { callEndpoint, errorText, isMissing, retryUnlessMissing } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import './activities.css';

const s = activitiesStrings.occurrence;
const CANCEL_FORM = 'cancel-occurrence';
const CANCEL_FIELDS = ['reason'] as const;

function captionFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { title, when } = state as Record<string, unknown>;
  return typeof title === 'string' && typeof when === 'string' ? s.caption(title, when) : undefined;
}

/** For coordinators and facilitators: who is coming, who is waiting, who came, and cancelling. */
export function OccurrencePage() {
  const { occurrenceId = '' } = useParams();
  const caption = captionFrom(useLocation().state);
  const client = useQueryClient();
  const [saved, setSaved] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelForm = useContractForm({ schema: CancelOccurrenceRequestSchema, fields: CANCEL_FIELDS });
  const roster = useQuery({
    queryKey: keys.roster(occurrenceId),
    queryFn: () => callEndpoint(sessionEndpoints.roster, { params: { occurrenceId } }),
    retry: retryUnlessMissing,
  });
  const attendance = useMutation({
    mutationFn: (attendedPersonIds: string[]) =>
      callEndpoint(sessionEndpoints.attendance, { params: { occurrenceId }, body: { attendedPersonIds } }),
    onSuccess: (next) => {
      client.setQueryData(keys.roster(occurrenceId), next);
      setSaved(s.attendanceSaved(next.people.filter((p) => p.attended === true).length));
    },
  });
  const cancel = useMutation({
    mutationFn: (body: { reason: string }) =>
      callEndpoint(sessionEndpoints.cancel, { params: { occurrenceId }, body }),
    onSuccess: (next) => {
      client.setQueryData(keys.roster(occurrenceId), next);
      void client.invalidateQueries({ queryKey: keys.all });
      setConfirming(false);
      setCancelled(true);
    },
    onError: (error) => cancelForm.fromProblem(error),
  });

  if (roster.isPending) return <Loading />;
  if (roster.isError) {
    if (isMissing(roster.error)) return <NotFound />;
    return <LoadError error={roster.error} onRetry={() => void roster.refetch()} />;
  }
  const booked = roster.data.people.filter((p) => p.status === 'booked');
  const waiting = roster.data.people
    .filter((p) => p.status === 'waiting')
    .sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));

  const onAttendance = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved('');
    attendance.mutate(new FormData(event.currentTarget).getAll('attended').map(String));
  };
  const onCancel = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = cancelForm.parse(event.currentTarget);
    if (body) cancel.mutate(body);
  };

  return (
    <>
      <PageHeading caption={caption} hasErrors={cancelForm.errors.length > 0}>
        {s.title}
      </PageHeading>
      <StatusMessage>{cancelled ? s.cancelledDone : null}</StatusMessage>

      <section className="section" aria-labelledby="attendance-title">
        <h2 id="attendance-title">{s.bookedTitle}</h2>
        {booked.length === 0 ? (
          <p>{s.bookedNone}</p>
        ) : (
          <form noValidate onSubmit={onAttendance} className="form">
            <fieldset className="act-register" aria-describedby="attendance-hint">
              <legend className="field__label">{s.attendanceLegend}</legend>
              <span className="field__hint" id="attendance-hint">
                {s.attendanceHint}
              </span>
              {attendance.isError ? (
                <p className="field__error" role="alert">
                  {errorText(attendance.error)}
                </p>
              ) : null}
              <ul className="plain-list">
                {booked.map((person) => (
                  <li key={person.personId}>
                    <label className="checkbox act-register__person">
                      <input
                        type="checkbox"
                        name="attended"
                        value={person.personId}
                        defaultChecked={person.attended === true}
                      />
                      {person.displayName}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <Button type="submit" isPending={attendance.isPending} pendingLabel={s.savingAttendance}>
              {s.saveAttendance}
            </Button>
            <StatusMessage>{saved || null}</StatusMessage>
          </form>
        )}
      </section>

      <section className="section" aria-labelledby="waiting-title">
        <h2 id="waiting-title">{s.waitingTitle}</h2>
        {waiting.length === 0 ? (
          <p>{s.waitingNone}</p>
        ) : (
          <ol className="plain-list">
            {waiting.map((person) => (
              <li key={person.personId}>{s.waitingItem(person.waitingPosition, person.displayName)}</li>
            ))}
          </ol>
        )}
      </section>

      {cancelled ? null : (
        <section className="section narrow" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{s.cancelTitle}</h2>
          <p>{s.cancelLead}</p>
          {confirming ? (
            <>
              <ErrorSummary formId={CANCEL_FORM} errors={cancelForm.errors} />
              <form id={CANCEL_FORM} noValidate onSubmit={onCancel} className="form">
                <NativeField
                  id={fieldId(CANCEL_FORM, 'reason')}
                  name="reason"
                  label={s.reason}
                  hint={s.reasonHint}
                  error={cancelForm.errorFor('reason')}
                  maxLength={500}
                  multiline
                />
                <div className="button-group">
                  <Button
                    type="submit"
                    variant="warning"
                    isPending={cancel.isPending}
                    pendingLabel={s.confirming}
                  >
                    {s.confirm}
                  </Button>
                  <Button
                    variant="secondary"
                    onPress={() => {
                      cancelForm.clear();
                      setConfirming(false);
                      requestAnimationFrame(() => startRef.current?.focus());
                    }}
                  >
                    {s.keep}
                  </Button>
                </div>
              </form>
            </>
          ) : (
            <Button ref={startRef} variant="warning" onPress={() => setConfirming(true)}>
              {s.cancelStart}
            </Button>
          )}
        </section>
      )}
      <p>
        <Link to="/activities">{s.back}</Link>
      </p>
    </>
  );
}
