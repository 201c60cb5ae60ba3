import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, type FormEvent } from 'react';
import type { z } from 'zod';
import { CreateThemeRequestSchema, type Code } from '../../../contracts/analysis.js';
import { synthesisEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { errorsFromProblem, fieldId } from '../../lib/form-errors.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { synthesisKey } from './analysis-api.js';
import { codeTree, type CodeNode } from './code-tree.js';

const m = analysisResultsStrings.messages;
const THEME_FORM = 'create-theme';
const THEME_FIELDS = ['name', 'description', 'codeIds'] as const;

function CodeCheckboxes({ nodes }: { nodes: readonly CodeNode[] }) {
  return (
    <ul className="analysis-code-tree">
      {nodes.map(({ code, children }) => (
        <li key={code.id}>
          <label className="analysis-checkbox" htmlFor={`${THEME_FORM}-code-${code.id}`}>
            <input id={`${THEME_FORM}-code-${code.id}`} type="checkbox" name="codeIds" value={code.id} />
            {code.name}
          </label>
          {children.length > 0 ? <CodeCheckboxes nodes={children} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A theme: a name, what it is about, and the codes it gathers. */
export function ThemeForm({
  projectId,
  codes,
  onErrors,
}: {
  projectId: string;
  codes: readonly Code[];
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('analysis-status');
  // Every code ticked: the form's values hold one value a name, and a theme gathers several codes.
  const formRef = useRef<HTMLFormElement>(null);
  const tree = codeTree(codes.filter((c) => !c.retired && c.mergedInto === null));
  const form = useContractForm({
    schema: CreateThemeRequestSchema,
    fields: THEME_FIELDS,
    emptyMessages: { name: m.themeNameMissing, codeIds: m.themeCodesMissing },
    toRequest: (values) => ({
      name: values.name ?? '',
      description: values.description ?? '',
      codeIds: formRef.current ? new FormData(formRef.current).getAll('codeIds').map(String) : [],
    }),
    onErrors,
  });
  const create = useMutation({
    mutationFn: (body: z.output<typeof CreateThemeRequestSchema>) =>
      callEndpoint(synthesisEndpoints.addTheme, { params: { projectId }, body }),
    onSuccess: (synthesis, body) => {
      client.setQueryData(synthesisKey(projectId), synthesis);
      form.succeeded();
      status.show(m.themeCreated(body.name));
    },
    onError: (error) => form.reject(errorsFromProblem(error, THEME_FIELDS)),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (!body) return;
    create.mutate(body, { onSuccess: () => element.reset() });
  };

  const codesError = form.errorFor('codeIds');
  return (
    <>
      <h3 id="theme-form-title">{m.themeFormTitle}</h3>
      {status.node}
      <ErrorSummary formId={THEME_FORM} errors={form.errors} headingLevel={4} />
      <form
        ref={formRef}
        id={THEME_FORM}
        noValidate
        onSubmit={onSubmit}
        className="form"
        aria-labelledby="theme-form-title"
      >
        <TextField
          id={fieldId(THEME_FORM, 'name')}
          name="name"
          label={m.themeName}
          hint={m.themeNameHint}
          error={form.errorFor('name')}
        />
        <TextField
          id={fieldId(THEME_FORM, 'description')}
          name="description"
          label={m.themeDescription}
          hint={m.themeDescriptionHint}
          error={form.errorFor('description')}
          multiline
        />
        <fieldset
          id={fieldId(THEME_FORM, 'codeIds')}
          className="analysis-fieldset field"
          data-invalid={codesError ? '' : undefined}
          aria-describedby={`${fieldId(THEME_FORM, 'codeIds')}-hint`}
        >
          <legend className="field__label">{m.themeCodesLegend}</legend>
          <span className="field__hint" id={`${fieldId(THEME_FORM, 'codeIds')}-hint`}>
            {m.themeCodesHint}
          </span>
          {codesError ? <p className="field__error">{codesError}</p> : null}
          {tree.length === 0 ? <p>{m.noCodes}</p> : <CodeCheckboxes nodes={tree} />}
        </fieldset>
        <Button type="submit" isPending={create.isPending} pendingLabel={m.creatingTheme}>
          {m.createTheme}
        </Button>
      </form>
    </>
  );
}
