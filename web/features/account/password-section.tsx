import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { meEndpoints } from '../../../contracts/people.endpoints.js';
import {
  ChangePasswordRequestSchema,
  PASSWORD_MIN_LENGTH,
  type ChangePasswordRequest,
  type MeResponse,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { strings } from '../../lib/strings.js';

const PASSWORD_FORM = 'change-password';
const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing one's password (which signs out every other session). */
export function PasswordSection({ me }: { me: MeResponse }) {
  const form = useContractForm({
    schema: ChangePasswordRequestSchema,
    fields: PASSWORD_FIELDS,
    emptyMessages: { newPassword: strings.errors.enterNewPassword },
    // The form also holds the email address, for password managers: it is not sent.
    toRequest: (values) => ({
      currentPassword: values.currentPassword ?? '',
      newPassword: values.newPassword ?? '',
    }),
  });
  const [saved, setSaved] = useState(false);
  const change = useMutation({
    mutationFn: (body: ChangePasswordRequest) => callEndpoint(meEndpoints.changePassword, { body }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const element = event.currentTarget;
    const body = form.parse(element);
    if (!body) return;
    change.mutate(body, {
      onSuccess: () => {
        element.reset();
        setSaved(true);
      },
    });
  };

  return (
    <section className="section" aria-labelledby="password-title">
      <h2 id="password-title">{strings.account.passwordTitle}</h2>
      <ErrorSummary formId={PASSWORD_FORM} errors={form.errors} headingLevel={3} />
      <form id={PASSWORD_FORM} noValidate onSubmit={onSubmit} className="form">
        <input type="hidden" name="username" autoComplete="username" value={me.person.email} />
        <TextField
          id={fieldId(PASSWORD_FORM, 'currentPassword')}
          name="currentPassword"
          type="password"
          label={strings.account.currentPassword}
          autoComplete="current-password"
          width="medium"
          error={form.errorFor('currentPassword')}
        />
        <TextField
          id={fieldId(PASSWORD_FORM, 'newPassword')}
          name="newPassword"
          type="password"
          label={strings.account.newPassword}
          hint={strings.account.newPasswordHint(PASSWORD_MIN_LENGTH)}
          autoComplete="new-password"
          width="medium"
          error={form.errorFor('newPassword')}
        />
        <Button type="submit" isPending={change.isPending} pendingLabel={strings.common.saving}>
          {strings.account.savePassword}
        </Button>
        <StatusMessage>{saved ? strings.account.passwordSaved : null}</StatusMessage>
      </form>
    </section>
  );
}
