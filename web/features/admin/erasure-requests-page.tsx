import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { erasureEndpoints } from '../../../contracts/people.endpoints.js';
import {
  ActionErasureRequestSchema,
  type ActionErasureRequest,
  type ErasureRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { strings } from '../../lib/strings.js';

const queryKey = ['admin', 'erasure-requests'] as const;
const FIELDS = ['outcome'] as const;
/** What the form holds; the decision is the button that sent it. */
const OutcomeSchema = ActionErasureRequestSchema.pick({ outcome: true });

function RequestDetails({ request }: { request: ErasureRequest }) {
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{strings.admin.requestedOn}</dt>
        <dd>{formatDate(request.requestedAt)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{strings.admin.reason}</dt>
        <dd>{request.reason.trim() === '' ? strings.admin.noReason : request.reason}</dd>
      </div>
      {request.status === 'open' ? null : (
        <>
          <div className="summary-list__row">
            <dt>{strings.admin.status}</dt>
            <dd>
              <span className={`tag tag--${request.status}`}>{strings.account.status[request.status]}</span>
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{strings.admin.outcome}</dt>
            <dd>{request.outcome ?? ''}</dd>
          </div>
        </>
      )}
    </dl>
  );
}

function OpenRequest({ request, onDone }: { request: ErasureRequest; onDone: (message: string) => void }) {
  const queryClient = useQueryClient();
  const formId = `erasure-${request.id}`;
  const form = useContractForm({ schema: OutcomeSchema, fields: FIELDS });
  const action = useMutation({
    mutationFn: (body: ActionErasureRequest) =>
      callEndpoint(erasureEndpoints.action, { params: { requestId: request.id }, body }),
    onSuccess: (_data, body) => {
      onDone(
        body.decision === 'complete'
          ? strings.admin.completed(request.personName)
          : strings.admin.refused(request.personName),
      );
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const decision =
      submitter instanceof HTMLButtonElement && submitter.value === 'refuse' ? 'refuse' : 'complete';
    const body = form.parse(event.currentTarget);
    if (body) action.mutate({ decision, ...body });
  };

  return (
    <li className="record">
      <h3 className="record__title">{request.personName}</h3>
      <RequestDetails request={request} />
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(formId, 'outcome')}
          name="outcome"
          label={strings.admin.outcomeLabel(request.personName)}
          hint={strings.admin.outcomeHint}
          multiline
          error={form.errorFor('outcome')}
        />
        <div className="button-group">
          <Button type="submit" name="decision" value="complete" isPending={action.isPending}>
            {strings.admin.complete}
          </Button>
          <Button
            type="submit"
            name="decision"
            value="refuse"
            variant="secondary"
            isPending={action.isPending}
          >
            {strings.admin.refuse}
          </Button>
        </div>
      </form>
    </li>
  );
}

export function ErasureRequestsPage() {
  const [message, setMessage] = useState<string | null>(null);
  const query = useQuery({
    queryKey,
    queryFn: () => callEndpoint(erasureEndpoints.list, {}),
  });
  const requests = query.data?.requests ?? [];
  const open = requests.filter((request) => request.status === 'open');
  const closed = requests.filter((request) => request.status !== 'open');

  return (
    <>
      <PageHeading>{strings.admin.erasureTitle}</PageHeading>
      <p className="lead">{strings.admin.erasureLead}</p>
      <StatusMessage>{message}</StatusMessage>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && requests.length === 0 ? <p>{strings.admin.erasureNone}</p> : null}
      {open.length > 0 ? (
        <section className="section" aria-labelledby="open-title">
          <h2 id="open-title">{strings.admin.openTitle}</h2>
          <ul className="plain-list record-list">
            {open.map((request) => (
              <OpenRequest key={request.id} request={request} onDone={setMessage} />
            ))}
          </ul>
        </section>
      ) : null}
      {closed.length > 0 ? (
        <section className="section" aria-labelledby="closed-title">
          <h2 id="closed-title">{strings.admin.closedTitle}</h2>
          <ul className="plain-list record-list">
            {closed.map((request) => (
              <li key={request.id} className="record">
                <h3 className="record__title">{request.personName}</h3>
                <RequestDetails request={request} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
