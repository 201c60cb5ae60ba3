import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CreatePriorityRequestSchema, type CreatePriorityRequest } from '../../../contracts/coproduction.js';
import { priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { noticeState } from '../../lib/notice.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { keys } from './coproduction-api.js';

const h = coproductionStrings.hub;
const FORM = 'add-priority';
const FIELDS = ['organisationId', 'title', 'text', 'source', 'sourceRef', 'published'] as const;
const SOURCES = ['manual', 'group', 'key_message'] as const;

/** For coordinators: a priority raised somewhere other than a café. */
export function AddPriorityForm({
  organisations,
  onErrors,
}: {
  organisations: readonly { id: string; name: string }[];
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useContractForm({
    schema: CreatePriorityRequestSchema,
    fields: FIELDS,
    fallbackField: 'title',
    emptyMessages: { title: h.priorityTitleMissing },
    onErrors,
    toRequest: (values) => ({
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      source: values.source ?? 'manual',
      sourceRef: values.sourceRef ?? '',
      title: values.title ?? '',
      text: values.text ?? '',
      published: values.published === 'on',
    }),
  });
  const create = useMutation({
    mutationFn: (body: CreatePriorityRequest) => callEndpoint(priorityEndpoints.create, { body }),
    onSuccess: (priority) => {
      void client.invalidateQueries({ queryKey: keys.priorities });
      client.setQueryData(keys.priority(priority.id), priority);
      void navigate(`/coproduction/priorities/${priority.id}`, {
        state: noticeState(h.added(priority.title)),
      });
    },
    onError: (error) => form.failed(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (!body) return;
    form.succeeded();
    create.mutate(body);
  };

  return (
    <section className="section narrow" aria-labelledby="add-priority-heading">
      <h2 id="add-priority-heading">{h.addTitle}</h2>
      <p>{h.addLead}</p>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <ChoiceField
            className="cop-choices"
            id={fieldId(FORM, 'organisationId')}
            name="organisationId"
            legend={h.organisation}
            error={form.errorFor('organisationId')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={organisations[0]?.id}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        <NativeField
          id={fieldId(FORM, 'title')}
          name="title"
          label={h.priorityTitle}
          hint={h.priorityTitleHint}
          error={form.errorFor('title')}
          maxLength={200}
        />
        <NativeField
          id={fieldId(FORM, 'text')}
          name="text"
          label={h.priorityText}
          hint={h.priorityTextHint}
          error={form.errorFor('text')}
          maxLength={5000}
          multiline
        />
        <ChoiceField
          className="cop-choices"
          id={fieldId(FORM, 'source')}
          name="source"
          legend={h.source}
          error={form.errorFor('source')}
          options={SOURCES.map((value) => ({ value, label: coproductionStrings.sources[value] }))}
          defaultValue="manual"
        />
        <NativeField
          id={fieldId(FORM, 'sourceRef')}
          name="sourceRef"
          label={h.sourceRef}
          hint={h.sourceRefHint}
          error={form.errorFor('sourceRef')}
          maxLength={300}
        />
        <div className="field">
          <label className="checkbox" htmlFor={fieldId(FORM, 'published')}>
            <input id={fieldId(FORM, 'published')} type="checkbox" name="published" />
            {h.publishNow}
          </label>
        </div>
        <Button type="submit" isPending={create.isPending} pendingLabel={h.adding}>
          {h.add}
        </Button>
      </form>
    </section>
  );
}
