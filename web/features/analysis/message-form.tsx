import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import {
  AUDIENCES,
  CreateKeyMessageRequestSchema,
  type Code,
  type Synthesis,
} from '../../../contracts/analysis.js';
import { synthesisEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { errorsFromProblem, fieldId } from '../../lib/form-errors.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { synthesisKey } from './analysis-api.js';

import { QuotePicker, useQuotePicker } from './quote-picker.js';

const m = analysisResultsStrings.messages;
const MESSAGE_FORM = 'key-message';
const MESSAGE_FIELDS = ['audience', 'text', 'themeId', 'quoteApplicationIds'] as const;
const MAX_QUOTES = 20;

/** A key message: who it is for, what it says, the theme behind it and the quotes that back it. */
export function MessageForm({
  projectId,
  synthesis,
  codes,
  onErrors,
}: {
  projectId: string;
  synthesis: Synthesis;
  codes: readonly Code[];
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('analysis-status');
  const quotes = useQuotePicker(projectId);
  const form = useContractForm({
    schema: CreateKeyMessageRequestSchema,
    fields: MESSAGE_FIELDS,
    emptyMessages: { audience: m.audienceMissing, text: m.textMissing },
    toRequest: (values) => ({
      audience: values.audience ?? '',
      text: values.text ?? '',
      themeId: values.themeId ? values.themeId : null,
      quoteApplicationIds: quotes.chosen.map((e) => e.applicationId),
    }),
    onErrors,
  });
  const save = useMutation({
    mutationFn: (body: z.output<typeof CreateKeyMessageRequestSchema>) =>
      callEndpoint(synthesisEndpoints.addKeyMessage, { params: { projectId }, body }),
    onSuccess: (next, body) => {
      client.setQueryData(synthesisKey(projectId), next);
      form.succeeded();
      status.show(m.messageSaved(analysisResultsStrings.audiencesInline[body.audience]));
    },
    onError: (error) =>
      // Refused because consent does not reach the audience: point at the quotes.
      form.reject(
        errorsFromProblem(error, MESSAGE_FIELDS, isApiError(error, 403) ? 'quoteApplicationIds' : undefined),
      ),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    if (quotes.chosen.length > MAX_QUOTES) {
      form.reject([{ field: 'quoteApplicationIds', message: m.tooManyQuotes }]);
      return;
    }
    const body = form.parse(element);
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => {
        element.reset();
        quotes.reset();
      },
    });
  };

  const themeError = form.errorFor('themeId');
  return (
    <>
      <h3 id="message-form-title">{m.messageFormTitle}</h3>
      {status.node}
      <ErrorSummary formId={MESSAGE_FORM} errors={form.errors} headingLevel={4} />
      <form
        id={MESSAGE_FORM}
        noValidate
        onSubmit={onSubmit}
        className="form"
        aria-labelledby="message-form-title"
      >
        <RadioGroup
          id={fieldId(MESSAGE_FORM, 'audience')}
          name="audience"
          label={m.audience}
          options={AUDIENCES.map((a) => ({ value: a, label: analysisResultsStrings.audiences[a] }))}
          error={form.errorFor('audience')}
        />
        <TextField
          id={fieldId(MESSAGE_FORM, 'text')}
          name="text"
          label={m.text}
          hint={m.textHint}
          error={form.errorFor('text')}
          multiline
        />
        <div className="field" data-invalid={themeError ? '' : undefined}>
          <label className="field__label" htmlFor={fieldId(MESSAGE_FORM, 'themeId')}>
            {m.theme}
          </label>
          <span className="field__hint" id={`${fieldId(MESSAGE_FORM, 'themeId')}-hint`}>
            {m.themeHint}
          </span>
          {themeError ? <span className="field__error">{themeError}</span> : null}
          <select
            id={fieldId(MESSAGE_FORM, 'themeId')}
            name="themeId"
            className="select"
            defaultValue=""
            aria-describedby={`${fieldId(MESSAGE_FORM, 'themeId')}-hint`}
          >
            <option value="">{m.noTheme}</option>
            {synthesis.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </div>
        <QuotePicker
          formId={MESSAGE_FORM}
          fieldId={fieldId(MESSAGE_FORM, 'quoteApplicationIds')}
          error={form.errorFor('quoteApplicationIds')}
          codes={codes}
          picker={quotes}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={m.savingMessage}>
          {m.saveMessage}
        </Button>
      </form>
    </>
  );
}
