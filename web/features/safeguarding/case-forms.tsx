import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, type FormEvent } from 'react';
import { safeguardingEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  CASE_ACTIONS,
  CaseEntryRequestSchema,
  UpdateAlertRequestSchema,
  type AlertCase,
  type CaseEntryRequest,
  type UpdateAlertRequest,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { NativeField } from '../../components/native-field.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { safeguardingStrings } from '../../lib/strings/safeguarding.js';
import { alertsKey, caseKey } from './safeguarding-api.js';

const s = safeguardingStrings;

const ENTRY_FIELDS = ['action', 'happenedAt', 'note'] as const;
const CLOSE_FIELDS = ['actionNote'] as const;

/** What a lead did about an alert: an action, when it happened, and a note. */
export function RecordEntryForm({ found }: { found: AlertCase }) {
  const queryClient = useQueryClient();
  const formId = 'case-entry';
  const form = useContractForm({
    schema: CaseEntryRequestSchema,
    fields: ENTRY_FIELDS,
    fallbackField: 'note',
    emptyMessages: { action: s.record.chooseAction, note: s.record.enterNote },
    toRequest: (values) => {
      // The browser gives local time without a zone; Date reads it as local time.
      const when = values.happenedAt ? new Date(values.happenedAt) : null;
      return {
        action: values.action || undefined,
        note: values.note ?? '',
        ...(when && !Number.isNaN(when.getTime()) ? { happenedAt: when.toISOString() } : {}),
      };
    },
  });
  const status = useFocusedStatus('safeguarding-status');
  const save = useMutation({
    mutationFn: (body: CaseEntryRequest) =>
      callEndpoint(safeguardingEndpoints.addCaseEntry, { params: { alertId: found.id }, body }),
    onSuccess: (updated, _body) => {
      queryClient.setQueryData(caseKey(found.id), updated);
      void queryClient.invalidateQueries({ queryKey: alertsKey });
      status.show(s.record.saved);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (body) save.mutate(body, { onSuccess: () => element.reset() });
  };
  return (
    <section aria-labelledby="case-record">
      <h2 id="case-record">{s.record.title}</h2>
      {status.node}
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <RadioGroup
          id={fieldId(formId, 'action')}
          name="action"
          label={s.record.action}
          error={form.errorFor('action')}
          options={CASE_ACTIONS.map((action) => ({ value: action, label: s.actions[action] }))}
        />
        <NativeField
          id={fieldId(formId, 'happenedAt')}
          name="happenedAt"
          type="datetime-local"
          width="medium"
          label={s.record.when}
          hint={s.record.whenHint}
          error={form.errorFor('happenedAt')}
        />
        <TextField
          id={fieldId(formId, 'note')}
          name="note"
          label={s.record.note}
          hint={s.record.noteHint}
          multiline
          error={form.errorFor('note')}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={s.record.saving}>
          {s.record.save}
        </Button>
      </form>
    </section>
  );
}

/** Acknowledge an open alert, or close it, saying what was done. */
export function CloseForm({ found }: { found: AlertCase }) {
  const queryClient = useQueryClient();
  const formId = 'case-close';
  // Which button sent the form: the form's values do not say.
  const next = useRef<'acknowledged' | 'closed'>('closed');
  const anyAccount = found.storytellers.some((p) => p.hasAccount);
  const form = useContractForm({
    schema: UpdateAlertRequestSchema,
    fields: CLOSE_FIELDS,
    emptyMessages: { actionNote: s.close.enterNote },
    toRequest: (values) => ({
      status: next.current,
      actionNote: values.actionNote ?? '',
      // The box is there only when a storyteller has an account; a ticked box sends "on".
      ...(anyAccount ? { tellStoryteller: values.tellStoryteller === 'on' } : {}),
    }),
  });
  const status = useFocusedStatus('safeguarding-status');
  const update = useMutation({
    mutationFn: (body: UpdateAlertRequest) =>
      callEndpoint(safeguardingEndpoints.update, { params: { alertId: found.id }, body }),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: caseKey(found.id) });
      void queryClient.invalidateQueries({ queryKey: alertsKey });
      status.show(updated.status === 'closed' ? s.close.closed : s.close.acknowledged);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    next.current =
      submitter instanceof HTMLButtonElement && submitter.value === 'acknowledged'
        ? 'acknowledged'
        : 'closed';
    const body = form.parse(event.currentTarget);
    if (body) update.mutate(body);
  };
  return (
    <section aria-labelledby="case-close-title">
      {status.node}
      {found.status === 'closed' ? null : (
        <>
          <h2 id="case-close-title">{s.close.title}</h2>
          <p>{s.close.lead}</p>
          <p>{anyAccount ? s.close.toldByMail : s.close.noAccount}</p>
          <ErrorSummary formId={formId} errors={form.errors} />
          <form id={formId} noValidate onSubmit={onSubmit} className="form">
            <TextField
              id={fieldId(formId, 'actionNote')}
              name="actionNote"
              label={s.close.note}
              multiline
              error={form.errorFor('actionNote')}
            />
            {anyAccount ? (
              <CheckboxField
                id={fieldId(formId, 'tellStoryteller')}
                name="tellStoryteller"
                label={s.close.tell}
                hint={s.close.tellHint}
                defaultChecked
              />
            ) : null}
            <div className="button-group">
              {found.status === 'open' ? (
                <Button
                  type="submit"
                  variant="secondary"
                  name="status"
                  value="acknowledged"
                  isPending={update.isPending}
                  pendingLabel={s.record.saving}
                >
                  {s.close.acknowledge}
                </Button>
              ) : null}
              <Button
                type="submit"
                name="status"
                value="closed"
                isPending={update.isPending}
                pendingLabel={s.record.saving}
              >
                {s.close.close}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
