import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import type { z } from 'zod';
import type { Code, ExcerptListSchema } from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { StatusMessage } from '../../components/status-message.js';
import { errorText } from '../../lib/api.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { fetchExcerpts, projectKey } from './analysis-api.js';
import { codesInOrder } from './code-tree.js';

const m = analysisResultsStrings.messages;
const MAX_RESULTS_SHOWN = 50;

type Excerpt = z.infer<typeof ExcerptListSchema>['excerpts'][number];

/** The quotes chosen for a key message, and the search that finds them. */
export function useQuotePicker(projectId: string) {
  const [q, setQ] = useState('');
  const [codeId, setCodeId] = useState('');
  const [search, setSearch] = useState<{ q: string; codeId: string } | null>(null);
  const [chosen, setChosen] = useState<Excerpt[]>([]);
  const excerpts = useQuery({
    queryKey: [...projectKey(projectId), 'excerpts', search?.codeId ?? '', search?.q ?? ''],
    queryFn: () =>
      fetchExcerpts(
        projectId,
        search?.codeId ? { codeId: search.codeId, q: search.q } : { q: search?.q ?? '' },
      ),
    enabled: search !== null,
  });
  const find = () => {
    const next = { q: q.trim(), codeId };
    if (search && search.q === next.q && search.codeId === next.codeId) void excerpts.refetch();
    else setSearch(next);
  };
  const toggle = (excerpt: Excerpt, checked: boolean) =>
    setChosen((previous) =>
      checked
        ? [...previous.filter((e) => e.applicationId !== excerpt.applicationId), excerpt]
        : previous.filter((e) => e.applicationId !== excerpt.applicationId),
    );
  const reset = () => {
    setChosen([]);
    setSearch(null);
    setQ('');
    setCodeId('');
  };
  return { q, setQ, codeId, setCodeId, search, excerpts, chosen, find, toggle, reset };
}

function ExcerptCheckbox({
  formId,
  excerpt,
  checked,
  onToggle,
}: {
  formId: string;
  excerpt: Excerpt;
  checked: boolean;
  onToggle: (excerpt: Excerpt, checked: boolean) => void;
}) {
  const id = `${formId}-quote-${excerpt.applicationId}`;
  return (
    <li>
      <label className="analysis-checkbox analysis-checkbox--top" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onToggle(excerpt, event.currentTarget.checked)}
        />
        <span>
          <span className="analysis-excerpt__text">{`“${excerpt.text}”`}</span>
          <span className="analysis-excerpt__meta">
            {m.excerptMeta(excerpt.storyTitle, excerpt.codeName, excerpt.coderName)}
          </span>
        </span>
      </label>
    </li>
  );
}

/**
 * The key message's quotes: search coded excerpts by words and code, tick the ones to quote. Only
 * quotes whose storytellers' consent reaches the audience can be saved (the server checks).
 */
export function QuotePicker({
  formId,
  fieldId,
  error,
  codes,
  picker,
}: {
  formId: string;
  /** The fieldset's id, which the error summary links to. */
  fieldId: string;
  error: string | undefined;
  codes: readonly Code[];
  picker: ReturnType<typeof useQuotePicker>;
}) {
  const { q, setQ, codeId, setCodeId, search, excerpts, chosen, find, toggle } = picker;
  const codeOptions = codesInOrder(codes.filter((c) => c.mergedInto === null));
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches rather than sending the whole message.
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  };
  const chosenIds = new Set(chosen.map((e) => e.applicationId));
  const results = excerpts.data?.excerpts ?? [];
  const unchosen = results.filter((e) => !chosenIds.has(e.applicationId));
  const shown = unchosen.slice(0, MAX_RESULTS_SHOWN);

  return (
    <fieldset
      id={fieldId}
      className="analysis-fieldset field"
      data-invalid={error ? '' : undefined}
      aria-describedby={`${fieldId}-hint ${fieldId}-consent`}
    >
      <legend className="field__label">{m.quotesLegend}</legend>
      <span className="field__hint" id={`${fieldId}-hint`}>
        {m.quotesHint}
      </span>
      <p className="analysis-note" id={`${fieldId}-consent`}>
        {m.consentNote}
      </p>
      {error ? <p className="field__error">{error}</p> : null}
      <div className="analysis-search">
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-q`}>
            {m.search}
          </label>
          <span className="field__hint" id={`${formId}-q-hint`}>
            {m.searchHint}
          </span>
          <input
            id={`${formId}-q`}
            type="search"
            className="field__input field__input--medium"
            value={q}
            maxLength={200}
            aria-describedby={`${formId}-q-hint`}
            onChange={(event) => setQ(event.currentTarget.value)}
            onKeyDown={onSearchKey}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-code`}>
            {m.code}
          </label>
          <select
            id={`${formId}-code`}
            className="select"
            value={codeId}
            onChange={(event) => setCodeId(event.currentTarget.value)}
          >
            <option value="">{m.anyCode}</option>
            {codeOptions.map(({ code, depth }) => (
              <option key={code.id} value={code.id}>
                {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${code.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <Button variant="secondary" isPending={excerpts.isFetching} pendingLabel={m.finding} onPress={find}>
            {m.find}
          </Button>
        </div>
      </div>
      <StatusMessage>{search !== null && excerpts.isSuccess ? m.found(results.length) : null}</StatusMessage>
      {excerpts.isError ? (
        <p className="field__error" role="alert">
          {errorText(excerpts.error)}
        </p>
      ) : null}
      <p className="secondary-text">{m.chosen(chosen.length)}</p>
      {chosen.length > 0 || shown.length > 0 ? (
        <ul className="analysis-excerpts">
          {chosen.map((excerpt) => (
            <ExcerptCheckbox
              key={excerpt.applicationId}
              formId={formId}
              excerpt={excerpt}
              checked
              onToggle={toggle}
            />
          ))}
          {shown.map((excerpt) => (
            <ExcerptCheckbox
              key={excerpt.applicationId}
              formId={formId}
              excerpt={excerpt}
              checked={false}
              onToggle={toggle}
            />
          ))}
        </ul>
      ) : null}
      {unchosen.length > shown.length ? (
        <p className="secondary-text">{m.showingFirst(shown.length, unchosen.length)}</p>
      ) : null}
    </fieldset>
  );
}
