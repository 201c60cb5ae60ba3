import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import { roleEndpoints } from '../../../contracts/activities.endpoints.js';
import { ApplyRequestSchema, type Role } from '../../../contracts/activities.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { useFocusOnOpen } from './shared.js';

const s = communityStrings.roles;
const APPLY_FIELDS = ['message'] as const;

/** Applying for a role, with an optional message to the coordinator; opens in place under the role. */
export function ApplyForm({
  role,
  onDone,
  onClose,
}: {
  role: Role;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const formId = `apply-${role.id}`;
  const form = useContractForm({ schema: ApplyRequestSchema, fields: APPLY_FIELDS });
  useFocusOnOpen(fieldId(formId, 'message'));
  const apply = useMutation({
    mutationFn: (body: z.output<typeof ApplyRequestSchema>) =>
      callEndpoint(roleEndpoints.apply, { params: { roleId: role.id }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.roles(role.organisationId) });
      onDone(s.appliedDone(role.title));
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        void client.invalidateQueries({ queryKey: keys.roles(role.organisationId) });
        onDone(s.alreadyApplied);
      } else form.fromProblem(error);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) apply.mutate(body);
  };
  return (
    <div className="act-respond">
      <h4 id={`${formId}-heading`}>{s.applyTitle(role.title)}</h4>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <NativeField
          id={fieldId(formId, 'message')}
          name="message"
          label={`${s.message} ${communityStrings.common.optional}`}
          hint={s.messageHint}
          error={form.errorFor('message')}
          maxLength={2000}
          multiline
        />
        <InlineFormButtons
          submit={s.sendApplication}
          pendingLabel={s.sendingApplication}
          isPending={apply.isPending}
          close={communityStrings.common.close}
          onClose={onClose}
        />
      </form>
    </div>
  );
}
