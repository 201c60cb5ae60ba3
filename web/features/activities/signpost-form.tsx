import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { partnerEndpoints } from '../../../contracts/activities.endpoints.js';
import { SignpostRequestSchema, type Partner } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { formatDate } from '../../lib/format.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';

const s = communityStrings.partners;
const SIGNPOST_FIELDS = ['personId', 'consent', 'note'] as const;

export interface Recorded {
  name: string;
  date: string;
  note: string;
}

/** What was saved, shown where the form was and focused so keyboard and screen reader users hear it. */
export function RecordedReferral({ partner, recorded }: { partner: Partner; recorded: Recorded }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [recorded]);
  const headingId = `signpost-${partner.id}-recorded-heading`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="act-response act-recorded"
      role="status"
      aria-labelledby={headingId}
    >
      <h4 id={headingId}>{s.recordedTitle}</h4>
      <p>{s.recorded(recorded.name, partner.name, recorded.date)}</p>
      {recorded.note ? <p className="act-prewrap">{s.recordedNote(recorded.note)}</p> : null}
    </div>
  );
}

/**
 * The contract, and the person's agreement: nothing is sent without it (the server would refuse it
 * anyway), and the message names them.
 */
function useSignpostSchema(name: string | undefined) {
  return useMemo(
    () =>
      SignpostRequestSchema.extend({
        consent: z.literal(true, { message: s.consentMissing(name ?? 'them') }),
      }),
    [name],
  );
}

/** Signposting someone to a partner, recorded only with their agreement; opens in place. */
export function SignpostForm({
  partner,
  onRecorded,
  onClose,
}: {
  partner: Partner;
  onRecorded: (recorded: Recorded) => void;
  onClose: () => void;
}) {
  const formId = `signpost-${partner.id}`;
  const [personId, setPersonId] = useState('');
  const people = useQuery({
    queryKey: keys.signpostPeople(partner.organisationId),
    queryFn: async () =>
      (
        await callEndpoint(partnerEndpoints.signpostPeople, {
          params: { organisationId: partner.organisationId },
        })
      ).people,
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  const chosen = people.data?.find((p) => p.personId === personId);
  const schema = useSignpostSchema(chosen?.displayName);
  const form = useContractForm({
    schema,
    fields: SIGNPOST_FIELDS,
    fallbackField: 'consent',
    emptyMessages: { personId: s.personMissing },
    toRequest: (values) => ({
      personId: values.personId ?? '',
      consent: values.consent === 'on',
      note: values.note ?? '',
    }),
  });
  const send = useMutation({
    mutationFn: (body: z.output<typeof SignpostRequestSchema>) =>
      callEndpoint(partnerEndpoints.signpost, { params: { partnerId: partner.id }, body }),
    onSuccess: (result) =>
      onRecorded({ name: chosen?.displayName ?? '', date: formatDate(result.createdAt), note: result.note }),
    onError: (error) => form.fromProblem(error),
  });
  // The button that opened the form has gone: put the keyboard in the form, or on why there is none.
  useEffect(() => {
    if (people.isSuccess) document.getElementById(fieldId(formId, 'personId'))?.focus();
    if (people.isError) document.getElementById(`${formId}-unavailable`)?.focus();
  }, [people.isSuccess, people.isError, formId]);

  const heading = (
    <h4 id={`${formId}-heading`} className="act-form-title">
      {s.signpostTitle(partner.name)}
    </h4>
  );
  if (people.isPending) return <Loading />;
  if (people.isError) {
    return (
      <div className="act-respond">
        {heading}
        {isApiError(people.error, 404) ? (
          <p className="callout" id={`${formId}-unavailable`} tabIndex={-1}>
            {s.peopleUnavailable}
          </p>
        ) : (
          <LoadError error={people.error} onRetry={() => void people.refetch()} />
        )}
        <Button variant="link" onPress={onClose}>
          {communityStrings.common.close}
        </Button>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) send.mutate(body);
  };
  const consentId = fieldId(formId, 'consent');
  const consentError = form.errorFor('consent');
  return (
    <div className="act-respond">
      {heading}
      <p className="act-warning">{s.signpostLead}</p>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <SelectField
          id={fieldId(formId, 'personId')}
          name="personId"
          label={s.person}
          error={form.errorFor('personId')}
          placeholder={s.choosePerson}
          options={people.data.map((p) => ({ value: p.personId, label: p.displayName }))}
          value={personId}
          onChange={setPersonId}
        />
        <div className="field" data-invalid={consentError ? '' : undefined}>
          <FieldHintAndError id={consentId} hint={s.consentHint} error={consentError} />
          <label className="checkbox" htmlFor={consentId}>
            <input
              id={consentId}
              type="checkbox"
              name="consent"
              aria-describedby={fieldDescribedBy(consentId, s.consentHint, consentError)}
              aria-invalid={consentError ? true : undefined}
            />
            {chosen ? s.consent(chosen.displayName) : s.consentNoName}
          </label>
        </div>
        <NativeField
          id={fieldId(formId, 'note')}
          name="note"
          label={`${s.note} ${communityStrings.common.optional}`}
          hint={s.noteHint}
          error={form.errorFor('note')}
          maxLength={1000}
          multiline
        />
        <InlineFormButtons
          submit={s.send}
          pendingLabel={s.sending}
          isPending={send.isPending}
          close={communityStrings.common.close}
          onClose={onClose}
        />
      </form>
    </div>
  );
}
