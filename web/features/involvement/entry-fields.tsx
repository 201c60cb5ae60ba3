import {
  INVOLVEMENT_ROLE_NAMES,
  INVOLVEMENT_ROLES,
  InvolvementPaymentChoiceSchema,
  InvolvementRoleSchema,
  PAYMENT_CHOICES,
  VOUCHER_WARNING,
  type InvolvementEntry,
  type UpdateInvolvementEntryRequest,
} from '../../../contracts/people.js';
import { ChoiceField } from '../../components/choice-field.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { today } from '../../lib/dates.js';
import { fieldId, type FormError, type useFormErrors } from '../../lib/form-errors.js';
import { poundsToPence } from '../../lib/money.js';
import { involvementStrings } from '../../lib/strings/involvement.js';

const l = involvementStrings.log;

export const ENTRY_FIELDS = [
  'personId',
  'occurredOn',
  'activity',
  'role',
  'hours',
  'expensesPence',
  'paymentChoice',
] as const;

type FormErrors = ReturnType<typeof useFormErrors>;

/** The voucher warning, in words, wherever a payment choice is made or shown. */
export function PaymentWarning({ text, id }: { text: string; id?: string }) {
  return (
    <div className="inv-warning" id={id}>
      <p className="inv-warning__title">{involvementStrings.common.paymentWarningTitle}</p>
      <p>{text}</p>
    </div>
  );
}

/**
 * The fields an entry has whoever it is for. Hours and pounds are typed as text, so they are turned
 * into numbers here and checked in words the form can show; the contract checks the rest.
 */
export function readEntryFields(values: Record<string, string>) {
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
export function withSchemaErrors(
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
export function EntryFields({
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
