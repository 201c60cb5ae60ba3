import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { erasureEndpoints } from '../../../contracts/people.endpoints.js';
import {
  CreateErasureRequestSchema,
  type CreateErasureRequest,
  type ErasureRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { strings } from '../../lib/strings.js';

const ERASURE_FORM = 'erasure';
const ERASURE_FIELDS = ['reason'] as const;
const erasureQueryKey = ['me', 'erasure-requests'] as const;

function ErasureHistory({ requests }: { requests: readonly ErasureRequest[] }) {
  return (
    <>
      <h3>{strings.account.erasureHistory}</h3>
      <ul className="plain-list record-list">
        {requests.map((request) => (
          <li key={request.id} className="record">
            <p className="record__title">
              <span className={`tag tag--${request.status}`}>{strings.account.status[request.status]}</span>
            </p>
            <p className="secondary-text">{strings.account.requestedOn(formatDate(request.requestedAt))}</p>
            {request.actionedAt ? (
              <p className="secondary-text">{strings.account.actionedOn(formatDate(request.actionedAt))}</p>
            ) : null}
            {request.outcome ? (
              <p>
                <strong>{strings.account.outcome}:</strong> {request.outcome}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Asking for one's data to be erased, and what became of earlier requests. */
export function ErasureSection() {
  const queryClient = useQueryClient();
  const form = useContractForm({ schema: CreateErasureRequestSchema, fields: ERASURE_FIELDS });
  const [sent, setSent] = useState(false);
  const requests = useQuery({
    queryKey: erasureQueryKey,
    queryFn: () => callEndpoint(erasureEndpoints.mine, {}),
  });
  const ask = useMutation({
    mutationFn: (body: CreateErasureRequest) => callEndpoint(erasureEndpoints.request, { body }),
    onSuccess: () => {
      setSent(true);
      void queryClient.invalidateQueries({ queryKey: erasureQueryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    const body = form.parse(event.currentTarget);
    if (body) ask.mutate(body);
  };

  const list = requests.data?.requests ?? [];
  const hasOpen = list.some((request) => request.status === 'open');

  return (
    <section className="section" aria-labelledby="erasure-title">
      <h2 id="erasure-title">{strings.account.erasureTitle}</h2>
      <p>{strings.account.erasureLead}</p>
      <StatusMessage>{sent ? strings.account.erasureSent : null}</StatusMessage>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? <LoadError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {hasOpen ? <p className="callout">{strings.account.erasureOpen}</p> : null}
      {requests.isSuccess && !hasOpen ? (
        <>
          <ErrorSummary formId={ERASURE_FORM} errors={form.errors} headingLevel={3} />
          <form id={ERASURE_FORM} noValidate onSubmit={onSubmit} className="form">
            <TextField
              id={fieldId(ERASURE_FORM, 'reason')}
              name="reason"
              label={strings.account.erasureReason}
              hint={strings.account.erasureReasonHint}
              multiline
              error={form.errorFor('reason')}
            />
            <Button
              type="submit"
              variant="warning"
              isPending={ask.isPending}
              pendingLabel={strings.common.saving}
            >
              {strings.account.erasureSubmit}
            </Button>
          </form>
        </>
      ) : null}
      {list.length > 0 ? <ErasureHistory requests={list} /> : null}
    </section>
  );
}
