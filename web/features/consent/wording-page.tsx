import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import { UpdateConsentWordingRequestSchema } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { consentStrings } from '../../lib/strings/consent.js';
import './consent.css';

const s = consentStrings.wording;
const FIELDS = ['text'] as const;

/** A coordinator keeps the consent wording their peer supporters read out; each change is a new version. */
export function WordingPage() {
  const { organisationId = '' } = useParams();
  const queryClient = useQueryClient();
  const key = ['consent-wording', organisationId];
  const formId = 'consent-wording';
  const form = useContractForm({ schema: UpdateConsentWordingRequestSchema, fields: FIELDS });
  const status = useFocusedStatus('consent-status');
  const wordings = useQuery({
    queryKey: key,
    queryFn: () => callEndpoint(consentEndpoints.wording, { params: { organisationId } }),
    retry: false,
  });
  const save = useMutation({
    mutationFn: (body: { text: string }) =>
      callEndpoint(consentEndpoints.updateWording, { params: { organisationId }, body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(key, updated);
      status.show(s.saved(updated.current.version));
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) save.mutate(body);
  };
  if (wordings.isError && isApiError(wordings.error, 404)) return <NotFound />;
  const data = wordings.data;
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {wordings.isPending ? <Loading /> : null}
      {wordings.isError ? <LoadError error={wordings.error} onRetry={() => void wordings.refetch()} /> : null}
      {status.node}
      {data ? (
        <>
          <h2>{s.current(data.current.version)}</h2>
          {data.current.id === null ? <p className="secondary-text">{s.builtIn}</p> : null}
          <blockquote className="consent-wording-text">{data.current.text}</blockquote>
          <ErrorSummary formId={formId} errors={form.errors} />
          <form id={formId} noValidate onSubmit={onSubmit} className="form">
            <TextField
              key={data.current.version}
              id={fieldId(formId, 'text')}
              name="text"
              label={s.label}
              hint={s.hint}
              multiline
              defaultValue={data.current.text}
              error={form.errorFor('text')}
            />
            <Button type="submit" isPending={save.isPending} pendingLabel={s.saving}>
              {s.save}
            </Button>
          </form>
          {data.earlier.length > 0 ? (
            <>
              <h2>{s.earlier}</h2>
              <ul className="plain-list record-list">
                {data.earlier.map((wording) => (
                  <li key={wording.version} className="record">
                    <h3 className="record__title">
                      {wording.version}
                      {wording.createdAt ? ` · ${formatDate(wording.createdAt)}` : ''}
                    </h3>
                    <p>{wording.text}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
