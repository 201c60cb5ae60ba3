import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { MemoListSchema, type MemoTarget } from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';

const s = analysisStrings.memos;

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
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const key = ['analysis', 'projects', projectId, 'memos', targetKind, targetId];
  const memos = useQuery({
    queryKey: key,
    queryFn: () =>
      apiRequest(
        `/api/analysis/projects/${projectId}/memos?targetKind=${targetKind}&targetId=${targetId}`,
        MemoListSchema,
      ),
  });
  const add = useMutation({
    mutationFn: (body: string) =>
      apiRequest(`/api/analysis/projects/${projectId}/memos`, z.object({ ok: z.literal(true) }), {
        method: 'POST',
        body: { targetKind, targetId, body },
      }),
    onSuccess: () => {
      setError('');
      setDone(s.added);
      void client.invalidateQueries({ queryKey: key });
    },
    onError: (problem) => setError(isApiError(problem) ? problem.problem.detail : strings.errors.generic),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('memo') ?? '').trim();
    setDone('');
    if (!body) {
      setError(s.missing);
      return;
    }
    add.mutate(body, { onSuccess: () => form.reset() });
  };
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
            name="memo"
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
