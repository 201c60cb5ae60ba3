import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { invitationEndpoints } from '../../../contracts/people.endpoints.js';
import {
  AcceptInvitationRequestSchema,
  PASSWORD_MIN_LENGTH,
  type AcceptInvitationRequest,
  type InvitationResponse,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { noticeState } from '../../lib/notice.js';
import { meQueryKey, useMe } from '../../lib/session.js';
import { roleInSentence, strings } from '../../lib/strings.js';

const FORM_ID = 'accept-invitation';
const FIELDS = ['displayName', 'password'] as const;

/** A new account needs both a name and a password (the contract makes each optional for existing accounts). */
const NewAccountSchema = AcceptInvitationRequestSchema.required();

function useAccept(
  token: string,
  invitation: InvitationResponse | undefined,
  onError: (error: unknown) => void,
) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      callEndpoint(invitationEndpoints.accept, { params: { token }, body }),
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      const organisation = invitation?.organisationName ?? '';
      const notice = invitation?.hasAccount
        ? strings.invitation.joined(organisation)
        : strings.invitation.welcome(organisation);
      void navigate('/', { replace: true, state: noticeState(notice) });
    },
    onError,
  });
}

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const me = useMe();
  const form = useContractForm({
    schema: NewAccountSchema,
    fields: FIELDS,
    emptyMessages: { displayName: strings.errors.enterName, password: strings.errors.enterPassword },
    // The form also holds the email address, for password managers: it is not sent.
    toRequest: (values) => ({ displayName: values.displayName ?? '', password: values.password ?? '' }),
  });
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => callEndpoint(invitationEndpoints.get, { params: { token } }),
    retry: false,
  });
  const accept = useAccept(token, invitation.data, form.fromProblem);

  if (invitation.isPending || me.isPending) {
    return (
      <>
        <PageHeading>{strings.invitation.title}</PageHeading>
        <Loading label={strings.invitation.loading} />
      </>
    );
  }

  if (invitation.isError) {
    const status = isApiError(invitation.error) ? invitation.error.status : 0;
    if (status >= 400 && status < 500) {
      return (
        <div className="narrow">
          <PageHeading>{strings.invitation.invalidTitle}</PageHeading>
          <p>{strings.invitation.invalidBody}</p>
        </div>
      );
    }
    return (
      <>
        <PageHeading>{strings.invitation.title}</PageHeading>
        <LoadError error={invitation.error} onRetry={() => void invitation.refetch()} />
      </>
    );
  }

  const details = invitation.data;
  const signedIn = me.data ?? null;
  const intro = (
    <>
      <p className="lead">
        {strings.invitation.lead(details.organisationName, roleInSentence(details.role))}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{strings.invitation.invitedEmail}</dt>
          <dd>{details.email}</dd>
        </div>
      </dl>
      <p className="secondary-text">{strings.invitation.expires(formatDate(details.expiresAt))}</p>
    </>
  );

  if (signedIn && signedIn.person.email.toLowerCase() !== details.email.toLowerCase()) {
    return (
      <div className="narrow">
        <PageHeading>{strings.invitation.title}</PageHeading>
        {intro}
        <div className="callout">
          <p>{strings.invitation.wrongPerson(details.email)}</p>
        </div>
      </div>
    );
  }

  if (details.hasAccount || signedIn) {
    return (
      <div className="narrow">
        <PageHeading hasErrors={form.errors.length > 0}>{strings.invitation.title}</PageHeading>
        <ErrorSummary formId={FORM_ID} errors={form.errors} />
        {intro}
        {signedIn ? (
          <Button
            isPending={accept.isPending}
            pendingLabel={strings.invitation.submitting}
            onPress={() => {
              form.clear();
              accept.mutate({});
            }}
          >
            {strings.invitation.accept}
          </Button>
        ) : (
          <>
            <p>{strings.invitation.hasAccountLead}</p>
            <p>
              <Link
                className="button button--primary"
                to={`/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`}
              >
                {strings.invitation.signInToAccept}
              </Link>
            </p>
          </>
        )}
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) accept.mutate(body);
  };

  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{strings.invitation.title}</PageHeading>
      <ErrorSummary formId={FORM_ID} errors={form.errors} />
      {intro}
      <h2>{strings.invitation.newAccountTitle}</h2>
      <p>{strings.invitation.newAccountLead}</p>
      <form id={FORM_ID} noValidate onSubmit={onSubmit} className="form">
        {/* Lets password managers save the new password against the right email address. */}
        <input type="hidden" name="username" autoComplete="username" value={details.email} />
        <TextField
          id={fieldId(FORM_ID, 'displayName')}
          name="displayName"
          label={strings.common.yourName}
          hint={strings.invitation.nameHint}
          autoComplete="nickname"
          width="medium"
          error={form.errorFor('displayName')}
        />
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={strings.common.password}
          hint={strings.resetPassword.passwordHint(PASSWORD_MIN_LENGTH)}
          autoComplete="new-password"
          width="medium"
          error={form.errorFor('password')}
        />
        <Button type="submit" isPending={accept.isPending} pendingLabel={strings.invitation.submitting}>
          {strings.invitation.submitNew}
        </Button>
      </form>
    </div>
  );
}
