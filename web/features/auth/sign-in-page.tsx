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
import { useT } from '../../lib/i18n/pages.js';
import { meQueryKey, safeNextPath, setSigningOut, useMe } from '../../lib/session.js';

const FORM_ID = 'sign-in';
const FIELDS = ['email', 'password'] as const;

/** In the message catalogue: read in the language chosen. */
export function SignInPage() {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next')) ?? '/';
  const form = useContractForm({
    schema: SignInRequestSchema,
    fields: FIELDS,
    emptyMessages: { email: t('signIn.enterEmail') },
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
        form.setErrors([{ field: 'email', message: t('signIn.wrongDetails') }]);
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
      <PageHeading hasErrors={form.errors.length > 0}>{t('signIn.title')}</PageHeading>
      <ErrorSummary formId={FORM_ID} errors={form.errors} />
      <p className="lead">{t('signIn.lead')}</p>
      <form id={FORM_ID} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(FORM_ID, 'email')}
          name="email"
          type="email"
          label={t('signIn.email')}
          hint={t('signIn.emailHint')}
          autoComplete="email"
          spellCheck={false}
          error={form.errorFor('email')}
        />
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          width="medium"
          error={form.errorFor('password')}
        />
        <Button type="submit" isPending={signIn.isPending} pendingLabel={t('signIn.submitting')}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p className="secondary-text">{t('signIn.noAccount')}</p>
    </div>
  );
}
