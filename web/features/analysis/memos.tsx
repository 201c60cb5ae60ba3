import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { CreateMemoRequestSchema, type MemoTarget } from '../../../contracts/analysis.js';
import { codingEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDateTime } from '../../lib/format.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { fetchMemos } from './analysis-api.js';

const s = analysisStrings.memos;
const FIELDS = ['body'] as const;

/** Memos on one thing (a story, a coding, a code, a key message): many per target, by anyone in the team. */
export function Memos({
  projectId,
  targetKind,
  targetId,
  label,
}: {
  projectId: string;
  targetKind: MemoTarget;
  targetId: string;
  /** What the memos are about, for the field's label, e.g. "this story". */
  label: string;
}) {
  const client = useQueryClient();
  const id = useId();
  const [done, setDone] = useState('');
  const key = ['analysis', 'projects', projectId, 'memos', targetKind, targetId];
  const form = useContractForm({
    schema: CreateMemoRequestSchema,
    fields: FIELDS,
    emptyMessages: { body: s.missing },
    toRequest: (values) => ({ targetKind, targetId, body: values.body ?? '' }),
  });
  const memos = useQuery({ queryKey: key, queryFn: () => fetchMemos(projectId, { targetKind, targetId }) });
  const add = useMutation({
    mutationFn: (body: { targetKind: MemoTarget; targetId: string; body: string }) =>
      callEndpoint(codingEndpoints.addMemo, { params: { projectId }, body }),
    onSuccess: () => {
      form.clear();
      setDone(s.added);
      void client.invalidateQueries({ queryKey: key });
    },
    onError: (problem) => form.setErrors([{ field: 'body', message: errorText(problem) }]),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    setDone('');
    const body = form.parse(element);
    if (body) add.mutate(body, { onSuccess: () => element.reset() });
  };
  const error = form.errorFor('body');
  return (
    <div className="analysis-memos-block">
      {memos.isError ? <LoadError error={memos.error} onRetry={() => void memos.refetch()} /> : null}
      {memos.data && memos.data.memos.length > 0 ? (
        <ul className="analysis-memos">
          {memos.data.memos.map((m) => (
            <li key={m.id}>
              <p>{m.body}</p>
              <p className="secondary-text">{s.by(m.authorName, formatDateTime(m.createdAt))}</p>
            </li>
          ))}
        </ul>
      ) : memos.data ? (
        <p className="secondary-text">{s.none}</p>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <div className="field" data-invalid={error ? '' : undefined}>
          <label className="field__label" htmlFor={`${id}-memo`}>
            {s.label(label)}
          </label>
          {error ? (
            <span className="field__error" id={`${id}-error`}>
              {error}
            </span>
          ) : null}
          <textarea
            id={`${id}-memo`}
            name="body"
            rows={2}
            maxLength={10000}
            className="field__input field__input--textarea"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <Button
          type="submit"
          variant="secondary"
          isPending={add.isPending}
          pendingLabel={strings.common.saving}
        >
          {s.submit}
        </Button>
      </form>
      <StatusMessage>{done || null}</StatusMessage>
    </div>
  );
}
