import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { invitationEndpoints } from '../../../contracts/people.endpoints.js';
import {
  CreateInvitationRequestSchema,
  type CreateInvitationRequest,
  type Role,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { DevOutboxLink } from '../../components/dev-outbox-link.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { sharedKeys } from '../../lib/queries.js';
import { strings } from '../../lib/strings.js';

const INVITE_FORM = 'invite';
const INVITE_FIELDS = ['email', 'role'] as const;

/** Invites someone by email to one of the roles the coordinator may give. */
export function InviteForm({ organisationId, roles }: { organisationId: string; roles: readonly Role[] }) {
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: CreateInvitationRequestSchema,
    fields: INVITE_FIELDS,
    emptyMessages: { email: strings.errors.enterTheirEmail, role: strings.errors.chooseRole },
    toRequest: (values) => ({ email: values.email ?? '', role: values.role ?? '' }),
  });
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: (body: CreateInvitationRequest) =>
      callEndpoint(invitationEndpoints.invite, { params: { organisationId }, body }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setInvited(null);
    const element = event.currentTarget;
    const body = form.parse(element);
    if (!body) return;
    invite.mutate(body, {
      onSuccess: () => {
        element.reset();
        setInvited(body.email);
        void queryClient.invalidateQueries({ queryKey: sharedKeys.members(organisationId) });
      },
    });
  };

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">{strings.members.inviteTitle}</h2>
      <p>{strings.members.inviteLead}</p>
      <ErrorSummary formId={INVITE_FORM} errors={form.errors} headingLevel={3} />
      <form id={INVITE_FORM} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(INVITE_FORM, 'email')}
          name="email"
          type="email"
          label={strings.common.email}
          hint={strings.members.inviteEmailHint}
          autoComplete="off"
          spellCheck={false}
          error={form.errorFor('email')}
        />
        <RadioGroup
          id={fieldId(INVITE_FORM, 'role')}
          name="role"
          label={strings.members.inviteRole}
          hint={strings.members.inviteRoleHint}
          defaultValue="member"
          error={form.errorFor('role')}
          options={roles.map((role) => ({
            value: role,
            label: strings.roles[role],
            hint: strings.roleHints[role],
          }))}
        />
        <Button type="submit" isPending={invite.isPending} pendingLabel={strings.members.inviteSubmitting}>
          {strings.members.inviteSubmit}
        </Button>
        <StatusMessage>{invited ? strings.members.invited(invited) : null}</StatusMessage>
        {invited ? <DevOutboxLink>{strings.members.devOutbox}</DevOutboxLink> : null}
      </form>
    </section>
  );
}
