import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { authEndpoints } from '../../../contracts/people.endpoints.js';
import { SignInRequestSchema, type SignInRequest } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { PageHeading } from '../../components/page-heading.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { meQueryKey, safeNextPath, setSigningOut, useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';

const FORM_ID = 'sign-in';
const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next')) ?? '/';
  const form = useContractForm({
    schema: SignInRequestSchema,
    fields: FIELDS,
    emptyMessages: { email: strings.errors.enterEmail },
  });

  // Someone who has just signed out has arrived.
  useEffect(() => setSigningOut(false), []);

  const signIn = useMutation({
    mutationFn: (body: SignInRequest) => callEndpoint(authEndpoints.signIn, { body }),
    onSuccess: (data) => {
      queryClient.setQueryData(meQueryKey, data);
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      if (isApiError(error, 401)) {
        form.setErrors([{ field: 'email', message: strings.signIn.wrongDetails }]);
      } else {
        form.fromProblem(error);
      }
    },
  });

  // Someone already signed in who comes here goes straight on.
  if (me.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) signIn.mutate(body);
  };

  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{strings.signIn.title}</PageHeading>
      <ErrorSummary formId={FORM_ID} errors={form.errors} />
      <p className="lead">{strings.signIn.lead}</p>
      <form id={FORM_ID} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(FORM_ID, 'email')}
          name="email"
          type="email"
          label={strings.common.email}
          hint={strings.signIn.emailHint}
          autoComplete="email"
          spellCheck={false}
          error={form.errorFor('email')}
        />
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={strings.common.password}
          autoComplete="current-password"
          width="medium"
          error={form.errorFor('password')}
        />
        <Button type="submit" isPending={signIn.isPending} pendingLabel={strings.signIn.submitting}>
          {strings.signIn.submit}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{strings.signIn.forgot}</Link>
      </p>
      <p className="secondary-text">{strings.signIn.noAccount}</p>
    </div>
  );
}
