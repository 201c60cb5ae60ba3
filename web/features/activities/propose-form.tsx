import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { proposalEndpoints } from '../../../contracts/activities.endpoints.js';
import { CreateProposalRequestSchema } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { AddFormSection } from './add-form-section.js';
import { kindOptions } from './activity-fields.js';

const s = activitiesStrings.proposals;
const NEW_FORM = 'new-proposal';
const NEW_FIELDS = ['title', 'description', 'kind'] as const;

/** Anyone proposes an idea for an activity. */
export function ProposeForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const form = useContractForm({
    schema: CreateProposalRequestSchema,
    fields: NEW_FIELDS,
    onErrors,
    toRequest: (values) => ({
      organisationId,
      title: values.title ?? '',
      description: values.description ?? '',
      kind: values.kind ?? 'other',
    }),
  });
  const create = useMutation({
    mutationFn: (body: z.output<typeof CreateProposalRequestSchema>) =>
      callEndpoint(proposalEndpoints.propose, { body }),
    onSuccess: (proposal) => {
      void client.invalidateQueries({ queryKey: keys.proposals(organisationId) });
      form.succeeded();
      setDone(s.proposed(proposal.title));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    setDone('');
    const body = form.parse(element);
    if (body) create.mutate(body, { onSuccess: () => element.reset() });
  };
  return (
    <AddFormSection
      formId={NEW_FORM}
      title={s.newTitle}
      lead={s.newLead}
      errors={form.errors}
      onSubmit={onSubmit}
      after={<StatusMessage>{done || null}</StatusMessage>}
    >
      <NativeField
        id={fieldId(NEW_FORM, 'title')}
        name="title"
        label={s.fieldTitle}
        hint={s.fieldTitleHint}
        error={form.errorFor('title')}
        maxLength={120}
      />
      <NativeField
        id={fieldId(NEW_FORM, 'description')}
        name="description"
        label={`${s.fieldDescription} ${activitiesStrings.common.optional}`}
        error={form.errorFor('description')}
        maxLength={2000}
        multiline
      />
      <SelectField
        id={fieldId(NEW_FORM, 'kind')}
        name="kind"
        label={s.fieldKind}
        error={form.errorFor('kind')}
        options={kindOptions}
        defaultValue="other"
      />
      <Button type="submit" isPending={create.isPending} pendingLabel={s.submitting}>
        {s.submit}
      </Button>
    </AddFormSection>
  );
}
