import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import {
  COMMITMENT_STATUSES,
  CreateCommitmentRequestSchema,
  CreateUpdateRequestSchema,
  PrioritySchema,
  UpdateCommitmentRequestSchema,
  type Commitment,
  type CreateCommitmentRequest,
  type Priority,
  type UpdateCommitmentRequest,
} from '../../../contracts/coproduction.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { apiRequest } from '../../lib/api.js';
import { today } from '../../lib/dates.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';

const p = coproductionStrings.priority;
const CHANGE_FIELDS = ['status', 'declinedReason', 'progress'] as const;
const UPDATE_FIELDS = ['text', 'happenedOn'] as const;
const ADD_FIELDS = ['ownerOrganisationId', 'description', 'dueOn'] as const;

function useStorePriority() {
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
  const form = useFormErrors(CHANGE_FIELDS, 'status');
  const store = useStorePriority();
  const save = useMutation({
    mutationFn: (body: UpdateCommitmentRequest) =>
      apiRequest(`${api.base}/commitments/${commitment.id}`, PrioritySchema, { method: 'PATCH', body }),
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
    const values = readForm(event.currentTarget);
    const progress = percent(values.progress ?? '');
    if (progress === null) {
      form.setErrors([{ field: 'progress', message: p.progressInvalid }]);
      return;
    }
    const reason = (values.declinedReason ?? '').trim();
    const parsed = UpdateCommitmentRequestSchema.safeParse({
      status: values.status ?? commitment.status,
      declinedReason: reason === '' ? null : reason,
      progress,
    });
    if (!parsed.success) {
      form.fromZod(parsed.error);
      return;
    }
    form.clear();
    save.mutate(parsed.data);
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
          optionClassName="cop-choice"
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
  const form = useFormErrors(UPDATE_FIELDS, 'text');
  const store = useStorePriority();
  const add = useMutation({
    mutationFn: (body: { text: string; happenedOn: string }) =>
      apiRequest(`${api.base}/commitments/${commitmentId}/updates`, PrioritySchema, { method: 'POST', body }),
    onSuccess: (priority) => {
      store(priority);
      onDone(p.updateAdded);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const input = { text: values.text ?? '', happenedOn: values.happenedOn ?? '' };
    const parsed = CreateUpdateRequestSchema.safeParse(input);
    if (!parsed.success) {
      form.fromZod(parsed.error, input, { text: p.updateTextMissing });
      return;
    }
    form.clear();
    add.mutate(parsed.data, { onSuccess: () => element.reset() });
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

/** For the priority's coordinators: a new promise, owned by one of the partnership's organisations. */
export function AddCommitmentForm({
  priority,
  organisations,
  onDone,
  onErrors,
}: {
  priority: Priority;
  organisations: readonly { id: string; name: string }[];
  onDone: (message: string) => void;
  onErrors: (has: boolean) => void;
}) {
  const formId = 'add-commitment';
  const form = useFormErrors(ADD_FIELDS, 'description');
  const store = useStorePriority();
  const add = useMutation({
    mutationFn: (body: CreateCommitmentRequest) =>
      apiRequest(`${api.base}/priorities/${priority.id}/commitments`, PrioritySchema, {
        method: 'POST',
        body,
      }),
    onSuccess: (next) => {
      store(next);
      onDone(p.commitmentAdded);
    },
    onError: (error) => {
      form.fromProblem(error);
      onErrors(true);
    },
  });
  const options = organisations.some((o) => o.id === priority.organisationId)
    ? organisations
    : [{ id: priority.organisationId, name: priority.organisationName }, ...organisations];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const input = {
      ownerOrganisationId: values.ownerOrganisationId ?? '',
      description: values.description ?? '',
      dueOn: values.dueOn ? values.dueOn : null,
    };
    const parsed = CreateCommitmentRequestSchema.safeParse(input);
    if (!parsed.success) {
      form.fromZod(parsed.error, { description: input.description }, { description: p.descriptionMissing });
      onErrors(true);
      return;
    }
    form.clear();
    onErrors(false);
    add.mutate(parsed.data, { onSuccess: () => element.reset() });
  };

  const ownerId = fieldId(formId, 'ownerOrganisationId');
  const ownerError = form.errorFor('ownerOrganisationId');
  return (
    <section className="section narrow" aria-labelledby="add-commitment-title">
      <h2 id="add-commitment-title">{p.addTitle}</h2>
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <div className="field" data-invalid={ownerError ? '' : undefined}>
          <label className="field__label" htmlFor={ownerId}>
            {p.owner}
          </label>
          {ownerError ? (
            <span className="field__error" id={`${ownerId}-error`}>
              {ownerError}
            </span>
          ) : null}
          <select
            id={ownerId}
            name="ownerOrganisationId"
            className="select"
            defaultValue={priority.organisationId}
            aria-describedby={ownerError ? `${ownerId}-error` : undefined}
          >
            {options.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <NativeField
          id={fieldId(formId, 'description')}
          name="description"
          label={p.description}
          hint={p.descriptionHint}
          error={form.errorFor('description')}
          maxLength={2000}
          multiline
        />
        <NativeField
          id={fieldId(formId, 'dueOn')}
          name="dueOn"
          type="date"
          label={p.dueOn}
          hint={p.dueOnHint}
          error={form.errorFor('dueOn')}
        />
        <Button type="submit" isPending={add.isPending} pendingLabel={coproductionStrings.common.saving}>
          {p.addCommitment}
        </Button>
      </form>
    </section>
  );
}
