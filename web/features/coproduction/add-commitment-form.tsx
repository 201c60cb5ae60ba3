import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import {
  CreateCommitmentRequestSchema,
  type CreateCommitmentRequest,
  type Priority,
} from '../../../contracts/coproduction.js';
import { priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { useStorePriority } from './commitment-forms.js';

const p = coproductionStrings.priority;
const ADD_FIELDS = ['ownerOrganisationId', 'description', 'dueOn'] as const;

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
  const form = useContractForm({
    schema: CreateCommitmentRequestSchema,
    fields: ADD_FIELDS,
    fallbackField: 'description',
    emptyMessages: { description: p.descriptionMissing },
    onErrors,
    toRequest: (values) => ({
      ownerOrganisationId: values.ownerOrganisationId ?? '',
      description: values.description ?? '',
      dueOn: values.dueOn ? values.dueOn : null,
    }),
  });
  const store = useStorePriority();
  const add = useMutation({
    mutationFn: (body: CreateCommitmentRequest) =>
      callEndpoint(priorityEndpoints.addCommitment, { params: { priorityId: priority.id }, body }),
    onSuccess: (next) => {
      store(next);
      onDone(p.commitmentAdded);
    },
    onError: (error) => form.failed(error),
  });
  const options = organisations.some((o) => o.id === priority.organisationId)
    ? organisations
    : [{ id: priority.organisationId, name: priority.organisationName }, ...organisations];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (!body) return;
    form.succeeded();
    add.mutate(body, { onSuccess: () => element.reset() });
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
