import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import {
  COMMITMENT_STATUSES,
  CreateUpdateRequestSchema,
  UpdateCommitmentRequestSchema,
  type Commitment,
  type CreateUpdateRequest,
  type Priority,
  type UpdateCommitmentRequest,
} from '../../../contracts/coproduction.js';
import { priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { today } from '../../lib/dates.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { keys } from './coproduction-api.js';

const p = coproductionStrings.priority;
const CHANGE_FIELDS = ['status', 'declinedReason', 'progress'] as const;
const UPDATE_FIELDS = ['text', 'happenedOn'] as const;

/** Keeps the changed priority, and marks the lists and the public page that show it as stale. */
export function useStorePriority() {
  const client = useQueryClient();
  return (priority: Priority) => {
    client.setQueryData(keys.priority(priority.id), priority);
    void client.invalidateQueries({ queryKey: keys.priorities });
    void client.invalidateQueries({ queryKey: ['coproduction', 'public'] });
  };
}

/** A whole number from 0 to 100, or null. */
function percent(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= 100 ? n : null;
}

/** Status, reason for declining and progress. A change of status tells everyone following the priority. */
export function ChangeCommitmentForm({
  commitment,
  onDone,
}: {
  commitment: Commitment;
  onDone: (message: string) => void;
}) {
  const formId = `change-${commitment.id}`;
  const form = useContractForm({
    schema: UpdateCommitmentRequestSchema,
    fields: CHANGE_FIELDS,
    fallbackField: 'status',
    toRequest: (values) => {
      const reason = (values.declinedReason ?? '').trim();
      return {
        status: values.status ?? commitment.status,
        declinedReason: reason === '' ? null : reason,
        progress: percent(values.progress ?? ''),
      };
    },
  });
  const store = useStorePriority();
  const save = useMutation({
    mutationFn: (body: UpdateCommitmentRequest) =>
      callEndpoint(priorityEndpoints.updateCommitment, { params: { commitmentId: commitment.id }, body }),
    onSuccess: (priority, body) => {
      store(priority);
      onDone(
        body.status && body.status !== commitment.status
          ? p.statusChanged(coproductionStrings.statuses[body.status])
          : p.saved,
      );
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    if (percent(readForm(element).progress ?? '') === null) {
      form.setErrors([{ field: 'progress', message: p.progressInvalid }]);
      return;
    }
    const body = form.parse(element);
    if (body) save.mutate(body);
  };

  return (
    <section className="cop-form-block" aria-labelledby={`${formId}-title`}>
      <h4 id={`${formId}-title`}>{p.changeTitle}</h4>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form
        id={formId}
        key={`${commitment.status}-${commitment.progress}`}
        noValidate
        onSubmit={onSubmit}
        className="form"
      >
        <ChoiceField
          className="cop-choices"
          id={fieldId(formId, 'status')}
          name="status"
          legend={p.statusLabel}
          error={form.errorFor('status')}
          options={COMMITMENT_STATUSES.map((value) => ({
            value,
            label: coproductionStrings.statuses[value],
            hint: coproductionStrings.statusHints[value],
          }))}
          defaultValue={commitment.status}
          small
        />
        <NativeField
          id={fieldId(formId, 'declinedReason')}
          name="declinedReason"
          label={p.declinedReason}
          hint={p.declinedReasonHint}
          error={form.errorFor('declinedReason')}
          defaultValue={commitment.declinedReason ?? ''}
          maxLength={2000}
          multiline
        />
        <NativeField
          id={fieldId(formId, 'progress')}
          name="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          label={p.progress}
          hint={p.progressHint}
          error={form.errorFor('progress')}
          defaultValue={String(commitment.progress)}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={coproductionStrings.common.saving}>
          {p.saveChanges}
        </Button>
      </form>
    </section>
  );
}

/** A dated note of what changed, shown on the public page. */
export function AddUpdateForm({
  commitmentId,
  onDone,
}: {
  commitmentId: string;
  onDone: (message: string) => void;
}) {
  const formId = `update-${commitmentId}`;
  const form = useContractForm({
    schema: CreateUpdateRequestSchema,
    fields: UPDATE_FIELDS,
    fallbackField: 'text',
    emptyMessages: { text: p.updateTextMissing },
    toRequest: (values) => ({ text: values.text ?? '', happenedOn: values.happenedOn ?? '' }),
  });
  const store = useStorePriority();
  const add = useMutation({
    mutationFn: (body: CreateUpdateRequest) =>
      callEndpoint(priorityEndpoints.addCommitmentUpdate, { params: { commitmentId }, body }),
    onSuccess: (priority) => {
      store(priority);
      onDone(p.updateAdded);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (body) add.mutate(body, { onSuccess: () => element.reset() });
  };
  return (
    <section className="cop-form-block" aria-labelledby={`${formId}-title`}>
      <h4 id={`${formId}-title`}>{p.updateTitle}</h4>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(formId, 'text')}
          name="text"
          label={p.updateText}
          hint={p.updateTextHint}
          error={form.errorFor('text')}
          maxLength={5000}
          multiline
        />
        <NativeField
          id={fieldId(formId, 'happenedOn')}
          name="happenedOn"
          type="date"
          label={p.updateDate}
          hint={p.updateDateHint}
          error={form.errorFor('happenedOn')}
          defaultValue={today()}
        />
        <Button type="submit" isPending={add.isPending} pendingLabel={coproductionStrings.common.saving}>
          {p.addUpdate}
        </Button>
      </form>
    </section>
  );
}
