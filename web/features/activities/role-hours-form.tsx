import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import { roleEndpoints } from '../../../contracts/activities.endpoints.js';
import {
  PAYMENT_CHOICES,
  RecordHoursRequestSchema,
  type Application,
} from '../../../contracts/activities.js';
import { VOUCHER_WARNING } from '../../../contracts/people.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { today } from '../../lib/dates.js';
import { fieldId } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { poundsToPence } from '../../lib/money.js';
import { communityStrings } from '../../lib/strings/community.js';
import { useFocusOnOpen } from './shared.js';

const s = communityStrings.roles;
const HOURS_FIELDS = ['occurredOn', 'hours', 'expensesPence', 'paymentChoice'] as const;

/** The form's text as the request: hours and pence as numbers; anything else as typed, for the contract to explain. */
function hoursRequest(values: Record<string, string>) {
  const hours = (values.hours ?? '').trim();
  const expenses = values.expensesPence ?? '';
  return {
    occurredOn: (values.occurredOn ?? '').trim(),
    hours: hours === '' ? undefined : Number(hours),
    expensesPence: poundsToPence(expenses) ?? expenses,
    paymentChoice: values.paymentChoice ?? 'declined',
  };
}

/** A coordinator records hours worked in a role; they go into the person's involvement log. */
export function HoursForm({
  application,
  onDone,
  onClose,
}: {
  application: Application;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const formId = `hours-${application.id}`;
  const form = useContractForm({
    schema: RecordHoursRequestSchema,
    fields: HOURS_FIELDS,
    fallbackField: 'hours',
    emptyMessages: { occurredOn: s.occurredMissing, hours: s.hoursInvalid },
    toRequest: hoursRequest,
  });
  useFocusOnOpen(fieldId(formId, 'occurredOn'));
  const save = useMutation({
    mutationFn: (body: z.output<typeof RecordHoursRequestSchema>) =>
      callEndpoint(roleEndpoints.recordHours, { params: { applicationId: application.id }, body }),
    onSuccess: (_result, body) =>
      onDone(s.hoursSaved(application.displayName, body.hours, formatDay(body.occurredOn))),
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) save.mutate(body);
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
          label={`${s.expenses} ${communityStrings.common.optional}`}
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
