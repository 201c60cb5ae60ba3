import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { CreateCodeRequestSchema, type Codebook } from '../../../contracts/analysis.js';
import { codebookEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { codebookKey, fetchCodebook, fetchProject, projectKey } from './analysis-api.js';
import { CodeItem, CodeOptions } from './code-item.js';
import { codesInOrder } from './code-tree.js';
import './analysis.css';

const s = analysisStrings.codebook;
const FORM = 'new-code';
const FIELDS = ['name', 'definition', 'inclusion', 'exclusion', 'examples', 'parentId'] as const;

/**
 * The project's codebook: CHIME and any codes the team adds, with definitions, what to include and
 * exclude, and examples. Codes are moved, retired or merged, never deleted, so no coding is lost.
 */
export function CodebookPage() {
  const { projectId = '' } = useParams();
  const client = useQueryClient();
  const form = useContractForm({
    schema: CreateCodeRequestSchema,
    fields: FIELDS,
    fallbackField: 'name',
    emptyMessages: { name: s.nameMissing },
    toRequest: (values) => ({
      name: values.name ?? '',
      definition: values.definition ?? '',
      inclusion: values.inclusion ?? '',
      exclusion: values.exclusion ?? '',
      examples: values.examples ?? '',
      parentId: values.parentId ? values.parentId : null,
    }),
  });
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
    mutationFn: (body: z.output<typeof CreateCodeRequestSchema>) =>
      callEndpoint(codebookEndpoints.addCode, { params: { codebookId }, body }),
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
    const body = form.parse(formElement);
    if (!body) return;
    add.mutate(body, {
      onSuccess: (next) => {
        formElement.reset();
        store(next, s.added(body.name));
      },
    });
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
        {codesInOrder(book.codes).map(({ code, depth }) => (
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
