import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { meEndpoints } from '../../../contracts/people.endpoints.js';
import { UpdateProfileRequestSchema, type MeResponse } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { meQueryKey } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';
import { accountStrings } from '../../lib/strings/account.js';

const MOBILE_FORM = 'mobile-number';
const MOBILE_FIELDS = ['mobileNumber'] as const;
/** This form sends the number only (empty removes it); the name goes with it from the server's copy. */
const MobileFormSchema = UpdateProfileRequestSchema.pick({ mobileNumber: true }).required();

/** A UK number as people write it (07700 900123); any other number as it was saved. */
function readableNumber(stored: string): string {
  const uk = /^\+44(7\d{3})(\d{6})$/.exec(stored);
  return uk ? `0${uk[1]} ${uk[2]}` : stored;
}

/** A mobile number for urgent text messages, or none. */
export function MobileSection({ me }: { me: MeResponse }) {
  const m = accountStrings.mobile;
  const queryClient = useQueryClient();
  const form = useContractForm({ schema: MobileFormSchema, fields: MOBILE_FIELDS });
  const status = useFocusedStatus('account-status');
  const saved = me.person.mobileNumber;
  const save = useMutation({
    // The profile is saved whole, so the name goes with the number: the one saved now, not the one this
    // page loaded with (it may have changed since, here or in another tab).
    mutationFn: async (mobileNumber: string) => {
      const current = await callEndpoint(meEndpoints.get, {});
      await callEndpoint(meEndpoints.updateProfile, {
        body: { displayName: current.person.displayName, mobileNumber },
      });
    },
    onSuccess: (_, mobileNumber) => {
      status.show(mobileNumber === '' ? m.removedMessage : m.savedMessage);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) save.mutate(body.mobileNumber);
  };

  const id = fieldId(MOBILE_FORM, 'mobileNumber');
  const error = form.errorFor('mobileNumber');
  const hint = saved ? `${m.hint} ${m.removeHint}` : m.hint;
  return (
    <section className="section" aria-labelledby="mobile-title">
      <h2 id="mobile-title">{m.title}</h2>
      <p>{m.lead}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.saved}</dt>
          <dd>{saved ? readableNumber(saved) : m.none}</dd>
        </div>
      </dl>
      <ErrorSummary formId={MOBILE_FORM} errors={form.errors} headingLevel={3} />
      <form id={MOBILE_FORM} noValidate onSubmit={onSubmit} className="form">
        <div className="field" data-invalid={error ? '' : undefined}>
          <label className="field__label" htmlFor={id}>
            {m.label}
          </label>
          <FieldHintAndError id={id} hint={hint} error={error} />
          <input
            id={id}
            name="mobileNumber"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            spellCheck={false}
            className="field__input field__input--medium"
            defaultValue={saved ? readableNumber(saved) : ''}
            aria-describedby={fieldDescribedBy(id, hint, error)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <Button type="submit" isPending={save.isPending} pendingLabel={strings.common.saving}>
          {m.save}
        </Button>
        {status.node}
      </form>
    </section>
  );
}
