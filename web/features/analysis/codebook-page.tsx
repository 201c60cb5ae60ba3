import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CodebookSchema, type Code, type Codebook } from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { codebookKey, fetchCodebook, fetchProject, projectKey } from './analysis-api.js';
import { Memos } from './memos.js';
import './analysis.css';

const s = analysisStrings.codebook;
const FORM = 'new-code';
const FIELDS = ['name', 'definition', 'inclusion', 'exclusion', 'examples', 'parentId'] as const;

/** Codes in codebook order, each with its depth, so the hierarchy reads top-down. */
function ordered(codes: readonly Code[]): { code: Code; depth: number }[] {
  const out: { code: Code; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const code of codes.filter((c) => c.parentId === parentId)) {
      out.push({ code, depth });
      visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

function CodeOptions({ codes, except }: { codes: readonly Code[]; except?: string }) {
  return (
    <>
      {ordered(codes)
        .filter(({ code }) => !code.mergedInto && code.id !== except)
        .map(({ code, depth }) => (
          <option key={code.id} value={code.id}>
            {`${'— '.repeat(depth)}${code.name}`}
          </option>
        ))}
    </>
  );
}

/** One code: what it means, and moving, retiring or merging it (its coding always goes with it). */
function CodeItem({
  projectId,
  code,
  depth,
  codebook,
  onChange,
}: {
  projectId: string;
  code: Code;
  depth: number;
  codebook: Codebook;
  onChange: (next: Codebook, message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const base = `/api/analysis/codebooks/${codebook.id}/codes/${code.id}`;
  const patch = useMutation({
    mutationFn: (body: { retired?: boolean; parentId?: string | null }) =>
      apiRequest(base, CodebookSchema, { method: 'PATCH', body }),
    onSuccess: (next, body) => {
      setError('');
      onChange(
        next,
        body.retired === undefined
          ? s.moved(code.name)
          : body.retired
            ? s.retiredDone(code.name)
            : s.restored(code.name),
      );
    },
    onError: (problem) => setError(isApiError(problem) ? problem.problem.detail : strings.errors.generic),
  });
  const merge = useMutation({
    mutationFn: (intoId: string) =>
      apiRequest(`${base}/merge`, CodebookSchema, { method: 'POST', body: { intoId } }),
    onSuccess: (next, intoId) => {
      setError('');
      onChange(next, s.mergedDone(code.name, next.codes.find((c) => c.id === intoId)?.name ?? ''));
    },
    onError: (problem) => setError(isApiError(problem) ? problem.problem.detail : strings.errors.generic),
  });
  const id = `code-${code.id}`;
  if (code.mergedInto) {
    return (
      <li className="analysis-code analysis-code--merged" style={{ marginInlineStart: `${depth * 1.5}rem` }}>
        <p>
          <strong>{code.name}</strong>{' '}
          <span className="secondary-text">
            {s.mergedInto(codebook.codes.find((c) => c.id === code.mergedInto)?.name ?? '')}
          </span>
        </p>
      </li>
    );
  }
  return (
    <li className="analysis-code" style={{ marginInlineStart: `${depth * 1.5}rem` }}>
      <p>
        <span className="analysis-swatch" style={{ background: code.colour }} aria-hidden="true" />
        <strong>{code.name}</strong>{' '}
        {code.retired ? <span className="secondary-text">{analysisStrings.coding.retired}</span> : null}
      </p>
      {code.definition ? <p>{code.definition}</p> : null}
      {code.inclusion ? <p>{s.include(code.inclusion)}</p> : null}
      {code.exclusion ? <p>{s.exclude(code.exclusion)}</p> : null}
      {code.examples ? <p>{s.example(code.examples)}</p> : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <Button
        variant="link"
        onPress={() => setOpen(!open)}
        aria-label={s.changeLabel(code.name)}
        aria-expanded={open}
      >
        {s.change}
      </Button>
      {open ? (
        <div className="analysis-code__change">
          <form
            className="analysis-actions"
            onSubmit={(event) => {
              event.preventDefault();
              const value = String(new FormData(event.currentTarget).get('parentId') ?? '');
              patch.mutate({ parentId: value === '' ? null : value });
            }}
          >
            <div className="field">
              <label className="field__label" htmlFor={`${id}-parent`}>
                {s.moveUnder(code.name)}
              </label>
              <select
                id={`${id}-parent`}
                name="parentId"
                className="field__input"
                defaultValue={code.parentId ?? ''}
              >
                <option value="">{s.topLevel}</option>
                <CodeOptions codes={codebook.codes} except={code.id} />
              </select>
            </div>
            <Button
              type="submit"
              variant="secondary"
              isPending={patch.isPending}
              aria-label={s.moveLabel(code.name)}
            >
              {s.move}
            </Button>
          </form>
          <form
            className="analysis-actions"
            onSubmit={(event) => {
              event.preventDefault();
              const value = String(new FormData(event.currentTarget).get('intoId') ?? '');
              if (value) merge.mutate(value);
            }}
          >
            <div className="field">
              <label className="field__label" htmlFor={`${id}-merge`}>
                {s.mergeInto(code.name)}
              </label>
              <select id={`${id}-merge`} name="intoId" className="field__input" defaultValue="">
                <option value="">{s.chooseCode}</option>
                <CodeOptions codes={codebook.codes} except={code.id} />
              </select>
            </div>
            <Button
              type="submit"
              variant="secondary"
              isPending={merge.isPending}
              aria-label={s.mergeLabel(code.name)}
            >
              {s.merge}
            </Button>
          </form>
          <Button
            variant="secondary"
            onPress={() => patch.mutate({ retired: !code.retired })}
            aria-label={code.retired ? s.restoreLabel(code.name) : s.retireLabel(code.name)}
          >
            {code.retired ? s.restore : s.retire}
          </Button>
          <p className="field__hint">{s.keepsCoding}</p>
        </div>
      ) : null}
      {projectId ? (
        <details className="analysis-details">
          <summary>{analysisStrings.memos.onCode}</summary>
          <Memos
            projectId={projectId}
            targetKind="code"
            targetId={code.id}
            label={analysisStrings.memos.thisCode(code.name)}
          />
        </details>
      ) : null}
    </li>
  );
}

/**
 * The project's codebook: CHIME and any codes the team adds, with definitions, what to include and
 * exclude, and examples. Codes are moved, retired or merged, never deleted, so no coding is lost.
 */
export function CodebookPage() {
  const { projectId = '' } = useParams();
  const client = useQueryClient();
  const form = useFormErrors(FIELDS, 'name');
  const [message, setMessage] = useState('');
  const project = useQuery({ queryKey: projectKey(projectId), queryFn: () => fetchProject(projectId) });
  const codebookId = project.data?.codebookId ?? '';
  const codebook = useQuery({
    queryKey: codebookKey(codebookId),
    queryFn: () => fetchCodebook(codebookId),
    enabled: codebookId !== '',
  });
  const store = (next: Codebook, done: string) => {
    client.setQueryData(codebookKey(next.id), next);
    setMessage(done);
  };
  const add = useMutation({
    mutationFn: (body: Record<string, string | null>) =>
      apiRequest(`/api/analysis/codebooks/${codebookId}/codes`, CodebookSchema, { method: 'POST', body }),
    onError: (error) => form.fromProblem(error),
  });

  if (project.isPending || (codebookId && codebook.isPending)) return <Loading />;
  if (project.isError || codebook.isError) {
    const failed = project.error ?? codebook.error;
    if (isApiError(failed, 404)) return <NotFound />;
    return <LoadError error={failed} onRetry={() => void codebook.refetch()} />;
  }
  const book = codebook.data;
  if (!book) return <Loading />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const values = readForm(formElement);
    const name = (values.name ?? '').trim();
    if (!name) {
      form.setErrors([{ field: 'name', message: s.nameMissing }]);
      return;
    }
    form.clear();
    add.mutate(
      {
        name,
        definition: values.definition ?? '',
        inclusion: values.inclusion ?? '',
        exclusion: values.exclusion ?? '',
        examples: values.examples ?? '',
        parentId: values.parentId ? values.parentId : null,
      },
      {
        onSuccess: (next) => {
          formElement.reset();
          store(next, s.added(name));
        },
      },
    );
  };

  return (
    <>
      <p>
        <Link to={`/analysis/${projectId}`}>{analysisStrings.coding.back}</Link>
      </p>
      <PageHeading title={`${s.titlePrefix}${book.name}`} hasErrors={form.errors.length > 0}>
        {book.name}
      </PageHeading>
      <p className="lead">{s.lead}</p>
      <StatusMessage>{message || null}</StatusMessage>
      <ul className="analysis-codes">
        {ordered(book.codes).map(({ code, depth }) => (
          <CodeItem
            key={code.id}
            projectId={projectId}
            code={code}
            depth={depth}
            codebook={book}
            onChange={store}
          />
        ))}
      </ul>

      <section className="section narrow" aria-labelledby="new-code-title">
        <h2 id="new-code-title">{s.addTitle}</h2>
        <ErrorSummary formId={FORM} errors={form.errors} />
        <form id={FORM} noValidate onSubmit={onSubmit} className="form">
          <TextField id={fieldId(FORM, 'name')} name="name" label={s.name} error={form.errorFor('name')} />
          <TextField
            id={fieldId(FORM, 'definition')}
            name="definition"
            label={s.definition}
            hint={s.definitionHint}
            error={form.errorFor('definition')}
            multiline
          />
          <TextField
            id={fieldId(FORM, 'inclusion')}
            name="inclusion"
            label={s.inclusion}
            error={form.errorFor('inclusion')}
            multiline
          />
          <TextField
            id={fieldId(FORM, 'exclusion')}
            name="exclusion"
            label={s.exclusion}
            error={form.errorFor('exclusion')}
            multiline
          />
          <TextField
            id={fieldId(FORM, 'examples')}
            name="examples"
            label={s.examples}
            error={form.errorFor('examples')}
            multiline
          />
          <div className="field">
            <label className="field__label" htmlFor={fieldId(FORM, 'parentId')}>
              {s.parent}
            </label>
            <select id={fieldId(FORM, 'parentId')} name="parentId" className="field__input" defaultValue="">
              <option value="">{s.topLevel}</option>
              <CodeOptions codes={book.codes} />
            </select>
          </div>
          <Button type="submit" isPending={add.isPending} pendingLabel={strings.common.saving}>
            {s.add}
          </Button>
        </form>
      </section>
    </>
  );
}
