import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { meEndpoints } from '../../../contracts/people.endpoints.js';
import {
  UpdateProfileRequestSchema,
  type MeResponse,
  type UpdateProfileRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { meQueryKey } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';

const PROFILE_FORM = 'profile';
const PROFILE_FIELDS = ['displayName'] as const;

/** The name other people see, beside the email address (which cannot be changed here). */
export function ProfileSection({ me }: { me: MeResponse }) {
  const queryClient = useQueryClient();
  const form = useContractForm({ schema: UpdateProfileRequestSchema, fields: PROFILE_FIELDS });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: UpdateProfileRequest) => callEndpoint(meEndpoints.updateProfile, { body }),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body = form.parse(event.currentTarget);
    if (body) save.mutate(body);
  };

  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">{strings.account.profileTitle}</h2>
      <p>{strings.account.profileLead}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{strings.account.emailLabel}</dt>
          <dd>{me.person.email}</dd>
        </div>
      </dl>
      <ErrorSummary formId={PROFILE_FORM} errors={form.errors} headingLevel={3} />
      <form id={PROFILE_FORM} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(PROFILE_FORM, 'displayName')}
          name="displayName"
          label={strings.account.displayName}
          hint={strings.account.displayNameHint}
          autoComplete="nickname"
          defaultValue={me.person.displayName}
          width="medium"
          error={form.errorFor('displayName')}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={strings.common.saving}>
          {strings.account.saveName}
        </Button>
        <StatusMessage>{saved ? strings.account.nameSaved : null}</StatusMessage>
      </form>
    </section>
  );
}
