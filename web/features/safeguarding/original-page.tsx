import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { safeguardingEndpoints, storyEndpoints } from '../../../contracts/stories.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useFormErrors } from '../../lib/form-errors.js';
import { safeguardingStrings } from '../../lib/strings/safeguarding.js';
import { originalKey, useAlertCase } from './safeguarding-api.js';
import './safeguarding.css';

const s = safeguardingStrings.original;

type Span = { start: number; end: number };

/** Sentences the lead may keep out of shared versions, ticked where they already are. */
function WithholdForm({
  alertId,
  text,
  sentences,
  withheld,
  onSaved,
}: {
  alertId: string;
  text: string;
  sentences: Span[];
  withheld: Span[];
  onSaved: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const formId = 'withhold';
  const form = useFormErrors(['spans'], 'spans');
  const isWithheld = (span: Span) => withheld.some((w) => w.start <= span.start && span.end <= w.end);
  const save = useMutation({
    mutationFn: (spans: Span[]) =>
      callEndpoint(safeguardingEndpoints.withhold, { params: { alertId }, body: { spans } }),
    onSuccess: (result, spans) => {
      void queryClient.invalidateQueries({ queryKey: originalKey(alertId) });
      onSaved(s.saved(spans.length));
      return result;
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ticked = new FormData(event.currentTarget).getAll('sentence').map(String);
    const spans = sentences.filter((_, index) => ticked.includes(String(index)));
    form.clear();
    save.mutate(spans);
  };
  return (
    <>
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <fieldset className="field safeguarding-sentences" aria-describedby={`${formId}-hint`}>
          <legend className="field__label">{s.withholdTitle}</legend>
          <p className="field__hint" id={`${formId}-hint`}>
            {s.withholdHint}
          </p>
          {sentences.map((sentence, index) => (
            <div className="field" key={`${sentence.start}-${sentence.end}`}>
              <label className="checkbox" htmlFor={`${formId}-${index}`}>
                <input
                  id={`${formId}-${index}`}
                  type="checkbox"
                  name="sentence"
                  value={String(index)}
                  defaultChecked={isWithheld(sentence)}
                />
                {text.slice(sentence.start, sentence.end)}
              </label>
            </div>
          ))}
        </fieldset>
        <Button type="submit" isPending={save.isPending} pendingLabel={s.saving}>
          {s.save}
        </Button>
      </form>
    </>
  );
}

/** The original of a story that raised an alert, for whoever works the alert; the server audits every read. */
export function OriginalPage() {
  const { alertId = '' } = useParams();
  const found = useAlertCase(alertId);
  const storyId = found.data?.story.id;
  const original = useQuery({
    queryKey: originalKey(alertId),
    queryFn: () => callEndpoint(storyEndpoints.original, { params: { storyId: storyId ?? '' } }),
    enabled: storyId !== undefined,
    retry: false,
  });
  // Kept outside the form, which is rebuilt when the saved marks come back.
  const status = useFocusedStatus('safeguarding-status');
  const failed = found.error ?? original.error;
  if (failed && isApiError(failed, 404)) return <NotFound />;
  return (
    <>
      <p>
        <Link to={`/safeguarding/${alertId}`}>{s.backToCase}</Link>
      </p>
      <PageHeading>{s.title}</PageHeading>
      <p className="secondary-text">{s.lead}</p>
      {found.isPending || (storyId && original.isPending) ? <Loading /> : null}
      {failed ? (
        <LoadError
          error={failed}
          onRetry={() => {
            void found.refetch();
            void original.refetch();
          }}
        />
      ) : null}
      {status.node}
      {original.data ? (
        <>
          <div className="safeguarding-original">{original.data.text}</div>
          <WithholdForm
            key={JSON.stringify(original.data.withheldSpans)}
            alertId={alertId}
            text={original.data.text}
            sentences={original.data.sentences}
            withheld={original.data.withheldSpans}
            onSaved={status.show}
          />
        </>
      ) : null}
    </>
  );
}
