import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PasswordResetRequestSchema, type PasswordResetRequest } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { DevOutboxLink } from '../../components/dev-outbox-link.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { PageHeading } from '../../components/page-heading.js';
import { TextField } from '../../components/text-field.js';
import { authEndpoints } from '../../../contracts/people.endpoints.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { strings } from '../../lib/strings.js';

const FORM_ID = 'forgot-password';
const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const navigate = useNavigate();
  const form = useContractForm({
    schema: PasswordResetRequestSchema,
    fields: FIELDS,
    emptyMessages: { email: strings.errors.enterEmail },
  });
  const request = useMutation({
    mutationFn: (body: PasswordResetRequest) => callEndpoint(authEndpoints.requestPasswordReset, { body }),
    onSuccess: (_data, body) =>
      void navigate('/forgot-password/check-email', { state: { email: body.email } }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) request.mutate(body);
  };

  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{strings.forgotPassword.title}</PageHeading>
      <ErrorSummary formId={FORM_ID} errors={form.errors} />
      <p className="lead">{strings.forgotPassword.lead}</p>
      <form id={FORM_ID} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(FORM_ID, 'email')}
          name="email"
          type="email"
          label={strings.common.email}
          autoComplete="email"
          spellCheck={false}
          error={form.errorFor('email')}
        />
        <Button type="submit" isPending={request.isPending} pendingLabel={strings.forgotPassword.submitting}>
          {strings.forgotPassword.submit}
        </Button>
      </form>
    </div>
  );
}

export function CheckEmailPage() {
  const state: unknown = useLocation().state;
  const email =
    typeof state === 'object' && state !== null && 'email' in state && typeof state.email === 'string'
      ? state.email
      : null;
  return (
    <div className="narrow">
      <PageHeading>{strings.forgotPassword.sentTitle}</PageHeading>
      <p className="lead">
        {email ? strings.forgotPassword.sentBody(email) : strings.forgotPassword.sentBodyNoEmail}
      </p>
      <p>{strings.forgotPassword.sentHelp}</p>
      <p>
        <Link to="/forgot-password">{strings.forgotPassword.tryAgain}</Link>
      </p>
      <DevOutboxLink>{strings.forgotPassword.devOutbox}</DevOutboxLink>
    </div>
  );
}
