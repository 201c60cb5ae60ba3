import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import {
  CreateOpportunityRequestSchema,
  INVOLVEMENT_ROLE_NAMES,
  INVOLVEMENT_ROLES,
  InvolvementRoleSchema,
  type CreateOpportunityRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { keys } from './involvement-api.js';

const o = involvementStrings.opportunities;
const POST_FORM = 'new-opportunity';
const POST_FIELDS = ['organisationId', 'title', 'role', 'description', 'commitment', 'closesOn'] as const;

/** For coordinators: posts an opportunity for one of the organisations they coordinate. */
export function PostOpportunityForm({
  organisations,
  onPosted,
}: {
  organisations: readonly { id: string; name: string }[];
  onPosted: (title: string) => void;
}) {
  const client = useQueryClient();
  const form = useContractForm({
    schema: CreateOpportunityRequestSchema,
    fields: POST_FIELDS,
    fallbackField: 'title',
    emptyMessages: { closesOn: o.closesMissing },
    toRequest: (values): CreateOpportunityRequest => {
      const role = InvolvementRoleSchema.safeParse(values.role);
      return {
        organisationId: values.organisationId ?? organisations[0]?.id ?? '',
        title: values.title ?? '',
        role: role.success ? role.data : 'other',
        description: values.description ?? '',
        commitment: values.commitment ?? '',
        closesOn: values.closesOn ?? '',
      };
    },
  });
  const post = useMutation({
    mutationFn: (body: CreateOpportunityRequest) =>
      callEndpoint(involvementEndpoints.createOpportunity, { body }),
    onSuccess: (opportunity) => {
      void client.invalidateQueries({ queryKey: keys.opportunities });
      onPosted(opportunity.title);
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (body) post.mutate(body, { onSuccess: () => element.reset() });
  };

  return (
    <section className="section narrow" aria-labelledby="new-opportunity-heading">
      <h2 id="new-opportunity-heading">{o.newTitle}</h2>
      <ErrorSummary formId={POST_FORM} errors={form.errors} />
      <form id={POST_FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <SelectField
            id={fieldId(POST_FORM, 'organisationId')}
            name="organisationId"
            label={o.newOrganisation}
            error={form.errorFor('organisationId')}
            options={organisations.map((org) => ({ value: org.id, label: org.name }))}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        <NativeField
          id={fieldId(POST_FORM, 'title')}
          name="title"
          label={o.newTitleLabel}
          hint={o.newTitleHint}
          error={form.errorFor('title')}
          maxLength={200}
        />
        <SelectField
          id={fieldId(POST_FORM, 'role')}
          name="role"
          label={o.newRole}
          error={form.errorFor('role')}
          options={INVOLVEMENT_ROLES.map((role) => ({ value: role, label: INVOLVEMENT_ROLE_NAMES[role] }))}
        />
        <NativeField
          id={fieldId(POST_FORM, 'description')}
          name="description"
          label={o.newDescription}
          hint={o.newDescriptionHint}
          error={form.errorFor('description')}
          maxLength={5000}
          multiline
        />
        <NativeField
          id={fieldId(POST_FORM, 'commitment')}
          name="commitment"
          label={o.newCommitment}
          hint={o.newCommitmentHint}
          error={form.errorFor('commitment')}
          maxLength={300}
        />
        <NativeField
          id={fieldId(POST_FORM, 'closesOn')}
          name="closesOn"
          type="date"
          label={o.newClosesOn}
          error={form.errorFor('closesOn')}
        />
        <Button type="submit" isPending={post.isPending} pendingLabel={involvementStrings.common.saving}>
          {o.submit}
        </Button>
      </form>
    </section>
  );
}
