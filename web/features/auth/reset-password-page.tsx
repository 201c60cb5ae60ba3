import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  PASSWORD_MIN_LENGTH,
  PasswordResetCompleteRequestSchema,
  type PasswordResetCompleteRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { PageHeading } from '../../components/page-heading.js';
import { TextField } from '../../components/text-field.js';
import { authEndpoints } from '../../../contracts/people.endpoints.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { noticeState } from '../../lib/notice.js';
import { strings } from '../../lib/strings.js';

const FORM_ID = 'reset-password';
const FIELDS = ['password'] as const;

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const form = useContractForm({
    schema: PasswordResetCompleteRequestSchema,
    fields: FIELDS,
    emptyMessages: { password: strings.errors.enterNewPassword },
    // The token comes from the link, not the form.
    toRequest: (values) => ({ token, password: values.password ?? '' }),
  });
  const complete = useMutation({
    mutationFn: (body: PasswordResetCompleteRequest) =>
      callEndpoint(authEndpoints.completePasswordReset, { body }),
    onSuccess: () => void navigate('/sign-in', { state: noticeState(strings.resetPassword.done) }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) complete.mutate(body);
  };

  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{strings.resetPassword.title}</PageHeading>
      <ErrorSummary formId={FORM_ID} errors={form.errors} />
      <p className="lead">{strings.resetPassword.lead}</p>
      <form id={FORM_ID} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={strings.resetPassword.newPassword}
          hint={strings.resetPassword.passwordHint(PASSWORD_MIN_LENGTH)}
          autoComplete="new-password"
          width="medium"
          error={form.errorFor('password')}
        />
        <Button type="submit" isPending={complete.isPending} pendingLabel={strings.resetPassword.submitting}>
          {strings.resetPassword.submit}
        </Button>
      </form>
    </div>
  );
}
